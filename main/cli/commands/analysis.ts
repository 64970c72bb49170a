import { writeFileSync } from 'node:fs';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import type { InputOf } from '../../../app/contract/api.ts';
import { parseScope } from '../../../app/analysis/scopes.ts';
import { withProject, type Call } from '../backend.ts';
import { CliError, printJson, type CliIo } from '../output.ts';

const COOCCUR_USAGE =
  'verbatim cooccur FILE --scope overlap|segment|document|near:N [--set NAME] [--where attr=value] [--speaker NAME] [--coder NAME] [--json]';

/** Turns --set/--where names into the ids the contract takes. */
async function resolveFilters(
  call: Call,
  values: { set?: string[]; where?: string[]; speaker?: string[]; coder?: string[] },
): Promise<InputOf<'analysis/cooccurrence'>['filters']> {
  const filters: NonNullable<InputOf<'analysis/cooccurrence'>['filters']> = {};
  if (values.set && values.set.length > 0) {
    const sets = await call('sets/list', { kind: 'document' });
    filters.setIds = values.set.map((name) => {
      const set = sets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (!set) throw new CliError(`There is no document set "${name}".`);
      return set.id;
    });
  }
  if (values.where && values.where.length > 0) {
    const { attributes } = await call('cases/list', {});
    filters.where = values.where.map((condition) => {
      const equals = condition.indexOf('=');
      if (equals <= 0) throw new CliError(`--where takes attribute=value (got "${condition}").`, 2);
      const name = condition.slice(0, equals).trim();
      const attribute = attributes.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (!attribute) throw new CliError(`There is no attribute "${name}".`);
      return { attributeId: attribute.id, value: condition.slice(equals + 1).trim() };
    });
  }
  if (values.speaker && values.speaker.length > 0) filters.speakers = values.speaker;
  if (values.coder && values.coder.length > 0) filters.coders = values.coder;
  return filters;
}

export async function cooccurCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      scope: { type: 'string', default: 'overlap' },
      set: { type: 'string', multiple: true },
      where: { type: 'string', multiple: true },
      speaker: { type: 'string', multiple: true },
      coder: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    },
    COOCCUR_USAGE,
  );
  const [file] = requirePositionals(positionals, 1, COOCCUR_USAGE);
  const scope = values.scope ?? 'overlap';
  if (!parseScope(scope)) {
    throw new CliError(`Unknown scope "${scope}": use overlap, segment, document or near:N.`, 2);
  }
  const result = await withProject(file ?? '', async (call) =>
    call('analysis/cooccurrence', { scope, filters: await resolveFilters(call, values) }),
  );
  if (values.json) {
    printJson(io, {
      scope: result.scope,
      codes: result.codes.map(({ name, n }) => ({ name, n })),
      // The JSON shape is the documented contract of the foundation issue: keep it exact.
      pairs: result.pairs.map(({ a, b, count, c }) => ({ a, b, count, c })),
    });
    return;
  }
  if (result.pairs.length === 0) io.out(`No codes co-occur (scope: ${result.scope}).`);
  for (const pair of result.pairs) {
    const flags = pair.warnings.length > 0 ? `  [${pair.warnings.join(', ')}]` : '';
    io.out(
      `${pair.a} × ${pair.b}: ${pair.count} (c = ${pair.c === null ? 'undefined' : pair.c.toFixed(3)})${flags}`,
    );
  }
}

const EXPORT_USAGE =
  'verbatim export FILE --format md|html|csv|docx|qdpx|qdc --out PATH [--code NAME]... [--lang en|fr] [--group-by code|case|document] [--cite case,attr:Age,timestamp] [--memos] [--quote-marks] [--exact-quotes]\n       verbatim export FILE --codebook --format md|csv|docx --out PATH [--lang en|fr]';

