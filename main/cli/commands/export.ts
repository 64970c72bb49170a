import type { InputOf } from '../../../app/contract/api.ts';
import type { CsvCells, ExportedFile, FindingGroup } from '../../../app/contract/types.ts';
import { CITATION_PARTS, parseCitationParts } from '../../../app/exports/citation.ts';
import { AppError } from '../../../app/errors.ts';
import { storageError } from '../../../app/storageErrors.ts';
import { writeFileAtomically } from '../../../app/util/atomicWrite.ts';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject, type Call } from '../backend.ts';
import { resolveCodes } from '../resolve.ts';
import { KIND_LABELS } from './pseudonymise.ts';
import { CliError, type CliIo } from '../output.ts';

const EXPORT_USAGE = `verbatim export FILE --format md|html|csv|docx --out PATH [--code NAME]... [--lang en|fr] [--group-by code|case|document] [--cite PART,PART...]... [--memos] [--quote-marks] [--exact-quotes] [--csv-cells exact|spreadsheet] [--skip-scan]
       verbatim export FILE --codebook --format md|csv|docx --out PATH [--lang en|fr] [--csv-cells exact|spreadsheet] [--skip-scan]
       verbatim export FILE --format qdpx|qdc --out PATH [--skip-scan]
  PART: ${CITATION_PARTS.join(', ')} or attr:NAME (a case attribute; write \\, for a comma in NAME)
  --csv-cells: exact (default) writes each cell's text as it is, for R and Python; spreadsheet puts an
  apostrophe before a cell starting with = + - @ so that Excel or LibreOffice never run it as a formula`;

