import {
  codeIdsWithExample,
  getCoding,
  listCodingIdsOfCodes,
  listCodingsOfDocument,
  listUnplacedCodings,
  listUnplacedIdsOfCodes,
  memoIdsOfTarget,
  removeSetMembers,
  setIdsHoldingAny,
  summaryIdsOfCodes,
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
  targetKind: 'document' | 'code' | 'coding' | 'summary',
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

/**
 * What a code's deletion would take by cascade, recorded: its place in code groups and the
 * summaries written about it (memos.code_id). Call before deleting the codes.
 */
export function removeCodeLinks(db: Db, changes: ChangeSet, codeIds: readonly number[]): void {
  for (const groupId of setIdsHoldingAny(db, 'code', codeIds)) {
    changes.update('code_group_whole', groupId, () => removeSetMembers(db, 'code', groupId, codeIds));
  }
  for (const id of summaryIdsOfCodes(db, codeIds)) changes.delete('memos', id);
}

/** Removes codes (given root first, as codeSubtreeIds returns them) with their codings and memos. */
export function removeCodes(db: Db, changes: ChangeSet, codeIdsRootFirst: readonly number[]): void {
  for (const codingId of listCodingIdsOfCodes(db, codeIdsRootFirst)) removeCoding(db, changes, codingId);
  // Codings an edit left without text belong to their code too (undo brings them back).
  for (const id of listUnplacedIdsOfCodes(db, codeIdsRootFirst)) changes.delete('unplaced_codings', id);
  removeCodeLinks(db, changes, codeIdsRootFirst);
  for (const codeId of [...codeIdsRootFirst].reverse()) {
    removeMemosOf(db, changes, 'code', codeId);
    changes.delete('codes', codeId);
  }
}

/** The kind of a document's deletion, whose event keeps the whole transcript for undo. */
export const DOCUMENT_DELETION = 'document.delete';

/**
 * Removes a document with everything on it: its codings (with their memos and the anchor
 * examples they are), its unplaced codings (and their memos, which keep the coding's id),
 * the memos on the document, then the document whole: its text, segments, search index and
 * case and set memberships (db/queries/wholeRows.ts). Undo puts it all back, same ids.
 */
export function removeDocument(db: Db, changes: ChangeSet, documentId: number): void {
  for (const { id } of listCodingsOfDocument(db, documentId)) removeCoding(db, changes, id);
  for (const { id } of listUnplacedCodings(db, documentId)) {
    // A coding made since may have taken the id: its memos are not this one's.
    if (!getCoding(db, id)) removeMemosOf(db, changes, 'coding', id);
    changes.delete('unplaced_codings', id);
  }
  removeMemosOf(db, changes, 'document', documentId);
  changes.delete('document_whole', documentId);
}

/** Removes a case with its documents' links, its attribute values and its summaries. */
export function removeCase(db: Db, changes: ChangeSet, caseId: number): void {
  // A summary names its case by id only: left behind, it would show on a later case given that id.
  removeMemosOf(db, changes, 'summary', caseId);
  changes.delete('case_whole', caseId);
}
