import { randomUUID } from 'node:crypto';
import {
  insertAttribute,
  listAttributes,
  listAttributeValues,
  updateAttribute,
  type Db,
} from '../../db/index.ts';
import { AppError } from '../errors.ts';
import { mutation, type OperationGroup } from '../registration/registry.ts';
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

// An attribute is recorded whole (db/queries/wholeRows.ts 'attribute_whole': the row and every
// case's value of it), so deleting it is undone with all its values.
export const attributeOperations = {
  'attributes/create': mutation(
    { kind: 'attribute.create' },
    ({ name, type, choices }, { db, changes, describe }) => {
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
      changes.inserted('attribute_whole', id);
      describe({ key: 'attributeCreate', values: { name } });
      return requireAttribute(db, id);
    },
  ),
  'attributes/update': mutation(
    { kind: 'attribute.update' },
    ({ id, name, type, choices }, { db, changes, describe }) => {
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
      changes.update('attribute_whole', id, () =>
        updateAttribute(db, id, next.name, next.type, JSON.stringify(next.choices)),
      );
      describe(
        next.name !== current.name
          ? { key: 'attributeRename', values: { name: current.name, to: next.name } }
          : { key: 'attributeEdit', values: { name: current.name } },
      );
      return requireAttribute(db, id);
    },
  ),
  'attributes/delete': mutation({ kind: 'attribute.delete' }, ({ id }, { db, changes, describe }) => {
    const current = requireAttribute(db, id);
    changes.delete('attribute_whole', id);
    describe({ key: 'attributeDelete', values: { name: current.name } });
    return null;
  }),
} satisfies OperationGroup;
