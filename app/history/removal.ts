import { readRows, type Db } from '../../db/index.ts';
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
  for (const memo of readRows(db, 'memos', 'target_kind = ? AND target_id = ?', targetKind, targetId)) {
    changes.delete('memos', Number(memo.id));
  }
}

function clearExampleReferences(db: Db, changes: ChangeSet, codingId: number): void {
  for (const code of readRows(db, 'codes', 'example_coding_id = ?', codingId)) {
    const id = Number(code.id);
    changes.update('codes', id, () => {
      db.prepare('UPDATE codes SET example_coding_id = NULL WHERE id = ?').run(id);
    });
  }
}

export function removeCoding(db: Db, changes: ChangeSet, codingId: number): void {
  clearExampleReferences(db, changes, codingId);
  removeMemosOf(db, changes, 'coding', codingId);
  changes.delete('codings', codingId);
}

/** Removes codes (given root first, as codeSubtreeIds returns them) with their codings and memos. */
export function removeCodes(db: Db, changes: ChangeSet, codeIdsRootFirst: readonly number[]): void {
  if (codeIdsRootFirst.length === 0) return;
  const placeholders = codeIdsRootFirst.map(() => '?').join(',');
  for (const coding of readRows(db, 'codings', `code_id IN (${placeholders})`, ...codeIdsRootFirst)) {
    removeCoding(db, changes, Number(coding.id));
  }
  for (const codeId of [...codeIdsRootFirst].reverse()) {
    removeMemosOf(db, changes, 'code', codeId);
    changes.delete('codes', codeId);
  }
}
