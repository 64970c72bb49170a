import type { Db } from '../open.ts';

/** Marks put around matched tokens by FTS5's highlight(); never present in transcripts. */
export const MATCH_OPEN = '\u0001';
export const MATCH_CLOSE = '\u0002';

export interface SegmentHitRow {
  readonly segmentId: number;
  readonly documentId: number;
  readonly documentName: string;
  readonly ordinal: number;
  readonly start: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
  /** The segment's text with MATCH_OPEN/MATCH_CLOSE around each matched token. */
  readonly marked: string;
}

/**
 * Full-text search over segments. `query` is FTS5 syntax (phrases, prefix*, AND/OR/NOT,
 * NEAR); the index folds case and diacritics. Throws SQLite's error on a malformed query.
 */
export function searchSegments(db: Db, query: string, limit: number): SegmentHitRow[] {
  return db
    .prepare(
      `SELECT s.id AS segmentId, s.document_id AS documentId, d.name AS documentName, s.ordinal, s.start,
              s.speaker, s.timestamp, highlight(segments_fts, 0, ?, ?) AS marked
       FROM segments_fts JOIN segments s ON s.id = segments_fts.rowid JOIN documents d ON d.id = s.document_id
       WHERE segments_fts MATCH ?
       ORDER BY d.name COLLATE NOCASE, d.id, s.ordinal
       LIMIT ?`,
    )
    .all(MATCH_OPEN, MATCH_CLOSE, query, limit) as SegmentHitRow[];
}
