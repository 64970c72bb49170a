import { randomUUID } from 'node:crypto';
import {
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
import { removeCase } from '../history/removal.ts';
import { mutation, read, type OperationGroup } from '../registration/registry.ts';
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
  // A case is recorded whole (db/queries/wholeRows.ts 'case_whole': the row, its documents,
  // its attribute values), so each change below is one undoable step.
  'cases/create': mutation(
    { kind: 'case.create' },
    ({ name, description, documentIds }, { db, changes, describe }) => {
      checkCaseName(db, name);
      checkDocuments(db, documentIds);
      const id = insertCase(db, {
        guid: randomUUID(),
        name,
        description: description ?? '',
        createdAt: new Date().toISOString(),
      });
      setCaseDocuments(db, id, documentIds ?? []);
      changes.inserted('case_whole', id);
      describe({ key: 'caseCreate', values: { name } });
      return requireCase(db, id);
    },
  ),
  'cases/update': mutation(
    { kind: 'case.update' },
    ({ id, name, description, documentIds }, { db, changes, describe }) => {
      const current = requireCase(db, id);
      if (name !== undefined) checkCaseName(db, name, id);
      checkDocuments(db, documentIds);
      changes.update('case_whole', id, () => {
        updateCase(db, id, name ?? current.name, description ?? current.description);
        if (documentIds !== undefined) setCaseDocuments(db, id, documentIds);
      });
      describe(
        name !== undefined && name !== current.name
          ? { key: 'caseRename', values: { name: current.name, to: name } }
          : { key: 'caseEdit', values: { name: current.name } },
      );
      return requireCase(db, id);
    },
  ),
  'cases/delete': mutation({ kind: 'case.delete' }, ({ id }, { db, changes, describe }) => {
    const current = requireCase(db, id);
    removeCase(db, changes, id);
    describe({ key: 'caseDelete', values: { name: current.name } });
    return null;
  }),
  'cases/setValue': mutation(
    { kind: 'case.setValue' },
    ({ caseId, attributeId, value }, { db, changes, describe }) => {
      const current = requireCase(db, caseId);
      const attribute = requireAttribute(db, attributeId);
      const trimmed = value.trim();
      checkValue(attribute, trimmed);
      changes.update('case_whole', caseId, () => setAttributeValue(db, caseId, attributeId, trimmed));
      describe(
        trimmed === ''
          ? { key: 'caseValueClear', values: { name: current.name, attribute: attribute.name } }
          : {
              key: 'caseValueSet',
              values: { name: current.name, attribute: attribute.name, value: trimmed },
            },
      );
      return requireCase(db, caseId);
    },
  ),
} satisfies OperationGroup;
