import { randomUUID } from 'node:crypto';
import {
  codeSubtreeIds,
  countCodes,
  countCodingsOfCodes,
  deleteCode,
  findCodeByName,
  getCode,
  insertCode,
  listCodes,
  updateCode,
  type CodeRow,
  type Db,
} from '../../db/index.ts';
import type { CodeDeletionPreview } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { paletteColor } from './colors.ts';
import type { HandlerGroup } from './registry.ts';

export function requireCode(db: Db, id: number): CodeRow {
  const code = getCode(db, id);
  if (!code) throw new AppError('NOT_FOUND', `There is no code with id ${id} in this project.`);
  return code;
}

function ensureNameFree(db: Db, name: string, exceptId?: number): void {
  const existing = findCodeByName(db, name);
  if (existing && existing.id !== exceptId) {
    throw new AppError('CONFLICT', `A code named "${existing.name}" already exists.`);
  }
}

/** Creates a code; the caller owns the transaction. */
export function createCode(db: Db, name: string, parentId: number | null, color?: string): CodeRow {
  ensureNameFree(db, name);
  if (parentId !== null) requireCode(db, parentId);
  const id = insertCode(db, {
    guid: randomUUID(),
    name,
    color: color ?? paletteColor(countCodes(db)),
    parentId,
    createdAt: new Date().toISOString(),
  });
  return requireCode(db, id);
}

/** The code with that name, created (with the next palette colour) when absent. */
export function findOrCreateCode(db: Db, name: string): CodeRow {
  return findCodeByName(db, name.trim()) ?? createCode(db, name.trim(), null);
}

function deletionPreview(db: Db, id: number): CodeDeletionPreview {
  requireCode(db, id);
  const codeIds = codeSubtreeIds(db, id);
  return { codeIds, codeCount: codeIds.length, codingCount: countCodingsOfCodes(db, codeIds) };
}

export const codeHandlers: HandlerGroup = {
  'codes/list': (_input, session) => listCodes(session.db()),
  'codes/create': ({ name, parentId, color }, session) => {
    const db = session.db();
    return db.transaction(() => createCode(db, name, parentId ?? null, color))();
  },
  'codes/update': ({ id, name, color, parentId, description }, session) => {
    const db = session.db();
    return db.transaction(() => {
      requireCode(db, id);
      if (name !== undefined) ensureNameFree(db, name, id);
      if (parentId !== undefined && parentId !== null) {
        requireCode(db, parentId);
        if (codeSubtreeIds(db, id).includes(parentId)) {
          throw new AppError(
            'CONFLICT',
            'A code cannot be nested inside itself or one of its own sub-codes.',
          );
        }
      }
      updateCode(db, id, { name, color, parentId, description });
      return requireCode(db, id);
    })();
  },
  'codes/deletePreview': ({ id }, session) => deletionPreview(session.db(), id),
  'codes/delete': ({ id }, session) => {
    const db = session.db();
    return db.transaction(() => {
      const preview = deletionPreview(db, id);
      deleteCode(db, id);
      return preview;
    })();
  },
};
