import { getDocument, type Db } from '../../db/index.ts';
import { AppError } from '../errors.ts';

/** The document with that id, or a NOT_FOUND error a researcher understands. */
export function requireDocument(db: Db, id: number): NonNullable<ReturnType<typeof getDocument>> {
  const document = getDocument(db, id);
  if (!document)
    throw new AppError('NOT_FOUND', `There is no document with id ${id} in this project.`, {
      key: 'documentNotFound',
      params: { id },
    });
  return document;
}
