import { randomUUID } from 'node:crypto';
import {
  childCodeIds,
  codeSubtreeIds,
  countCodingsOfCodes,
  getCoding,
  insertCode,
  listCodes,
  listCodingIdsOfCode,
  listUnplacedIdsOfCodes,
  setUnplacedCodingCode,
  memoIdsOfTarget,
  updateCode,
  updateCodingCode,
  updateMemoTarget,
  type Db,
} from '../../db/index.ts';
import type { HistoryPhrase } from '../contract/historyPhrases.ts';
import type { CodeDeletionPreview, MergePreview, MergeReport } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { ChangeSet } from '../history/changeSet.ts';
import { removeCodeLinks, removeCodes, removeCoding } from '../history/removal.ts';
import { mutation, read, type OperationGroup } from '../registration/registry.ts';
import { paletteColor } from './colors.ts';
import { createCode, ensureNameFree } from './createCode.ts';
import { planCodeMerge } from './mergePlan.ts';
import { requireCode } from './require.ts';

function deletionPreview(db: Db, id: number): CodeDeletionPreview {
  requireCode(db, id);
  const codeIds = codeSubtreeIds(db, id);
  return { codeIds, codeCount: codeIds.length, codingCount: countCodingsOfCodes(db, codeIds) };
}

function ensureNotInside(db: Db, id: number, parentId: number | null): void {
  if (parentId !== null && codeSubtreeIds(db, id).includes(parentId)) {
    throw new AppError('CONFLICT', 'A code cannot be nested inside itself or one of its own sub-codes.', {
      key: 'codeInsideItself',
    });
  }
}

/** Places a code under `parentId` at position `index` among its new siblings. */
function moveCode(db: Db, changes: ChangeSet, id: number, parentId: number | null, index: number): void {
  const siblings = listCodes(db)
    .filter((code) => code.parentId === parentId && code.id !== id)
    .sort((x, y) => x.sortOrder - y.sortOrder || x.name.localeCompare(y.name));
  const order = [...siblings.map((code) => code.id)];
  order.splice(Math.min(index, order.length), 0, id);
  changes.update('codes', id, () => updateCode(db, id, { parentId }));
  order.forEach((codeId, position) => {
    changes.update('codes', codeId, () => updateCode(db, codeId, { sortOrder: position }));
  });
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
      throw new AppError('NOT_FOUND', `There is no coding with id ${exampleCodingId} to use as an example.`, {
        key: 'codingNotFound',
        params: { id: exampleCodingId },
      });
    }
    if (parentId !== undefined && parentId !== null) {
      requireCode(db, parentId);
      if (codeSubtreeIds(db, id).includes(parentId)) {
        throw new AppError('CONFLICT', 'A code cannot be nested inside itself or one of its own sub-codes.', {
          key: 'codeInsideItself',
        });
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

  // Restructuring the codebook: move, merge, split.
  'codes/move': mutation({ kind: 'code.move' }, ({ id, parentId, index }, { db, changes, describe }) => {
    const code = requireCode(db, id);
    if (parentId !== null) requireCode(db, parentId);
    ensureNotInside(db, id, parentId);
    moveCode(db, changes, id, parentId, index);
    describe({ key: 'codeMove', values: { name: code.name } });
    return requireCode(db, id);
  }),

  // Codings move to the target; a source coding on exactly the range of a target coding by
  // the same coder is a duplicate and is removed. Sub-codes and memos move too.
  'codes/mergePreview': read(({ sourceId, targetId }, session): MergePreview => {
    const { moved, collapsed } = planCodeMerge(session.db(), sourceId, targetId);
    return { movedCodings: moved.length, collapsedDuplicates: collapsed.length };
  }),
  'codes/merge': mutation(
    { kind: 'code.merge' },
    ({ sourceId, targetId }, { db, changes, describe }): MergeReport => {
      const { source, target, moved, collapsed } = planCodeMerge(db, sourceId, targetId);
      for (const codingId of collapsed) removeCoding(db, changes, codingId);
      for (const codingId of moved)
        changes.update('codings', codingId, () => updateCodingCode(db, codingId, targetId));
      for (const id of listUnplacedIdsOfCodes(db, [sourceId])) {
        changes.update('unplaced_codings', id, () => setUnplacedCodingCode(db, id, targetId));
      }
      for (const childId of childCodeIds(db, sourceId)) {
        changes.update('codes', childId, () => updateCode(db, childId, { parentId: targetId }));
      }
      for (const memoId of memoIdsOfTarget(db, 'code', sourceId)) {
        changes.update('memos', memoId, () => updateMemoTarget(db, memoId, targetId));
      }
      // Re-read: the source's example may have been a duplicate removed above.
      const example = requireCode(db, sourceId).exampleCodingId;
      if (target.exampleCodingId === null && example !== null) {
        changes.update('codes', targetId, () => updateCode(db, targetId, { exampleCodingId: example }));
      }
      removeCodeLinks(db, changes, [sourceId]);
      changes.delete('codes', sourceId);
      describe(
        { key: 'codeMerge', values: { name: source.name, to: target.name } },
        { meta: { sourceGuid: source.guid, targetGuid: target.guid } },
      );
      return {
        target: requireCode(db, targetId),
        movedCodings: moved.length,
        collapsedDuplicates: collapsed.length,
      };
    },
  ),

  // The new code is a sibling of the original, so the split reads as a refinement.
  'codes/split': mutation(
    { kind: 'code.split' },
    ({ codeId, codingIds, newName }, { db, changes, describe }) => {
      const code = requireCode(db, codeId);
      const own = new Set(listCodingIdsOfCode(db, codeId));
      const foreign = codingIds.filter((id) => !own.has(id));
      if (foreign.length > 0) {
        throw new AppError(
          'INVALID_INPUT',
          `Codings ${foreign.join(', ')} are not codings of «${code.name}».`,
          { key: 'notCodingsOfCode', params: { name: code.name } },
        );
      }
      const existing = listCodes(db);
      if (existing.some((other) => other.name.toLowerCase() === newName.toLowerCase())) {
        throw new AppError('CONFLICT', `A code named "${newName}" already exists.`, {
          key: 'codeExists',
          params: { name: newName },
        });
      }
      const newId = insertCode(db, {
        guid: randomUUID(),
        name: newName,
        color: paletteColor(existing.length),
        parentId: code.parentId,
        createdAt: new Date().toISOString(),
      });
      changes.inserted('codes', newId);
      for (const codingId of codingIds) {
        changes.update('codings', codingId, () => updateCodingCode(db, codingId, newId));
      }
      describe(
        { key: 'codeSplit', values: { count: codingIds.length, name: code.name, to: newName } },
        { meta: { sourceGuid: code.guid, newGuid: requireCode(db, newId).guid } },
      );
      return requireCode(db, newId);
    },
  ),
} satisfies OperationGroup;
