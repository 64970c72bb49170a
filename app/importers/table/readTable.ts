import type { ImportNote } from '../../contract/types.ts';
import { AppError } from '../../errors.ts';
import { decodeTextFile, type TextEncoding } from '../decodeText.ts';
import { MAX_IMPORT_BYTES } from '../limits.ts';
import { isXmlPart, storedZip, unpackArchive } from '../zipSafety.ts';

/** A spreadsheet as text cells: the first row gives the column names. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly encoding: string;
  /** What the researcher should know, e.g. invalid bytes replaced in a CSV. */
  readonly notes: readonly ImportNote[];
}

export const TABLE_EXTENSIONS = ['csv', 'tsv', 'xlsx'] as const;

/** Column names made unique and never empty, so a mapping can name each column. */
function uniqueColumns(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, index) => {
    const base = raw.trim() || `Column ${index + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function toTable(
  fileName: string,
  cells: readonly (readonly string[])[],
  encoding: string,
  notes: readonly ImportNote[] = [],
): Table {
  const [header, ...body] = cells;
  if (!header || header.every((cell) => cell.trim() === '')) {
    throw new AppError('BAD_FILE', `${fileName} has no header row with column names.`, {
      key: 'tableNoHeader',
      params: { file: fileName },
    });
  }
  const columns = uniqueColumns(header);
  const rows = body
    .filter((row) => row.some((cell) => cell.trim() !== ''))
    .map((row) => columns.map((_, index) => (row[index] ?? '').trim()));
  if (rows.length === 0)
    throw new AppError('BAD_FILE', `${fileName} has column names but no rows.`, {
      key: 'tableNoRows',
      params: { file: fileName },
    });
  return { columns, rows, encoding, notes };
}

async function readCsv(fileName: string, bytes: Uint8Array, encoding?: TextEncoding): Promise<Table> {
  // Loaded on the first table read only, so that the CLI and the app start fast.
  const { default: Papa } = await import('papaparse');
  const decoded = decodeTextFile(fileName, bytes, encoding);
  // Papa Parse guesses the delimiter (comma, semicolon — French Excel —, tab, pipe) and
  // handles quoted fields with line breaks, which survey answers often contain.
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} is not a well-formed CSV file (row ${(fatal.row ?? 0) + 1}: ${fatal.message}).`,
      { key: 'csvMalformed', params: { file: fileName, row: (fatal.row ?? 0) + 1 } },
    );
  }
  return toTable(fileName, parsed.data, decoded.encoding, decoded.notes);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<Table> {
  // read-excel-file unzips by itself (every .xml and .rels entry) and trusts the declared
  // sizes: it gets those parts inflated through the guard, re-packed without compression.
  const parts = unpackArchive(fileName, bytes, isXmlPart);
  // Loaded on the first .xlsx read only, so that the CLI and the app start fast.
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets;
  try {
    sheets = await readXlsxFile(Buffer.from(storedZip(parts)));
  } catch {
    throw new AppError('BAD_FILE', `${fileName} is damaged or not a real .xlsx spreadsheet.`, {
      key: 'xlsxDamaged',
      params: { file: fileName },
    });
  }
  const first = sheets[0];
  if (!first)
    throw new AppError('BAD_FILE', `${fileName} has no sheet.`, {
      key: 'xlsxNoSheet',
      params: { file: fileName },
    });
  return toTable(
    fileName,
    first.data.map((row) => row.map(cellText)),
    'xlsx',
  );
}

/** Reads a .csv/.tsv (any encoding Verbatim detects) or the first sheet of an .xlsx. */
export async function readTable(
  fileName: string,
  bytes: Uint8Array,
  options: { encoding?: TextEncoding | undefined } = {},
): Promise<Table> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it into several files.`,
      { key: 'tableTooLarge', params: { file: fileName, max: MAX_IMPORT_BYTES / 1024 / 1024 } },
    );
  }
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  if (extension === 'xlsx') return readXlsx(fileName, bytes);
  if (extension === 'csv' || extension === 'tsv') return readCsv(fileName, bytes, options.encoding);
  throw new AppError('BAD_FILE', `${fileName}: import survey tables as .csv, .tsv or .xlsx.`, {
    key: 'tableFormat',
    params: { file: fileName },
  });
}
