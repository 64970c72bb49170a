import { createHash } from 'node:crypto';
import type { Db } from '../open.ts';
import type { RawRow } from './rows.ts';

// A document's text with its turns, as one undoable row (db/queries/rows.ts
// 'document_contents'): an edit or an update of the text (issue 16) records it before and
// after, so undo restores the text, the segments (ids included) and the search index exactly.

export interface StoredSegment {
  readonly id: number;
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

/** A turn to store: `id` null for a new segment. */
export interface SegmentToStore {
  readonly id: number | null;
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

export function listStoredSegments(db: Db, documentId: number): StoredSegment[] {
  return db
    .prepare(
      'SELECT id, ordinal, start, end, speaker, timestamp FROM segments WHERE document_id = ? ORDER BY ordinal',
    )
    .all(documentId) as StoredSegment[];
}

export function readDocumentContent(db: Db, id: number): RawRow | undefined {
  const row = db.prepare('SELECT id, text, checksum FROM documents WHERE id = ?').get(id) as
    { id: number; text: string; checksum: string } | undefined;
  return row && { ...row, segments: JSON.stringify(listStoredSegments(db, id)) };
}

/**
 * Replaces a document's text and all its segments, re-indexing each for full-text search;
 * a segment keeps the id it is given (the search index's rowid), a new one gets the next.
 */
export function writeDocumentContent(
  db: Db,
  documentId: number,
  text: string,
  segments: readonly SegmentToStore[],
): void {
  db.prepare('UPDATE documents SET text = ?, checksum = ? WHERE id = ?').run(
    text,
    createHash('sha256').update(text).digest('hex'),
    documentId,
  );
  // The delete trigger of migration 004 takes each segment out of the search index.
  db.prepare('DELETE FROM segments WHERE document_id = ?').run(documentId);
  const insert = db.prepare(
    'INSERT INTO segments (id, document_id, ordinal, start, end, speaker, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const index = db.prepare('INSERT INTO segments_fts (rowid, text) VALUES (?, ?)');
  // Kept ids first: a new segment takes the rowid after the highest, which must not be one
  // of this document's segments still to insert.
  const order = segments
    .map((segment, ordinal) => ({ segment, ordinal }))
    .sort((a, b) => Number(a.segment.id === null) - Number(b.segment.id === null));
  order.forEach(({ segment, ordinal }) => {
    const id = insert.run(
      segment.id,
      documentId,
      ordinal,
      segment.start,
      segment.end,
      segment.speaker,
      segment.timestamp,
    ).lastInsertRowid;
    index.run(id, text.slice(segment.start, segment.end));
  });
}

/** Writes back a row read by readDocumentContent (undo and redo). */
export function replaceDocumentContent(db: Db, row: RawRow): void {
  const segments = JSON.parse(String(row.segments)) as StoredSegment[];
  writeDocumentContent(db, Number(row.id), String(row.text), segments);
}
