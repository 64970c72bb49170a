import { randomUUID } from 'node:crypto';
import {
  deleteAttribute,
  deleteCase,
  findCaseByName,
  getDocument,
  insertAttribute,
  insertCase,
  listAttributes,
  listAttributeValues,
  setAttributeValue,
  setCaseDocuments,
  updateAttribute,
  updateCase,
  type Db,
} from '../../db/index.ts';
import type { Attribute, Case } from '../contract/types.ts';
import { casesTable, toAttribute } from '../cases/casesTable.ts';
import { AppError } from '../errors.ts';
import { NOT_IN_HISTORY, read, unrecorded, type OperationGroup } from './registry.ts';

function requireCase(db: Db, id: number): Case {
  const found = casesTable(db).cases.find((row) => row.id === id);
  if (!found) throw new AppError('NOT_FOUND', `There is no case with id ${id} in this project.`);
  return found;
}

function requireAttribute(db: Db, id: number): Attribute {
  const found = listAttributes(db).find((row) => row.id === id);
  if (!found) throw new AppError('NOT_FOUND', `There is no attribute with id ${id} in this project.`);
  return toAttribute(found);
}

function checkDocuments(db: Db, ids: readonly number[] | undefined): void {
  for (const id of ids ?? []) {
    if (!getDocument(db, id))
      throw new AppError('NOT_FOUND', `There is no document with id ${id} in this project.`);
  }
}

function checkCaseName(db: Db, name: string, exceptId?: number): void {
  const existing = findCaseByName(db, name);
  if (existing && existing.id !== exceptId)
    throw new AppError('CONFLICT', `A case named "${existing.name}" already exists.`);
}

function checkAttributeName(db: Db, name: string, exceptId?: number): void {
  const clash = listAttributes(db).find(
    (row) => row.name.toLowerCase() === name.toLowerCase() && row.id !== exceptId,
  );
  if (clash) throw new AppError('CONFLICT', `An attribute named "${clash.name}" already exists.`);
}

/** A value must fit its attribute's type; dates are ISO (YYYY-MM-DD) so that they sort. */
export function checkValue(attribute: Attribute, value: string): void {
  if (value === '') return;
  const ok =
    attribute.type === 'text' ||
    (attribute.type === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) ||
    (attribute.type === 'date' && /^\d{4}-\d{2}-\d{2}$/u.test(value) && !Number.isNaN(Date.parse(value))) ||
    (attribute.type === 'choice' && attribute.choices.includes(value));
  if (!ok) {
    const expected =
      attribute.type === 'choice'
        ? `one of: ${attribute.choices.join(', ')}`
        : attribute.type === 'date'
          ? 'a date written YYYY-MM-DD'
          : 'a number';
    throw new AppError(
      'INVALID_INPUT',
      `"${value}" is not a valid value for ${attribute.name}: expected ${expected}.`,
    );
  }
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
    if (!deleteCase(db, id)) throw new AppError('NOT_FOUND', `There is no case with id ${id}.`);
    return null;
  }),
  'cases/setValue': unrecorded(NOT_IN_HISTORY, ({ caseId, attributeId, value }, session) => {
    const db = session.db();
    requireCase(db, caseId);
    checkValue(requireAttribute(db, attributeId), value.trim());
    setAttributeValue(db, caseId, attributeId, value.trim());
    return requireCase(db, caseId);
  }),
  'attributes/create': unrecorded(NOT_IN_HISTORY, ({ name, type, choices }, session) => {
    const db = session.db();
    checkAttributeName(db, name);
    if (type === 'choice' && (choices ?? []).length === 0) {
      throw new AppError('INVALID_INPUT', 'A choice attribute needs at least one choice.');
    }
    const id = insertAttribute(db, {
      guid: randomUUID(),
      name,
      type,
      choices: JSON.stringify(choices ?? []),
    });
    return requireAttribute(db, id);
  }),
  'attributes/update': unrecorded(NOT_IN_HISTORY, ({ id, name, type, choices }, session) => {
    const db = session.db();
    const current = requireAttribute(db, id);
    if (name !== undefined) checkAttributeName(db, name, id);
    const next = {
      ...current,
      name: name ?? current.name,
      type: type ?? current.type,
      choices: choices ?? current.choices,
    };
    // Changing the type must not leave values that no longer fit.
    for (const value of listAttributeValues(db).filter((v) => v.attributeId === id))
      checkValue(next, value.value);
    updateAttribute(db, id, next.name, next.type, JSON.stringify(next.choices));
    return requireAttribute(db, id);
  }),
  'attributes/delete': unrecorded(NOT_IN_HISTORY, ({ id }, session) => {
    const db = session.db();
    if (!deleteAttribute(db, id)) throw new AppError('NOT_FOUND', `There is no attribute with id ${id}.`);
    return null;
  }),
} satisfies OperationGroup;
