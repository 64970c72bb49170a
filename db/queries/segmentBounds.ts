import type { Db } from '../open.ts';

/** Where a segment lies: what the segment scope of co-occurrence reads of each segment. */
export interface SegmentBoundsRow {
  readonly id: number;
  readonly documentId: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Every segment's bounds, by document then start (then id, as the index orders ties).
 * Read in table order and sorted here only if needed (they are stored in that order when
 * imported): walking the index instead, or reading the speakers, costs a third more on
 * 400,000 segments.
 */
export function listSegmentBounds(db: Db): SegmentBoundsRow[] {
  const rows = db.prepare('SELECT id, document_id, start, end FROM segments').raw().all() as [
    number,
    number,
    number,
    number,
  ][];
  const bounds = rows.map(([id, documentId, start, end]) => ({ id, documentId, start, end }));
  const before = (x: SegmentBoundsRow, y: SegmentBoundsRow): number =>
    x.documentId - y.documentId || x.start - y.start || x.id - y.id;
  for (let i = 1; i < bounds.length; i++) {
    const previous = bounds[i - 1];
    const current = bounds[i];
    if (previous && current && before(previous, current) > 0) return bounds.sort(before);
  }
  return bounds;
}
