import { getCoding, type CodingRow, type Db } from '../../db/index.ts';
import type { Coding } from '../contract/types.ts';
import { AppError } from '../errors.ts';

/** The coding with that id, or a NOT_FOUND error a researcher understands. */
export function requireCoding(db: Db, id: number): CodingRow {
  const coding = getCoding(db, id);
  if (!coding)
    throw new AppError('NOT_FOUND', `There is no coding with id ${id} in this project.`, {
      key: 'codingNotFound',
      params: { id },
    });
  return coding;
}

/** The contract's view of a coding row. */
export function toCoding(row: CodingRow): Coding {
  const { id, documentId, codeId, coder, start, end, quote } = row;
  return { id, documentId, codeId, coder, start, end, quote };
}
