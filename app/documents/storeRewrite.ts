import {
  copyCodingToUnplaced,
  listCodes,
  listCodingsOfDocument,
  listStoredSegments,
  updateCodingRange,
  writeDocumentContent,
  type CodingRow,
  type Db,
  type DocumentRow,
} from '../../db/index.ts';
import type { ChangedCoding, ReanchorReport, UnplacedCoding } from '../contract/types.ts';
import type { ChangeSet } from '../history/changeSet.ts';
import { clearExampleReferences } from '../history/removal.ts';
import type { CodingOutcome, CodingSpan } from '../text/reanchor.ts';
import type { DocumentContent, SegmentPlace } from './rewriteDocument.ts';

/** A document as an edit finds it: its text, turns and codings. */
export interface DocumentState extends DocumentContent {
  readonly document: DocumentRow;
  readonly codings: readonly CodingRow[];
}

export function documentState(db: Db, document: DocumentRow): DocumentState {
  return {
    document,
    text: document.text,
    segments: listStoredSegments(db, document.id),
    codings: listCodingsOfDocument(db, document.id),
  };
}

export function codingSpans(codings: readonly CodingRow[]): CodingSpan[] {
  return codings.map(({ id, start, end, quote }) => ({ id, start, end, quote }));
}

/** The new text, turns and coding places, ready to store. */
export interface Rewrite {
  readonly text: string;
  readonly segments: readonly SegmentPlace[];
  readonly codings: readonly CodingOutcome[];
  readonly removed: number;
  readonly inserted: number;
}

/**
 * Stores a rewrite as rows of the caller's history event: the text and turns as one
 * 'document_contents' row, each coding that moved or changed, and each unplaced coding moved
 * into unplaced_codings (same id), so that undo restores all of it exactly.
 */
export function storeRewrite(db: Db, changes: ChangeSet, documentId: number, rewrite: Rewrite): void {
  changes.update('document_contents', documentId, () =>
    writeDocumentContent(db, documentId, rewrite.text, rewrite.segments),
  );
  const now = new Date().toISOString();
  for (const outcome of rewrite.codings) {
    if (outcome.status === 'kept') continue;
    const { id } = outcome.before;
    if (outcome.status === 'unplaced') {
      // A code's anchor example must be a placed coding; its memos stay, keyed by the same id.
      clearExampleReferences(db, changes, id);
      copyCodingToUnplaced(db, id, now);
      changes.inserted('unplaced_codings', id);
      changes.delete('codings', id);
    } else {
      const { start, end, quote } = outcome.after;
      changes.update('codings', id, () => updateCodingRange(db, id, start, end, quote));
    }
  }
}

/** What happened to the codings, with their codes and coders named, for the researcher. */
export function reanchorReport(db: Db, state: DocumentState, rewrite: Rewrite): ReanchorReport {
  const codeNames = new Map(listCodes(db).map((code) => [code.id, code.name]));
  const byId = new Map(state.codings.map((coding) => [coding.id, coding]));
  const now = new Date().toISOString();
  let kept = 0;
  let moved = 0;
  const changed: ChangedCoding[] = [];
  const unplaced: UnplacedCoding[] = [];
  for (const outcome of rewrite.codings) {
    const coding = byId.get(outcome.before.id);
    if (!coding) continue;
    const code = codeNames.get(coding.codeId) ?? '';
    if (outcome.status === 'kept') kept++;
    else if (outcome.status === 'moved') moved++;
    else if (outcome.status === 'changed') {
      const { start, end, quote } = outcome.after;
      changed.push({
        codingId: coding.id,
        code,
        coder: coding.coder,
        start,
        end,
        before: coding.quote,
        after: quote,
      });
    } else {
      unplaced.push({
        id: coding.id,
        documentId: state.document.id,
        code,
        codeId: coding.codeId,
        coder: coding.coder,
        start: coding.start,
        end: coding.end,
        quote: coding.quote,
        unplacedAt: now,
      });
    }
  }
  return {
    documentId: state.document.id,
    document: state.document.name,
    kept,
    moved,
    changed,
    unplaced,
    removedChars: rewrite.removed,
    insertedChars: rewrite.inserted,
    lengthBefore: state.text.length,
    lengthAfter: rewrite.text.length,
    segmentsBefore: state.segments.length,
    segmentsAfter: rewrite.segments.length,
  };
}
