import type { SheetData } from 'write-excel-file/node';

/**
 * One-sheet XLSX from rows of text and numbers. Text cells are written as strings (never
 * formulas), so transcript text cannot run in a spreadsheet.
 */
export async function toXlsx(rows: readonly (readonly (string | number | null)[])[]): Promise<Buffer> {
  const data: SheetData = rows.map((row, index) =>
    row.map((value) =>
      value === null
        ? null
        : typeof value === 'number'
          ? { type: Number, value }
          : { type: String, value, ...(index === 0 ? { fontWeight: 'bold' as const } : {}) },
    ),
  );
  // Loaded on the first .xlsx written only, so that the CLI and the app start fast.
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile(data).toBuffer();
}
