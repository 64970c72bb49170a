/**
 * Code matrices (docs/ANALYSIS.md):
 * - code × document and code × case, measured as
 *   count: number of codings; presence: 1 when the code has at least one coding there;
 *   share: characters covered by the code's codings (overlaps counted once) divided by the
 *   length of the text (for a case: of all its documents);
 * - code × attribute value: cases (number of cases with that value that have the code) or
 *   codings (number of codings in documents of those cases).
 */

export interface MatrixCoding {
  readonly documentId: number;
  readonly codeId: number;
  readonly start: number;
  readonly end: number;
}

/** Length covered by the union of ranges. */
export function coveredLength(ranges: readonly { start: number; end: number }[]): number {
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  let covered = 0;
  let currentStart = -1;
  let currentEnd = -1;
  for (const range of sorted) {
    if (range.start >= currentEnd) {
      covered += currentEnd - currentStart;
      currentStart = range.start;
      currentEnd = range.end;
    } else if (range.end > currentEnd) {
      currentEnd = range.end;
    }
  }
  return covered + (currentEnd - currentStart);
}

export type CellMeasure = 'count' | 'presence' | 'share';

/**
 * One cell: the codings of one code in a group of documents (one document, or a case's).
 * `textLength` is the total length of those documents.
 */
export function cellValue(
  measure: CellMeasure,
  codings: readonly MatrixCoding[],
  textLength: number,
): number {
  if (measure === 'count') return codings.length;
  if (measure === 'presence') return codings.length > 0 ? 1 : 0;
  if (textLength === 0) return 0;
  // Ranges of different documents never overlap: offset them apart before the union.
  const byDocument = new Map<number, MatrixCoding[]>();
  for (const coding of codings) {
    const list = byDocument.get(coding.documentId) ?? [];
    list.push(coding);
    byDocument.set(coding.documentId, list);
  }
  let covered = 0;
  for (const list of byDocument.values()) covered += coveredLength(list);
  return covered / textLength;
}

/** Row and column percentages of a count table; 0 where a total is 0. */
export function percentages(cells: readonly (readonly number[])[]): { row: number[][]; column: number[][] } {
  const rowTotals = cells.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnCount = cells[0]?.length ?? 0;
  const columnTotals = Array.from({ length: columnCount }, (_, j) =>
    cells.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  return {
    row: cells.map((row, i) =>
      row.map((value) => ((rowTotals[i] ?? 0) > 0 ? (100 * value) / (rowTotals[i] ?? 1) : 0)),
    ),
    column: cells.map((row) =>
      row.map((value, j) => ((columnTotals[j] ?? 0) > 0 ? (100 * value) / (columnTotals[j] ?? 1) : 0)),
    ),
  };
}
