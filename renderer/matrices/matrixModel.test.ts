import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../app/contract/index.ts';
import { codesBehind, shownRows } from './matrixModel.ts';

const row = (id: number, parentId: number | null, depth: number, hasChildren: boolean) => ({
  id,
  name: `c${id}`,
  color: '#000000',
  parentId,
  depth,
  hasChildren,
});

// 1 > (2 > 3, 4); 5 — own and subtree figures in one column.
const MATRIX: Matrix = {
  columnsBy: 'documents',
  columnGroups: null,
  measure: 'count',
  rows: [
    row(1, null, 0, true),
    row(2, 1, 1, true),
    row(3, 2, 2, false),
    row(4, 1, 1, false),
    row(5, null, 0, false),
  ],
  columns: [{ id: 'document:1', label: 'd', documentIds: [1] }],
  cells: [[1], [2], [7], [4], [3]],
  subtreeCells: [[14], [9], [7], [4], [3]],
  rowTotals: [1, 2, 7, 4, 3],
  subtreeRowTotals: [14, 9, 7, 4, 3],
  columnTotals: [17],
  grandTotal: 17,
  rowPercent: null,
  columnPercent: null,
};

describe('shown matrix rows', () => {
  it('hides a collapsed code’s subtree and shows its aggregate', () => {
    const rows = shownRows(MATRIX, new Set([2]), null);
    expect(rows.map((shown) => [shown.row.id, shown.cells[0]])).toEqual([
      [1, 1],
      [2, 9],
      [4, 4],
      [5, 3],
    ]);
    expect(codesBehind(MATRIX, rows[1] ?? (rows[0] as never))).toEqual([2, 3]);
  });

  it('sorts siblings by a column, children staying under their parent', () => {
    const rows = shownRows(MATRIX, new Set(), 0);
    expect(rows.map((shown) => shown.row.id)).toEqual([5, 1, 4, 2, 3]);
  });
});