const EXCERPT_FORMATS = ['md', 'html', 'csv', 'docx'] as const;
const CODEBOOK_FORMATS = ['md', 'csv', 'docx'] as const;
/** Options that shape an excerpt export only: given with --codebook or a REFI format, they are a mistake. */
const EXCERPT_ONLY = ['code', 'group-by', 'cite', 'memos', 'quote-marks', 'exact-quotes'] as const;

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  code: { type: 'string', multiple: true },
  lang: { type: 'string' },
  'group-by': { type: 'string' },
  cite: { type: 'string', multiple: true },
  memos: { type: 'boolean' },
  'quote-marks': { type: 'boolean' },
  'exact-quotes': { type: 'boolean' },
  codebook: { type: 'boolean' },
  'skip-scan': { type: 'boolean' },
  'csv-cells': { type: 'string' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${what} must be ${allowed.join(', ')}.\nUsage: ${EXPORT_USAGE}`, 2);
}

/** `--cite a,b --cite attr:X`: every value split at commas, `\,` keeping a comma in a name. */
function citationParts(values: readonly string[]): string[] {
  const parts = values.flatMap((value) => value.split(/(?<!\\),/u).map((part) => part.replace(/\\,/gu, ',')));
  try {
    parseCitationParts(parts);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(`--cite: ${error.message}`, 2);
    throw error;
  }
  return parts;
}

function cannotWrite(path: string, error: unknown): CliError {
  const plain = storageError(error);
  return new CliError(
    plain ? plain.message : `Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/** A small export (codebook, .qdc) comes back whole and is written here. */
async function writeOut(path: string, produce: Promise<ExportedFile>): Promise<void> {
  const file = await produce;
  const content = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content;
  try {
    // Written beside, then renamed: a failed export leaves the previous file whole.
    writeFileAtomically(path, content);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/**
 * The identifier scan before an export, as in the interface: what the export writes is
 * scanned and what looks like an identifier is named on stderr. The file is written all
 * the same (a script cannot answer a question); --skip-scan leaves the scan out.
 */
async function warnOfIdentifiers(
  call: Call,
  io: CliIo,
  scope: ExportPlan['scope'],
  includeMemos: boolean,
  codeIds: readonly number[],
): Promise<void> {
  const found: readonly FindingGroup[] = await call('pseudonymise/scanForExport', {
    scope,
    includeMemos,
    ...(codeIds.length > 0 ? { codeIds: [...codeIds] } : {}),
  });
  if (found.length === 0) return;
  const list = found
    .slice(0, 10)
    .map((group) => `${group.text} (${KIND_LABELS[group.kind] ?? group.kind})`)
    .join(', ');
  io.err(
    `Warning: ${found.length} likely identifier${found.length === 1 ? '' : 's'} remain${found.length === 1 ? 's' : ''} in what this export writes: ${list}${found.length > 10 ? ', …' : ''}. See "verbatim pseudonymise".`,
  );
}

/** How CSV cells are written; given for another format, the option is a mistake. */
function csvCells(values: Values, format: string): { csvCells?: CsvCells } {
  if (values['csv-cells'] === undefined) return {};
  if (format !== 'csv') throw new CliError(`--csv-cells applies to CSV exports, not to ${format}.`, 2);
  return { csvCells: oneOf(values['csv-cells'], ['exact', 'spreadsheet'] as const, '--csv-cells') };
}

function refuseExcerptOptions(values: Values, what: string): void {
  const given = EXCERPT_ONLY.find((name) => values[name] !== undefined);
  if (given) throw new CliError(`--${given} applies to excerpt exports, not to ${what}.`, 2);
}

interface ExportPlan {
  /** What the identifier scan looks at: what this export writes. */
  readonly scope: InputOf<'pseudonymise/scanForExport'>['scope'];
  readonly includeMemos: boolean;
  /**
   * Writes the file at `out`: excerpts and .qdpx are streamed there by the backend as they
   * are read (atomically, like every file Verbatim writes); the codebook comes back whole.
   * Resolves with the codes whose excerpts were written (none: every code), for the scan.
   */
  readonly produce: (call: Call, out: string) => Promise<readonly number[]>;
}

/** Which export the options ask for; usage mistakes are found here, before the project opens. */
function exportPlan(values: Values, language: 'en' | 'fr'): ExportPlan {
  if (values.codebook) {
    refuseExcerptOptions(values, 'the codebook');
    const format = oneOf(values.format, CODEBOOK_FORMATS, 'With --codebook, --format');
    const cells = csvCells(values, format);
    return {
      scope: 'codebook',
      includeMemos: false,
      produce: (call, out) =>
        writeOut(out, call('exports/codebook', { format, language, ...cells })).then(() => []),
    };
  }
  if (values.format === 'qdpx' || values.format === 'qdc') {
    // REFI-QDA: the whole project (.qdpx, a zip) or the codebook alone (.qdc).
    refuseExcerptOptions(values, 'a REFI-QDA file');
    csvCells(values, values.format);
    const project = values.format === 'qdpx';
    return {
      scope: values.format,
      includeMemos: false,
      produce: async (call, out) => {
        if (project) await call('exchange/exportProjectToFile', { out });
        else await writeOut(out, call('exchange/exportCodebook', {}));
        return [];
      },
    };
  }
  const format = oneOf(values.format, EXCERPT_FORMATS, '--format (or qdpx, qdc)');
  const groupBy = oneOf(values['group-by'] ?? 'code', ['code', 'case', 'document'] as const, '--group-by');
  const citation = values.cite ? citationParts(values.cite) : undefined;
  const includeMemos = values.memos ?? false;
  const cells = csvCells(values, format);
  return {
    scope: 'excerpts',
    includeMemos,
    produce: async (call, out) => {
      const codeIds = await resolveCodes(call, values.code ?? []);
      await call('exports/excerptsToFile', {
        out,
        format,
        language,
        groupBy,
        includeMemos,
        ...(citation ? { citation } : {}),
        ...(values['quote-marks'] ? { quoteMarks: true } : {}),
        ...(values['exact-quotes'] ? { exactQuotes: true } : {}),
        ...cells,
        ...(codeIds.length > 0 ? { codeIds } : {}),
      });
      return codeIds;
    },
  };
}

export async function exportCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(argv, OPTIONS, EXPORT_USAGE);
  const [file = ''] = requirePositionals(positionals, 1, EXPORT_USAGE);
  if (!values.out) throw new CliError(`--out is required.\nUsage: ${EXPORT_USAGE}`, 2);
  const out = values.out;
  const language = oneOf(values.lang ?? 'en', ['en', 'fr'] as const, '--lang');
  const scan = !values['skip-scan'];

  const { scope, includeMemos, produce } = exportPlan(values, language);
  await withProject(file, async (call) => {
    // Written first: a refused export (unknown code, attribute) says so without a scan warning.
    const codeIds = await produce(call, out);
    if (scan) await warnOfIdentifiers(call, io, scope, includeMemos, codeIds);
  });
  io.out(`Wrote ${out}`);
  return undefined;
}
