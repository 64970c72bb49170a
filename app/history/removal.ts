import {
  codeIdsWithExample,
  listCodingIdsOfCodes,
  listUnplacedIdsOfCodes,
  memoIdsOfTarget,
  updateCode,
  type Db,
} from '../../db/index.ts';
import type { ChangeSet } from './changeSet.ts';

/**
 * Deletions that reach other rows go through here, so that every row they touch is in the
 * change set (and comes back on undo) instead of vanishing by ON DELETE CASCADE / SET NULL.
 */

export function removeMemosOf(
  db: Db,
  changes: ChangeSet,
  targetKind: 'code' | 'coding',
  targetId: number,
): void {
  for (const memoId of memoIdsOfTarget(db, targetKind, targetId)) changes.delete('memos', memoId);
}

/** A code whose anchor example is this coding loses it (recorded, so undo gives it back). */
export function clearExampleReferences(db: Db, changes: ChangeSet, codingId: number): void {
  for (const id of codeIdsWithExample(db, codingId)) {
    changes.update('codes', id, () => updateCode(db, id, { exampleCodingId: null }));
  }
}

export function removeCoding(db: Db, changes: ChangeSet, codingId: number): void {
  clearExampleReferences(db, changes, codingId);
  removeMemosOf(db, changes, 'coding', codingId);
  changes.delete('codings', codingId);
}

/** Removes codes (given root first, as codeSubtreeIds returns them) with their codings and memos. */
export function removeCodes(db: Db, changes: ChangeSet, codeIdsRootFirst: readonly number[]): void {
  for (const codingId of listCodingIdsOfCodes(db, codeIdsRootFirst)) removeCoding(db, changes, codingId);
  // Codings an edit left without text belong to their code too (undo brings them back).
  for (const id of listUnplacedIdsOfCodes(db, codeIdsRootFirst)) changes.delete('unplaced_codings', id);
  for (const codeId of [...codeIdsRootFirst].reverse()) {
    removeMemosOf(db, changes, 'code', codeId);
    changes.delete('codes', codeId);
  }
}
