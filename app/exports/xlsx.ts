import type { SheetData } from 'write-excel-file/node';

/** A header cell spanning `span` columns (the next span − 1 cells of its row are null). */
export interface SpanningCell {
  readonly text: string;
  readonly span: number;
}

export type XlsxCell = string | number | null | SpanningCell;

/**
 * One-sheet XLSX from rows of text and numbers. Text cells are written as strings (never
 * formulas), so transcript text cannot run in a spreadsheet. The first `headerRows` rows are
 * bold; a spanning cell is merged with the cells after it.
 */
export async function toXlsx(rows: readonly (readonly XlsxCell[])[], headerRows = 1): Promise<Buffer> {
  const data: SheetData = rows.map((row, index) =>
    row.map((value) => {
      if (value === null) return null;
      if (typeof value === 'number') return { type: Number, value };
      const bold = index < headerRows ? { fontWeight: 'bold' as const } : {};
      if (typeof value === 'string') return { type: String, value, ...bold };
      return { type: String, value: value.text, columnSpan: value.span, align: 'center' as const, ...bold };
    }),
  );
  // Loaded on the first .xlsx written only, so that the CLI and the app start fast.
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile(data).toBuffer();
}
