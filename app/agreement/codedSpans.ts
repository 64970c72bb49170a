/** What the agreement computations read: codings, documents and their segments. */

export type { AgreementUnit } from '../contract/enums.ts';

/** One coding of the chosen coders (offsets are UTF-16 code units, half-open). */
export interface CodedSpan {
  readonly id: number;
  readonly documentId: number;
  readonly codeId: number;
  readonly coder: string;
  readonly start: number;
  readonly end: number;
}

export interface Interval {
  readonly start: number;
  readonly end: number;
}

export interface UnitDocument {
  readonly id: number;
  readonly length: number;
  /** Segments (speaker turns or paragraphs) sorted by start; they do not overlap. */
  readonly segments: readonly Interval[];
}

/** The segment units of a document; a document without segments is one segment. */
export function segmentUnits(document: UnitDocument): readonly Interval[] {
  return document.segments.length > 0 ? document.segments : [{ start: 0, end: document.length }];
}

/** In intervals sorted by start that do not overlap: the index of the first ending after `start`. */
export function firstEndingAfter(intervals: readonly Interval[], start: number): number {
  let low = 0;
  let high = intervals.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((intervals[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Indexes of the segments a range overlaps (start < segment.end and segment.start < end). */
export function overlappedSegments(segments: readonly Interval[], start: number, end: number): number[] {
  const hit: number[] = [];
  for (let index = firstEndingAfter(segments, start); index < segments.length; index++) {
    const segment = segments[index];
    if (!segment || segment.start >= end) break;
    hit.push(index);
  }
  return hit;
}

/** The union of ranges as sorted, disjoint intervals; touching ranges are joined. */
export function unionOf(ranges: readonly Interval[]): Interval[] {
  const sorted = [...ranges].filter((range) => range.end > range.start).sort((x, y) => x.start - y.start);
  const union: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = union[union.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else union.push({ start: range.start, end: range.end });
  }
  return union;
}
