import { listAttributes, type Db } from '../../db/index.ts';
import type { Attribute } from '../contract/types.ts';
import { toAttribute } from '../cases/casesTable.ts';
import { AppError } from '../errors.ts';

/** The attribute with that id, or a NOT_FOUND error a researcher understands. */
export function requireAttribute(db: Db, id: number): Attribute {
  const found = listAttributes(db).find((row) => row.id === id);
  if (!found)
    throw new AppError('NOT_FOUND', `There is no attribute with id ${id} in this project.`, {
      key: 'attributeNotFound',
      params: { id },
    });
  return toAttribute(found);
}
