import type { Matrix } from '../contract/types.ts';
import type { XlsxCell } from './xlsx.ts';

/** What grouped columns are values of, in the export's header (matrix exports are in English). */
function groupHeading(matrix: Matrix): string {
  return matrix.columnGroups?.attribute ?? 'document set';
}

/** Each column's group label, per column (null when the columns are not grouped). */
function groupOfColumns(matrix: Matrix): (string | null)[] {
  const labels: (string | null)[] = matrix.columns.map(() => null);
  for (const group of matrix.columnGroups?.groups ?? [])
    for (let j = group.start; j < group.start + group.count; j++) labels[j] = group.label;
  return labels;
}

/**
 * The matrix's header for CSV: one row, a grouped column named "attribute: value / column"
 * ("gender: F / Interview 3"; "document set: Wave 1 / Interview 3"), so that the file keeps
 * one header row for the programs that read it.
 */
export function csvHeader(matrix: Matrix, totals: boolean): string[] {
  const heading = groupHeading(matrix);
  const groups = groupOfColumns(matrix);
  return [
    'code',
    ...matrix.columns.map((column, j) => {
      const group = groups[j];
      return group === null || group === undefined ? column.label : `${heading}: ${group} / ${column.label}`;
    }),
    ...(totals ? ['total'] : []),
  ];
}

/**
 * The matrix's header for XLSX: with grouped columns, a first row where each group's label
 * spans its columns (the attribute's name, or "document set", in the code column), then the
 * columns' own labels.
 */
export function xlsxHeader(matrix: Matrix, totals: boolean): XlsxCell[][] {
  const labels = ['code', ...matrix.columns.map((column) => column.label), ...(totals ? ['total'] : [])];
  if (!matrix.columnGroups) return [labels];
  const spanning: XlsxCell[] = [
    groupHeading(matrix),
    ...matrix.columns.map(() => null),
    ...(totals ? [''] : []),
  ];
  for (const group of matrix.columnGroups.groups)
    spanning[1 + group.start] = group.count > 1 ? { text: group.label, span: group.count } : group.label;
  return [spanning, labels];
}
