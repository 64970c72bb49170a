import { randomUUID } from 'node:crypto';
import {
  codeSubtreeIds,
  countCodes,
  countCodingsOfCodes,
  findCodeByName,
  getCoding,
  getCode,
  insertCode,
  listCodes,
  updateCode,
  type CodeRow,
  type Db,
} from '../../db/index.ts';
import type { HistoryPhrase } from '../contract/historyPhrases.ts';
import type { CodeDeletionPreview } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { ChangeSet } from '../history/changeSet.ts';
import { removeCodes } from '../history/removal.ts';
import { paletteColor } from './colors.ts';
import { mutation, read, type OperationGroup } from './registry.ts';

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

function deletionPreview(db: Db, id: number): CodeDeletionPreview {
  requireCode(db, id);
  const codeIds = codeSubtreeIds(db, id);
  return { codeIds, codeCount: codeIds.length, codingCount: countCodingsOfCodes(db, codeIds) };
}

export const codeOperations = {
  'codes/list': read((_input, session) => listCodes(session.db())),
  'codes/create': mutation(
    { kind: 'code.create' },
    ({ name, parentId, color }, { db, changes, describe }) => {
      const code = createCode(db, changes, name, parentId ?? null, color);
      describe({ key: 'codeCreate', values: { name } });
      return code;
    },
  ),
  'codes/update': mutation({ kind: 'code.update' }, (input, { db, changes, describe }) => {
    const { id, name, parentId, exampleCodingId } = input;
    requireCode(db, id);
    if (name !== undefined) ensureNameFree(db, name, id);
    if (exampleCodingId !== undefined && exampleCodingId !== null && !getCoding(db, exampleCodingId)) {
      throw new AppError('NOT_FOUND', `There is no coding with id ${exampleCodingId} to use as an example.`);
    }
    if (parentId !== undefined && parentId !== null) {
      requireCode(db, parentId);
      if (codeSubtreeIds(db, id).includes(parentId)) {
        throw new AppError('CONFLICT', 'A code cannot be nested inside itself or one of its own sub-codes.');
      }
    }
    const before = requireCode(db, id);
    changes.update('codes', id, () => updateCode(db, id, input));
    const phrase: HistoryPhrase =
      name !== undefined && name !== before.name
        ? { key: 'codeRename', values: { name: before.name, to: name } }
        : parentId !== undefined && parentId !== before.parentId
          ? { key: 'codeMove', values: { name: before.name } }
          : { key: 'codeEdit', values: { name: before.name } };
    describe(phrase);
    return requireCode(db, id);
  }),
  'codes/deletePreview': read(({ id }, session) => deletionPreview(session.db(), id)),
  'codes/delete': mutation({ kind: 'code.delete' }, ({ id }, { db, changes, describe }) => {
    const preview = deletionPreview(db, id);
    describe({ key: 'codeDelete', values: { name: requireCode(db, id).name } });
    removeCodes(db, changes, preview.codeIds);
    return preview;
  }),
} satisfies OperationGroup;
