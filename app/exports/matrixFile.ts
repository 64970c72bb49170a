import type { Db } from '../../db/index.ts';
import type { ParsedInputOf } from '../contract/api.ts';
import { matrixFileName } from '../contract/exportFileName.ts';
import type { ExportedFile } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { buildMatrix } from '../analysis/buildMatrix.ts';
import { toCsv } from './csv.ts';
import { csvHeader, xlsxHeader } from './matrixTable.ts';
import { toXlsx } from './xlsx.ts';

export type MatrixFileInput = ParsedInputOf<'exports/matrix'>;

/** The matrix of analysis/matrix as a spreadsheet (CSV or XLSX), for a download or a chosen file. */
export async function matrixFile(
  db: Db,
  { matrix: request, percent, format, csvCells }: MatrixFileInput,
): Promise<ExportedFile> {
  const matrix = buildMatrix(db, request);
  const table =
    percent === 'row' ? matrix.rowPercent : percent === 'column' ? matrix.columnPercent : matrix.cells;
  if (!table)
    throw new AppError('INVALID_INPUT', 'Percentages exist only for counts.', { key: 'percentOnlyCounts' });
  // Counts, presence and shares carry their totals (docs/ANALYSIS.md); percentages do not.
  const totals = table === matrix.cells;
  const body = [
    ...matrix.rows.map((row, i) => [
      row.name,
      ...(table[i] ?? []),
      ...(totals ? [matrix.rowTotals[i] ?? 0] : []),
    ]),
    ...(totals ? [['total', ...matrix.columnTotals, matrix.grandTotal]] : []),
  ];
  const fileName = matrixFileName(request, percent, format);
  if (format === 'xlsx') {
    // Grouped columns: the groups' labels span their columns in a first header row.
    const header = xlsxHeader(matrix, totals);
    return {
      fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: (await toXlsx([...header, ...body], header.length)).toString('base64'),
      encoding: 'base64',
    };
  }
  const rows = [csvHeader(matrix, totals), ...body];
  return { fileName, mimeType: 'text/csv', content: toCsv(rows, csvCells ?? 'exact') };
}
