import { randomUUID } from 'node:crypto';
import {
  deleteCase,
  findCaseByName,
  insertCase,
  setAttributeValue,
  setCaseDocuments,
  updateCase,
  type Db,
} from '../../db/index.ts';
import type { Case } from '../contract/types.ts';
import { checkValue } from '../attributes/checkValue.ts';
import { requireAttribute } from '../attributes/require.ts';
import { requireDocument } from '../documents/require.ts';
import { AppError } from '../errors.ts';
import { NOT_IN_HISTORY, read, unrecorded, type OperationGroup } from '../registration/registry.ts';
import { casesTable } from './casesTable.ts';

function requireCase(db: Db, id: number): Case {
  const found = casesTable(db).cases.find((row) => row.id === id);
  if (!found)
    throw new AppError('NOT_FOUND', `There is no case with id ${id} in this project.`, {
      key: 'caseNotFound',
      params: { id },
    });
  return found;
}

function checkDocuments(db: Db, ids: readonly number[] | undefined): void {
  for (const id of ids ?? []) requireDocument(db, id);
}

function checkCaseName(db: Db, name: string, exceptId?: number): void {
  const existing = findCaseByName(db, name);
  if (existing && existing.id !== exceptId)
    throw new AppError('CONFLICT', `A case named "${existing.name}" already exists.`, {
      key: 'caseExists',
      params: { name: existing.name },
    });
}

export const caseOperations = {
  'cases/list': read((_input, session) => casesTable(session.db())),
  'cases/create': unrecorded(NOT_IN_HISTORY, ({ name, description, documentIds }, session) => {
    const db = session.db();
    checkCaseName(db, name);
    checkDocuments(db, documentIds);
    const id = insertCase(db, {
      guid: randomUUID(),
      name,
      description: description ?? '',
      createdAt: new Date().toISOString(),
    });
    setCaseDocuments(db, id, documentIds ?? []);
    return requireCase(db, id);
  }),
  'cases/update': unrecorded(NOT_IN_HISTORY, ({ id, name, description, documentIds }, session) => {
    const db = session.db();
    const current = requireCase(db, id);
    if (name !== undefined) checkCaseName(db, name, id);
    checkDocuments(db, documentIds);
    updateCase(db, id, name ?? current.name, description ?? current.description);
    if (documentIds !== undefined) setCaseDocuments(db, id, documentIds);
    return requireCase(db, id);
  }),
  'cases/delete': unrecorded(NOT_IN_HISTORY, ({ id }, session) => {
    const db = session.db();
    if (!deleteCase(db, id))
      throw new AppError('NOT_FOUND', `There is no case with id ${id}.`, {
        key: 'caseNotFound',
        params: { id },
      });
    return null;
  }),
  'cases/setValue': unrecorded(NOT_IN_HISTORY, ({ caseId, attributeId, value }, session) => {
    const db = session.db();
    requireCase(db, caseId);
    checkValue(requireAttribute(db, attributeId), value.trim());
    setAttributeValue(db, caseId, attributeId, value.trim());
    return requireCase(db, caseId);
  }),
} satisfies OperationGroup;
