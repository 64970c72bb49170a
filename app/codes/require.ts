import { getCode, type CodeRow, type Db } from '../../db/index.ts';
import { AppError } from '../errors.ts';

/** The code with that id, or a NOT_FOUND error a researcher understands. */
export function requireCode(db: Db, id: number): CodeRow {
  const code = getCode(db, id);
  if (!code)
    throw new AppError('NOT_FOUND', `There is no code with id ${id} in this project.`, {
      key: 'codeNotFound',
      params: { id },
    });
  return code;
}
