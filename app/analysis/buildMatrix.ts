import { listCodes, listSets, type Db } from '../../db/index.ts';
import { projectDocumentLengths } from './projectData.ts';
import { filteredData } from './filters.ts';
import { percentages, type MatrixCoding } from './matrices.ts';
import { groupedMatrix } from './matrixGroups.ts';
import {
  allColumns,
  codingsIn,
  codingsPerColumn,
  measureOf,
  type AnyMeasure,
  type MatrixColumnScope,
} from './matrixTotals.ts';
import { codebookOrder } from '../exports/codebookExport.ts';
import type { Matrix } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { ParsedInputOf } from '../contract/api.ts';
import { casesTable } from '../cases/casesTable.ts';

export type MatrixRequest = ParsedInputOf<'analysis/matrix'>;

interface Column extends MatrixColumnScope {
  readonly id: string;
  readonly label: string;
}

function columnsOf(db: Db, request: MatrixRequest, documentFilter: ReadonlySet<number> | null): Column[] {
  const inScope = (id: number): boolean => documentFilter === null || documentFilter.has(id);
  if (request.columns === 'documents') {
    return projectDocumentLengths(db)
      .filter((document) => inScope(document.id))
      .map((document) => ({
        id: `document:${document.id}`,
        label: document.name,
        documentIds: new Set([document.id]),
      }));
  }
  if (request.columns === 'sets') {
    return listSets(db, 'document').map((set) => ({
      id: `set:${set.id}`,
      label: set.name,
      documentIds: new Set(set.memberIds.filter(inScope)),
    }));
  }
  const table = casesTable(db);
  if (request.columns === 'cases') {
    return table.cases.map((row) => ({
      id: `case:${row.id}`,
      label: row.name,
      documentIds: new Set(row.documentIds.filter(inScope)),
    }));
  }
  const attribute = table.attributes.find((candidate) => candidate.id === request.attributeId);
  if (!attribute)
    throw new AppError('INVALID_INPUT', 'Choose the attribute whose values make the columns.', {
      key: 'matrixNoAttribute',
    });
  const values = [
    ...new Set(
      table.cases.map((row) => row.values[attribute.id]).filter((v): v is string => v !== undefined),
    ),
  ].sort((x, y) => x.localeCompare(y, undefined, { numeric: true }));
  return values.map((value) => {
    const cases = table.cases
      .filter((row) => row.values[attribute.id] === value)
      .map((row) => ({ id: row.id, documentIds: row.documentIds.filter(inScope) }));
    return {
      id: `value:${value}`,
      label: `${attribute.name} = ${value}`,
      documentIds: new Set(cases.flatMap((row) => row.documentIds)),
      cases,
    };
  });
}

/** Each code and the codes below it, in the order given. */
function subtrees(rows: readonly { id: number; parentId: number | null }[]): Map<number, number[]> {
  const result = new Map<number, number[]>(rows.map((row) => [row.id, [row.id]]));
  // Rows come parents first: walking backwards, each child's subtree is complete when added.
  for (let index = rows.length - 1; index >= 0; index -= 1) {
    const row = rows[index];
    if (row === undefined || row.parentId === null) continue;
    result.get(row.parentId)?.push(...(result.get(row.id) ?? []));
  }
  return result;
}

export function buildMatrix(db: Db, request: MatrixRequest): Matrix {
  const byAttribute = request.columns === 'attribute';
  const allowed = byAttribute ? ['cases', 'codings'] : ['count', 'presence', 'share'];
  if (!allowed.includes(request.measure)) {
    throw new AppError(
      'INVALID_INPUT',
      `With ${request.columns} as columns, measure by ${allowed.join(' or ')}.`,
    );
  }
  const data = filteredData(db, request.filters);
  const columns = columnsOf(db, request, data.documentIds);
  const ordered = codebookOrder(listCodes(db));
  const rows = ordered.map(({ code, depth }, index) => ({
    id: code.id,
    name: code.name,
    color: code.color,
    parentId: code.parentId,
    depth,
    hasChildren: ordered[index + 1]?.code.parentId === code.id,
  }));
  const byCode = new Map<number, MatrixCoding[]>();
  for (const coding of data.codings) {
    const list = byCode.get(coding.codeId) ?? [];
    list.push(coding);
    byCode.set(coding.codeId, list);
  }
  const lengths = new Map(projectDocumentLengths(db).map((document) => [document.id, document.length]));
  const lengthOf = (ids: ReadonlySet<number>): number =>
    [...ids].reduce((sum, id) => sum + (lengths.get(id) ?? 0), 0);
  const measure = request.measure as AnyMeasure;
  const everywhere = allColumns(columns);
  const below = subtrees(rows);
  const codingsOf = (ids: readonly number[]): MatrixCoding[] => ids.flatMap((id) => byCode.get(id) ?? []);

  // A row of cells and its total for a group of codings (one code's, or a subtree's).
  const rowOf = (codings: readonly MatrixCoding[]): { cells: number[]; total: number } => {
    const cells = codingsPerColumn(codings, columns).map((inColumn, j) =>
      measureOf(measure, inColumn, columns[j] ?? everywhere, lengthOf),
    );
    const total =
      measure === 'presence'
        ? cells.reduce((sum, value) => sum + value, 0)
        : measureOf(measure, codingsIn(codings, everywhere), everywhere, lengthOf);
    return { cells, total };
  };
  const own = rows.map((row) => rowOf(codingsOf([row.id])));
  const subtree = rows.map((row) => rowOf(codingsOf(below.get(row.id) ?? [row.id])));
  const allCodings = data.codings.filter((coding) => byCode.has(coding.codeId));
  const allPerColumn = measure === 'presence' ? [] : codingsPerColumn(allCodings, columns);
  const columnTotals = columns.map((column, j) =>
    measure === 'presence'
      ? own.reduce((sum, row) => sum + (row.cells[j] ?? 0), 0)
      : measureOf(measure, allPerColumn[j] ?? [], column, lengthOf),
  );
  const grandTotal =
    measure === 'presence'
      ? own.filter((row) => row.total > 0).length
      : measureOf(measure, codingsIn(allCodings, everywhere), everywhere, lengthOf);

  const cells = own.map((row) => row.cells);
  const counts = measure === 'count' || measure === 'cases' || measure === 'codings';
  const percent = counts ? percentages(cells) : null;
  // Grouping reorders (and, by set, repeats) the columns of this plain matrix: no figure changes.
  return groupedMatrix(db, request, {
    columnsBy: request.columns,
    columnGroups: null,
    measure: request.measure,
    rows,
    columns: columns.map(({ id, label, documentIds }) => ({ id, label, documentIds: [...documentIds] })),
    cells,
    subtreeCells: subtree.map((row) => row.cells),
    rowTotals: own.map((row) => row.total),
    subtreeRowTotals: subtree.map((row) => row.total),
    columnTotals,
    grandTotal,
    rowPercent: percent?.row ?? null,
    columnPercent: percent?.column ?? null,
  });
}
