import {
  deleteSavedQueryRow,
  getSavedQueryRow,
  listSavedQueryRows,
  putSavedQueryRow,
} from '../../db/index.ts';
import type { AnalysisFilters, SavedQuery } from '../contract/types.ts';
import { ensureNameFree } from '../codes/createCode.ts';
import { createCodings } from '../codings/createMany.ts';
import { AppError } from '../errors.ts';
import { mutation, read, unrecorded, type OperationGroup } from '../registration/registry.ts';
import { queryHits, requireQuery, runQuery } from './runQuery.ts';

interface StoredQuery {
  readonly expression: string;
  readonly filters: AnalysisFilters;
  readonly createdAt: string;
}

function toSavedQuery(name: string, value: string): SavedQuery {
  const stored = JSON.parse(value) as StoredQuery;
  return { name, expression: stored.expression, filters: stored.filters, createdAt: stored.createdAt };
}

export const queryOperations = {
  'queries/run': read(({ expression, filters }, session) => runQuery(session.db(), expression, filters)),
  'queries/list': read((_input, session) =>
    listSavedQueryRows(session.db()).map((row) => toSavedQuery(row.name, row.value)),
  ),
  'queries/save': unrecorded(
    'A saved query is a setting of the analysis, like a filter: it changes no coding to undo.',
    ({ name, expression, filters }, session) => {
      requireQuery(expression);
      const stored: StoredQuery = { expression, filters: filters ?? {}, createdAt: new Date().toISOString() };
      putSavedQueryRow(session.db(), name, JSON.stringify(stored));
      return toSavedQuery(name, JSON.stringify(stored));
    },
  ),
  'queries/delete': unrecorded(
    'A saved query is a setting of the analysis, like a filter: it changes no coding to undo.',
    ({ name }, session) => {
      if (!deleteSavedQueryRow(session.db(), name))
        throw new AppError('NOT_FOUND', `There is no saved query "${name}".`);
      return null;
    },
  ),
  'queries/runSaved': read(({ name }, session) => {
    const db = session.db();
    const value = getSavedQueryRow(db, name);
    if (value === undefined) throw new AppError('NOT_FOUND', `There is no saved query "${name}".`);
    const saved = toSavedQuery(name, value);
    return runQuery(db, saved.expression, saved.filters);
  }),
  // The new code and all its codings in one transaction and one history event: one Undo
  // removes both.
  'queries/codeResults': mutation(
    { kind: 'query.code' },
    ({ expression, filters, codeName }, { db, changes, coder, describe }) => {
      const hits = queryHits(db, expression, filters);
      if (hits.length === 0) throw new AppError('INVALID_INPUT', 'This query finds nothing to code.');
      // A new code: results are never mixed into an existing one.
      ensureNameFree(db, codeName);
      // The code is made by the batch itself, so both are one bulk change that one Undo removes.
      const { created } = createCodings(
        db,
        hits.map((hit) => ({ documentId: hit.documentId, start: hit.start, end: hit.end, codeName })),
        coder,
        changes,
      );
      describe({ key: 'queryCode', values: { count: hits.length, name: codeName, expression } });
      return { codeId: created[0]?.codeId ?? 0, count: hits.length };
    },
  ),
} satisfies OperationGroup;
