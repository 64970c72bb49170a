import { randomUUID } from 'node:crypto';
import {
  deleteAttribute,
  insertAttribute,
  listAttributes,
  listAttributeValues,
  updateAttribute,
  type Db,
} from '../../db/index.ts';
import { AppError } from '../errors.ts';
import { NOT_IN_HISTORY, unrecorded, type OperationGroup } from '../registration/registry.ts';
import { checkValue } from './checkValue.ts';
import { requireAttribute } from './require.ts';

function checkAttributeName(db: Db, name: string, exceptId?: number): void {
  const clash = listAttributes(db).find(
    (row) => row.name.toLowerCase() === name.toLowerCase() && row.id !== exceptId,
  );
  if (clash)
    throw new AppError('CONFLICT', `An attribute named "${clash.name}" already exists.`, {
      key: 'attributeExists',
      params: { name: clash.name },
    });
}

export const attributeOperations = {
  'attributes/create': unrecorded(NOT_IN_HISTORY, ({ name, type, choices }, session) => {
    const db = session.db();
    checkAttributeName(db, name);
    if (type === 'choice' && (choices ?? []).length === 0) {
      throw new AppError('INVALID_INPUT', 'A choice attribute needs at least one choice.', {
        key: 'choiceWithoutChoices',
      });
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
    if (!deleteAttribute(db, id))
      throw new AppError('NOT_FOUND', `There is no attribute with id ${id}.`, {
        key: 'attributeNotFound',
        params: { id },
      });
    return null;
  }),
} satisfies OperationGroup;
