import { cellValue, type CellMeasure, type MatrixCoding } from './matrices.ts';

/**
 * What a matrix measures over one group of codings (docs/ANALYSIS.md, "Matrices"):
 * the cell measures of matrices.ts, plus the attribute measures (cases, codings).
 */
export type AnyMeasure = CellMeasure | 'cases' | 'codings';

/** The documents of a column, and for attribute-value columns the documents of each case. */
export interface MatrixColumnScope {
  readonly documentIds: ReadonlySet<number>;
  readonly cases?: readonly MatrixCase[];
}

export interface MatrixCase {
  readonly id: number;
  readonly documentIds: readonly number[];
}

/** The value of `measure` over `codings` (already restricted to the column's documents). */
export function measureOf(
  measure: AnyMeasure,
  codings: readonly MatrixCoding[],
  column: MatrixColumnScope,
  lengthOf: (ids: ReadonlySet<number>) => number,
): number {
  if (measure === 'cases') {
    const coded = new Set(codings.map((coding) => coding.documentId));
    return (column.cases ?? []).filter((row) => row.documentIds.some((id) => coded.has(id))).length;
  }
  if (measure === 'codings') return codings.length;
  return cellValue(measure, codings, measure === 'share' ? lengthOf(column.documentIds) : 0);
}

/** Every column together: its documents, and its cases once each. */
export function allColumns(columns: readonly MatrixColumnScope[]): MatrixColumnScope {
  const cases = new Map<number, MatrixCase>();
  for (const column of columns) for (const row of column.cases ?? []) cases.set(row.id, row);
  return {
    documentIds: new Set(columns.flatMap((column) => [...column.documentIds])),
    cases: [...cases.values()],
  };
}

/** Codings whose document is in the column, each coding once. */
export function codingsIn(codings: readonly MatrixCoding[], column: MatrixColumnScope): MatrixCoding[] {
  return codings.filter((coding) => column.documentIds.has(coding.documentId));
}

/**
 * codingsIn for every column at once: the codings grouped by document once, then each
 * column takes its documents' groups. A row then costs its codings plus the columns'
 * documents, not its codings times the columns (200 columns × 60 codes × 2 at 1×).
 * Orders differ from codingsIn; no measure depends on order.
 */
export function codingsPerColumn(
  codings: readonly MatrixCoding[],
  columns: readonly MatrixColumnScope[],
): MatrixCoding[][] {
  const byDocument = new Map<number, MatrixCoding[]>();
  for (const coding of codings) {
    const list = byDocument.get(coding.documentId);
    if (list) list.push(coding);
    else byDocument.set(coding.documentId, [coding]);
  }
  return columns.map((column) => {
    const inColumn: MatrixCoding[] = [];
    for (const id of column.documentIds) for (const coding of byDocument.get(id) ?? []) inColumn.push(coding);
    return inColumn;
  });
}
