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
  // Iterated, not .all(): an array of 400,000 row arrays, then mapped, took half again
  // the time (GC of the intermediate arrays).
  const bounds: SegmentBoundsRow[] = [];
  const rows = db.prepare('SELECT id, document_id, start, end FROM segments').raw().iterate();
  for (const [id, documentId, start, end] of rows as Iterable<[number, number, number, number]>)
    bounds.push({ id, documentId, start, end });
  const before = (x: SegmentBoundsRow, y: SegmentBoundsRow): number =>
    x.documentId - y.documentId || x.start - y.start || x.id - y.id;
  for (let i = 1; i < bounds.length; i++) {
    const previous = bounds[i - 1];
    const current = bounds[i];
    if (previous && current && before(previous, current) > 0) return bounds.sort(before);
  }
  return bounds;
}
