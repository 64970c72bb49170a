import type { Matrix, MatrixRow } from '../../app/contract/index.ts';

/** One shown row: a code, with its own figures, or its subtree's when it is collapsed. */
export interface ShownRow {
  readonly row: MatrixRow;
  /** Index in the matrix's rows. */
  readonly index: number;
  readonly collapsed: boolean;
  readonly cells: readonly number[];
  readonly total: number;
}

/** Sort by one column (or the totals, 'total'), largest first; null keeps codebook order. */
export type MatrixSort = number | 'total' | null;

/**
 * The rows as the table shows them: the codebook tree without the descendants of collapsed
 * codes, a collapsed code carrying its subtree's figures, and siblings sorted by the chosen
 * column while children stay under their parent.
 */
export function shownRows(matrix: Matrix, collapsed: ReadonlySet<number>, sort: MatrixSort): ShownRow[] {
  const childrenOf = new Map<number | null, ShownRow[]>();
  const present = new Set(matrix.rows.map((row) => row.id));
  matrix.rows.forEach((row, index) => {
    const isCollapsed = row.hasChildren && collapsed.has(row.id);
    const shown: ShownRow = {
      row,
      index,
      collapsed: isCollapsed,
      cells: (isCollapsed ? matrix.subtreeCells[index] : matrix.cells[index]) ?? [],
      total: (isCollapsed ? matrix.subtreeRowTotals[index] : matrix.rowTotals[index]) ?? 0,
    };
    const parent = row.parentId !== null && present.has(row.parentId) ? row.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), shown]);
  });
  const key = (shown: ShownRow): number => (sort === 'total' ? shown.total : (shown.cells[sort ?? 0] ?? 0));
  const out: ShownRow[] = [];
  const visit = (parent: number | null): void => {
    const siblings = childrenOf.get(parent) ?? [];
    // Array.prototype.sort is stable: equal values keep their codebook order.
    const ordered = sort === null ? siblings : [...siblings].sort((a, b) => key(b) - key(a));
    for (const shown of ordered) {
      out.push(shown);
      if (!shown.collapsed) visit(shown.row.id);
    }
  };
  visit(null);
  return out;
}

/** The codes whose codings a shown row counts: the code, or its whole subtree when collapsed. */
export function codesBehind(matrix: Matrix, shown: ShownRow): number[] {
  if (!shown.collapsed) return [shown.row.id];
  const ids = [shown.row.id];
  // Rows are in tree order: the subtree is the run of deeper rows that follows.
  for (let index = shown.index + 1; index < matrix.rows.length; index += 1) {
    const row = matrix.rows[index];
    if (row === undefined || row.depth <= shown.row.depth) break;
    ids.push(row.id);
  }
  return ids;
}
