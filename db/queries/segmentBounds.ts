import type { Db } from '../open.ts';
import { integerColumns } from './numberColumns.ts';

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
  // As columns, not a row array each (integerColumns, numberColumns.ts).
  const [ids = [], documentIds = [], starts = [], ends = []] = integerColumns(db, 'segments', [
    'id',
    'document_id',
    'start',
    'end',
  ]);
  const bounds: SegmentBoundsRow[] = new Array<SegmentBoundsRow>(ids.length);
  for (let index = 0; index < ids.length; index++) {
    bounds[index] = {
      id: ids[index] ?? 0,
      documentId: documentIds[index] ?? 0,
      start: starts[index] ?? 0,
      end: ends[index] ?? 0,
    };
  }
  const before = (x: SegmentBoundsRow, y: SegmentBoundsRow): number =>
    x.documentId - y.documentId || x.start - y.start || x.id - y.id;
  for (let i = 1; i < bounds.length; i++) {
    const previous = bounds[i - 1];
    const current = bounds[i];
    if (previous && current && before(previous, current) > 0) return bounds.sort(before);
  }
  return bounds;
}
