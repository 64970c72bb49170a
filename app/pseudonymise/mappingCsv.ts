import { toCsv } from '../exports/csv.ts';
import { AppError } from '../errors.ts';
import type { Replacement } from './replace.ts';

export const MAPPING_HEADER = ['variant', 'replacement'] as const;

/**
 * The mapping as CSV, one `variant,replacement` line per spelling (what the CLI reads back).
 * Made to be opened in a spreadsheet, so formulas are guarded; parseMappingCsv removes the guard.
 */
export function mappingToCsv(replacements: readonly Replacement[]): string {
  return toCsv(
    [
      [...MAPPING_HEADER],
      ...replacements.flatMap(({ variants, replacement }) =>
        variants.map((variant) => [variant, replacement] as const),
      ),
    ],
    'spreadsheet',
  );
}

/** Splits CSV text into rows of cells: quoted cells with "" escapes, CRLF or LF. */
function parseRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.length === 0) quoted = true;
    else if (char === ',' || char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(index + 1) === '\n') index += 1;
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (quoted)
    throw new AppError('INVALID_INPUT', 'The mapping file has a quote (") that is never closed.', {
      key: 'mappingQuote',
    });
  if (cell.length > 0 || row.length > 0) rows.push([...row, cell]);
  return rows;
}

// toCsv guards cells a spreadsheet would run as formulas with an apostrophe ("'+33 6…").
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/u.test(cell) ? cell.slice(1) : cell;
}

/**
 * Reads a `variant,replacement` CSV (a semicolon also separates, as French spreadsheets
 * save). The header line is optional, blank lines are skipped, and variants that share a
 * replacement are linked into one Replacement.
 */
export function parseMappingCsv(text: string): Replacement[] {
  const rows = parseRows(text.replace(/^\uFEFF/u, ''));
  const byReplacement = new Map<string, string[]>();
  rows.forEach((cells, index) => {
    const [rawVariant = '', rawReplacement = '', ...extra] = cells.map((cell) => unguard(cell).trim());
    if (cells.every((cell) => cell.trim().length === 0)) return;
    if (index === 0 && rawVariant.toLowerCase() === 'variant') return;
    const line = index + 1;
    if (extra.some((cell) => cell.length > 0) || rawVariant.length === 0 || rawReplacement.length === 0) {
      throw new AppError(
        'INVALID_INPUT',
        `Line ${line} of the mapping file must be "variant,replacement" with both filled in.`,
        { key: 'mappingLine', params: { line } },
      );
    }
    const variants = byReplacement.get(rawReplacement) ?? [];
    if (!variants.includes(rawVariant)) variants.push(rawVariant);
    byReplacement.set(rawReplacement, variants);
  });
  if (byReplacement.size === 0)
    throw new AppError('INVALID_INPUT', 'The mapping file lists no replacement.', {
      key: 'mappingEmpty',
    });
  return [...byReplacement].map(([replacement, variants]) => ({ variants, replacement }));
}
