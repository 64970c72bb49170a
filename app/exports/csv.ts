/**
 * CSV as spreadsheets read it: comma-separated, CRLF, quoted where needed, UTF-8 with a BOM
 * so that Excel opens accents correctly. Cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) get a leading apostrophe: transcripts are untrusted text.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  // `;` and tab too: French Excel and LibreOffice split on them, and an unquoted
  // "Cas;=2+3" would become two cells, the second one a formula.
  return /[",;\t\r\n]/u.test(guarded) ? `"${guarded.replace(/"/gu, '""')}"` : guarded;
}

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