export async function exportCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    {
      format: { type: 'string' },
      out: { type: 'string' },
      code: { type: 'string', multiple: true },
      lang: { type: 'string' },
      'group-by': { type: 'string' },
      cite: { type: 'string' },
      memos: { type: 'boolean' },
      'quote-marks': { type: 'boolean' },
      'exact-quotes': { type: 'boolean' },
      codebook: { type: 'boolean' },
    },
    EXPORT_USAGE,
  );
  const [file] = requirePositionals(positionals, 1, EXPORT_USAGE);
  const format = values.format;
  if (
    format !== 'md' &&
    format !== 'html' &&
    format !== 'csv' &&
    format !== 'docx' &&
    format !== 'qdpx' &&
    format !== 'qdc'
  ) {
    throw new CliError(`--format must be md, html, csv, docx, qdpx or qdc.\nUsage: ${EXPORT_USAGE}`, 2);
  }
  const groupBy = values['group-by'] ?? 'code';
  if (groupBy !== 'code' && groupBy !== 'case' && groupBy !== 'document') {
    throw new CliError('--group-by must be code, case or document.', 2);
  }
  if (!values.out) throw new CliError(`--out is required.\nUsage: ${EXPORT_USAGE}`, 2);
  if (values.codebook) {
    await exportCodebook(file ?? '', format, values.lang, values.out);
    io.out(`Wrote ${values.out}`);
    return undefined;
  }
  if (format === 'qdpx' || format === 'qdc') {
    // REFI-QDA: the project (.qdpx, a zip) or the codebook alone (.qdc).
    const operation = format === 'qdpx' ? 'exchange/exportProject' : 'exchange/exportCodebook';
    const file = await withProject(positionals[0] ?? '', (call) => call(operation, {}));
    writeOut(values.out, file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);
    io.out(`Wrote ${values.out}`);
    return undefined;
  }
  // The REFI-QDA formats returned above: what is left is an excerpts format.
  const excerptFormat: 'md' | 'html' | 'csv' | 'docx' = format;
  const language = values.lang ?? 'en';
  if (language !== 'en' && language !== 'fr') throw new CliError('--lang must be en or fr.', 2);
  const exported = await withProject(file ?? '', async (call) => {
    const codes = await call('codes/list', {});
    // --code repeats; names compare case-insensitively, as everywhere in the CLI.
    const codeIds = (values.code ?? []).map((name) => {
      const code = codes.find((candidate) => candidate.name.toLowerCase() === name.trim().toLowerCase());
      if (!code) throw new CliError(`There is no code "${name}" in this project.`);
      return code.id;
    });
    return call('exports/excerpts', {
      format: excerptFormat,
      language,
      groupBy,
      ...(values.cite ? { citation: values.cite.split(',') } : {}),
      ...(values.memos ? { includeMemos: true } : {}),
      ...(values['quote-marks'] ? { quoteMarks: true } : {}),
      ...(values['exact-quotes'] ? { exactQuotes: true } : {}),
      ...(codeIds.length > 0 ? { codeIds } : {}),
    });
  });
  writeOut(
    values.out,
    exported.encoding === 'base64' ? Buffer.from(exported.content, 'base64') : exported.content,
  );
  io.out(`Wrote ${values.out}`);
}

/** `--codebook`: the codebook for a paper's appendix (hierarchy, definitions, examples, counts). */
async function exportCodebook(
  file: string,
  format: string,
  lang: string | undefined,
  out: string,
): Promise<void> {
  if (format !== 'md' && format !== 'csv' && format !== 'docx') {
    throw new CliError(`With --codebook, --format must be md, csv or docx.\nUsage: ${EXPORT_USAGE}`, 2);
  }
  const language = lang ?? 'en';
  if (language !== 'en' && language !== 'fr') throw new CliError('--lang must be en or fr.', 2);
  const exported = await withProject(file, (call) => call('exports/codebook', { format, language }));
  writeOut(out, exported.encoding === 'base64' ? Buffer.from(exported.content, 'base64') : exported.content);
}

function writeOut(path: string, content: string | Buffer): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new CliError(`Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
