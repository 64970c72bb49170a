import { readFileSync } from 'node:fs';
import { AppError } from '../../../app/errors.ts';
import { parseMappingCsv } from '../../../app/pseudonymise/mappingCsv.ts';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject, type Call } from '../backend.ts';
import { CliError, printJson, type CliIo } from '../output.ts';
import { resolveDocument } from '../resolve.ts';

const USAGE =
  'verbatim pseudonymise FILE [--doc NAME]... [--json] | FILE --apply MAP.csv [--doc NAME]... [--json]';

/** What each kind of finding is called in the CLI's output. */
export const KIND_LABELS: Record<string, string> = {
  email: 'e-mail',
  phone: 'phone',
  url: 'URL',
  iban: 'IBAN',
  nir: 'NIR',
  postcode: 'postcode',
  name: 'name',
};

/** The mapping as the contract's input (mutable arrays). */
function readMapping(path: string): { variants: string[]; replacement: string }[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return parseMappingCsv(text).map(({ variants, replacement }) => ({
      variants: [...variants],
      replacement,
    }));
  } catch (error) {
    if (error instanceof AppError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}

async function documentIds(call: Call, names: readonly string[] | undefined): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names ?? []) ids.push((await resolveDocument(call, name)).id);
  return ids;
}

/** Lists likely identifiers, or applies a `variant,replacement` CSV (docs/PSEUDONYMISATION.md). */
export async function pseudonymiseCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    { doc: { type: 'string', multiple: true }, apply: { type: 'string' }, json: { type: 'boolean' } },
    USAGE,
  );
  const [file] = requirePositionals(positionals, 1, USAGE);
  if (positionals.length > 1)
    throw new CliError(`Unexpected argument "${positionals[1]}".\nUsage: ${USAGE}`, 2);

  if (values.apply !== undefined) {
    const replacements = readMapping(values.apply);
    const report = await withProject(file ?? '', async (call) =>
      call('pseudonymise/applyToDocuments', {
        documentIds: await documentIds(call, values.doc),
        replacements,
      }),
    );
    if (values.json) printJson(io, report);
    else {
      io.out(
        `Replaced ${report.replaced} occurrence${report.replaced === 1 ? '' : 's'} in ${report.documents} document${report.documents === 1 ? '' : 's'}${report.elsewhere > 0 ? `, and ${report.elsewhere} in names, memos, the codebook and cases` : ''}.`,
      );
    }
    return;
  }

  const groups = await withProject(file ?? '', async (call) =>
    call('pseudonymise/scanDocuments', { documentIds: await documentIds(call, values.doc) }),
  );
  if (values.json) {
    printJson(io, groups);
    return;
  }
  for (const group of groups) {
    io.out(
      `${KIND_LABELS[group.kind] ?? group.kind}: ${group.text} ×${group.count} (${group.sources.join(', ')}) → ${group.suggestion}`,
    );
    for (const context of group.contexts) io.out(`    ${context}`);
  }
  io.out(
    groups.length === 0
      ? 'No likely identifier found. Read the texts anyway: the scan is a heuristic.'
      : `${groups.length} likely identifier${groups.length === 1 ? '' : 's'}. To replace them, write a CSV of "variant,replacement" lines and run: verbatim pseudonymise ${file ?? 'FILE'} --apply MAP.csv`,
  );
}
