import { listSets, type Db } from '../../db/index.ts';
import { casesTable } from '../cases/casesTable.ts';
import type { Matrix, MatrixColumnGroup, MatrixColumnGroups } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { MatrixRequest } from './buildMatrix.ts';

/** The label of the columns with no value for the attribute, or in no set. */
export const NO_GROUP = '—';

interface LayoutColumn {
  readonly id: string;
  readonly documentIds: readonly number[];
}

/** Grouped columns: which column of the plain matrix comes at each place, under which group. */
export interface ColumnLayout {
  /** Index in the plain matrix's columns, per place (a column may come twice). */
  readonly order: readonly number[];
  /** The id of the column at each place (unique, even for a column shown twice). */
  readonly ids: readonly string[];
  readonly groups: MatrixColumnGroups;
}

/** The runs of equal labels, left to right. */
function runsOf(labels: readonly string[]): MatrixColumnGroup[] {
  const runs: { label: string; start: number; count: number }[] = [];
  labels.forEach((label, place) => {
    const last = runs.at(-1);
    if (last && last.label === label) last.count += 1;
    else runs.push({ label, start: place, count: 1 });
  });
  return runs;
}

/** Values first in natural order (numbers by value), the columns without one last. */
function compareValues(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NO_GROUP) return 1;
  if (b === NO_GROUP) return -1;
  return a.localeCompare(b, undefined, { numeric: true });
}

/**
 * Documents (or cases) grouped by a case attribute's value: the same columns, ordered by
 * value (the matrix's order kept within a value), those without a value last. A case
 * column has its case's value; a document column the value of the first case linked to it
 * that has one.
 */
export function attributeLayout(
  columns: readonly LayoutColumn[],
  cases: readonly {
    readonly id: number;
    readonly documentIds: readonly number[];
    readonly values: Readonly<Record<number, string>>;
  }[],
  attribute: { readonly id: number; readonly name: string },
): ColumnLayout {
  const valueOf = (column: LayoutColumn): string => {
    const caseId = column.id.startsWith('case:') ? Number(column.id.slice('case:'.length)) : null;
    const owner = cases.find((row) =>
      caseId !== null
        ? row.id === caseId
        : row.values[attribute.id] !== undefined &&
          column.documentIds.some((id) => row.documentIds.includes(id)),
    );
    const value = owner?.values[attribute.id];
    return value === undefined || value === '' ? NO_GROUP : value;
  };
  const labels = columns.map(valueOf);
  // Array.prototype.sort is stable: within a value, the matrix's order stays.
  const order = columns
    .map((_, j) => j)
    .sort((a, b) => compareValues(labels[a] ?? NO_GROUP, labels[b] ?? NO_GROUP));
  return {
    order,
    ids: order.map((j) => columns[j]?.id ?? ''),
    groups: {
      kind: 'attribute',
      attribute: attribute.name,
      groups: runsOf(order.map((j) => labels[j] ?? NO_GROUP)),
    },
  };
}

/**
 * Documents grouped by document set: the sets in their order (by name), each with its
 * documents in the matrix's order, then the documents in no set. A document in two sets
 * has a column under each (the same figures).
 */
export function setLayout(
  columns: readonly LayoutColumn[],
  sets: readonly { readonly id: number; readonly name: string; readonly memberIds: readonly number[] }[],
): ColumnLayout {
  const order: number[] = [];
  const ids: string[] = [];
  const labels: string[] = [];
  const placed = new Set<number>();
  const place = (j: number, id: string, label: string): void => {
    order.push(j);
    ids.push(id);
    labels.push(label);
    placed.add(j);
  };
  for (const set of sets) {
    const members = new Set(set.memberIds);
    columns.forEach((column, j) => {
      if (column.documentIds.some((id) => members.has(id))) place(j, `set:${set.id}/${column.id}`, set.name);
    });
  }
  columns.forEach((column, j) => {
    if (!placed.has(j)) place(j, column.id, NO_GROUP);
  });
  return { order, ids, groups: { kind: 'sets', attribute: null, groups: runsOf(labels) } };
}

/**
 * The matrix with its columns in the layout's order: each column keeps its figures (cells,
 * subtree cells, column total, percentages); row totals and the grand total do not change.
 */
export function regroup(matrix: Matrix, layout: ColumnLayout): Matrix {
  const pick = (row: readonly number[]): number[] => layout.order.map((j) => row[j] ?? 0);
  return {
    ...matrix,
    columnGroups: layout.groups,
    columns: layout.order.flatMap((j, place) => {
      const column = matrix.columns[j];
      return column ? [{ ...column, id: layout.ids[place] ?? column.id }] : [];
    }),
    cells: matrix.cells.map(pick),
    subtreeCells: matrix.subtreeCells.map(pick),
    columnTotals: pick(matrix.columnTotals),
    rowPercent: matrix.rowPercent?.map(pick) ?? null,
    columnPercent: matrix.columnPercent?.map(pick) ?? null,
  };
}

/** The matrix grouped as the request asks (docs/ANALYSIS.md "Grouped columns"). */
export function groupedMatrix(db: Db, request: MatrixRequest, matrix: Matrix): Matrix {
  const groupBy = request.groupBy;
  if (!groupBy) return matrix;
  if (request.columns !== 'documents' && request.columns !== 'cases')
    throw new AppError('INVALID_INPUT', 'Only documents or cases as columns can be grouped.');
  if (groupBy.kind === 'sets') {
    if (request.columns !== 'documents')
      throw new AppError('INVALID_INPUT', 'Cases can be grouped by an attribute, not by document set.');
    return regroup(matrix, setLayout(matrix.columns, listSets(db, 'document')));
  }
  const table = casesTable(db);
  const attribute = table.attributes.find((candidate) => candidate.id === groupBy.attributeId);
  if (!attribute)
    throw new AppError(
      'NOT_FOUND',
      'The attribute to group the columns by no longer exists: choose another one.',
    );
  return regroup(matrix, attributeLayout(matrix.columns, table.cases, attribute));
}
