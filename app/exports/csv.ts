import type { CsvCells } from '../contract/types.ts';

/**
 * One CSV cell, quoted where needed: always when it holds `;` or a tab too, since French
 * Excel and LibreOffice split on them (an unquoted "Cas;=2+3" would become two cells).
 * `exact` writes the text itself, for R, Python and any CSV reader. `spreadsheet` puts an
 * apostrophe before a cell a spreadsheet would run as a formula (starting with = + - @,
 * tab or CR), since transcripts are untrusted text; other readers then read the apostrophe.
 */
export function csvCell(value: string | number | null, cells: CsvCells): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = cells === 'spreadsheet' && /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/u.test(guarded) ? `"${guarded.replace(/"/gu, '""')}"` : guarded;
}

/** Opens a CSV file: Excel reads UTF-8 (accents) only after it. */
export const CSV_BOM = '\uFEFF';

/** What separates the cells of a row: a comma, or a semicolon (csvDialect). */
export type CsvSeparator = ',' | ';';

/**
 * How a CSV is written for its reader. `exact` is for R, Python and any CSV reader: commas,
 * and the columns' names in English, the same in every language. `spreadsheet` in French is
 * for a person opening it in French Excel, whose list separator is the semicolon (a
 * comma-separated file opens there as one column): semicolons, and the columns named in
 * French. Cells holding either separator are quoted in both (csvCell).
 */
export function csvDialect(
  cells: CsvCells,
  language: 'en' | 'fr',
): { readonly separator: CsvSeparator; readonly headers: 'en' | 'fr' } {
  return cells === 'spreadsheet' && language === 'fr'
    ? { separator: ';', headers: 'fr' }
    : { separator: ',', headers: 'en' };
}

/** One row of cells, separated by commas (or `separator`), without its line break. */
export function csvLine(
  row: readonly (string | number | null)[],
  cells: CsvCells,
  separator: CsvSeparator = ',',
): string {
  return row.map((value) => csvCell(value, cells)).join(separator);
}

/** CSV as spreadsheets read it: comma-separated (or `separator`), CRLF, UTF-8 with a BOM (Excel then reads accents). */
export function toCsv(
  rows: readonly (readonly (string | number | null)[])[],
  cells: CsvCells,
  separator: CsvSeparator = ',',
): string {
  return `${CSV_BOM}${rows.map((row) => csvLine(row, cells, separator)).join('\r\n')}\r\n`;
}
