import { randomUUID } from 'node:crypto';
import { countCodes, findCodeByName, insertCode, type CodeRow, type Db } from '../../db/index.ts';
import { AppError } from '../errors.ts';
import type { ChangeSet } from '../history/changeSet.ts';
import { paletteColor } from './colors.ts';
import { requireCode } from './require.ts';

export function ensureNameFree(db: Db, name: string, exceptId?: number): void {
  const existing = findCodeByName(db, name);
  if (existing && existing.id !== exceptId) {
    throw new AppError('CONFLICT', `A code named "${existing.name}" already exists.`, {
      key: 'codeExists',
      params: { name: existing.name },
    });
  }
}

/** Creates a code, noting it in `changes`; the caller owns the transaction. */
export function createCode(
  db: Db,
  changes: ChangeSet,
  name: string,
  parentId: number | null,
  color?: string,
): CodeRow {
  ensureNameFree(db, name);
  if (parentId !== null) requireCode(db, parentId);
  const id = insertCode(db, {
    guid: randomUUID(),
    name,
    color: color ?? paletteColor(countCodes(db)),
    parentId,
    createdAt: new Date().toISOString(),
  });
  changes.inserted('codes', id);
  return requireCode(db, id);
}

/** The code with that name, created (with the next palette colour) when absent. */
export function findOrCreateCode(db: Db, changes: ChangeSet, name: string): CodeRow {
  return findCodeByName(db, name.trim()) ?? createCode(db, changes, name.trim(), null);
}
