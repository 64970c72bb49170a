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

/** One row of cells, comma-separated, without its line break. */
export function csvLine(row: readonly (string | number | null)[], cells: CsvCells): string {
  return row.map((value) => csvCell(value, cells)).join(',');
}

/** CSV as spreadsheets read it: comma-separated, CRLF, UTF-8 with a BOM (Excel then reads accents). */
export function toCsv(rows: readonly (readonly (string | number | null)[])[], cells: CsvCells): string {
  return `${CSV_BOM}${rows.map((row) => csvLine(row, cells)).join('\r\n')}\r\n`;
}
