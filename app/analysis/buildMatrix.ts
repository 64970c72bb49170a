import { listCodes, type Db } from '../../db/index.ts';
import { projectDocumentLengths } from './projectData.ts';
import { filteredData } from './filters.ts';
import { cellValue, percentages, type CellMeasure, type MatrixCoding } from './matrices.ts';
import type { Matrix } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { ParsedInputOf } from '../contract/api.ts';
import { casesTable } from '../cases/casesTable.ts';

export type MatrixRequest = ParsedInputOf<'analysis/matrix'>;

interface Column {
  readonly id: string;
  readonly label: string;
  readonly documentIds: ReadonlySet<number>;
  /** For attribute columns: the cases with that value. */
  readonly caseDocuments?: readonly (readonly number[])[];
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
    const cases = table.cases.filter((row) => row.values[attribute.id] === value);
    const caseDocuments = cases.map((row) => row.documentIds.filter(inScope));
    return {
      id: `value:${value}`,
      label: `${attribute.name} = ${value}`,
      documentIds: new Set(caseDocuments.flat()),
      caseDocuments,
    };
  });
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
  const codes = listCodes(db);
  // code → document → codings, so that each cell reads only its own codings.
  const byCode = new Map<number, Map<number, MatrixCoding[]>>();
  for (const coding of data.codings) {
    const documents = byCode.get(coding.codeId) ?? new Map<number, MatrixCoding[]>();
    const list = documents.get(coding.documentId) ?? [];
    list.push(coding);
    documents.set(coding.documentId, list);
    byCode.set(coding.codeId, documents);
  }
  const lengths = new Map(projectDocumentLengths(db).map((document) => [document.id, document.length]));
  const lengthOf = (ids: ReadonlySet<number>): number =>
    [...ids].reduce((sum, id) => sum + (lengths.get(id) ?? 0), 0);

  const cells = codes.map((code) =>
    columns.map((column) => {
      const documents = byCode.get(code.id);
      const codings = documents ? [...column.documentIds].flatMap((id) => documents.get(id) ?? []) : [];
      if (request.measure === 'cases') {
        return (column.caseDocuments ?? []).filter((documents) =>
          codings.some((coding) => documents.includes(coding.documentId)),
        ).length;
      }
      if (request.measure === 'codings') return codings.length;
      return cellValue(
        request.measure as CellMeasure,
        codings,
        request.measure === 'share' ? lengthOf(column.documentIds) : 0,
      );
    }),
  );
  const counts = request.measure === 'count' || request.measure === 'cases' || request.measure === 'codings';
  const percent = counts ? percentages(cells) : null;
  return {
    columnsBy: request.columns,
    measure: request.measure,
    rows: codes.map((code) => ({ id: code.id, name: code.name, color: code.color })),
    columns: columns.map(({ id, label }) => ({ id, label })),
    cells,
    rowPercent: percent?.row ?? null,
    columnPercent: percent?.column ?? null,
  };
}
