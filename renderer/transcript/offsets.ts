/**
 * Pure offset arithmetic between the transcript view and canonical text. The canonical text
 * is the segments' texts joined by "\n\n"; the view renders each segment separately and does
 * not render the separator. Offsets are UTF-16 code units, half-open [start, end).
 */

export interface SegmentSpan {
  readonly start: number;
  readonly end: number;
}

export interface CanonicalRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Which side of a boundary an offset belongs to: a range's start ('start') belongs to what
 * follows it, a range's end ('end') to what precedes it. This keeps the unrendered separator
 * out of both ends of a range.
 */
export type Bias = 'start' | 'end';

/** Canonical offset of a point `local` units into `segment`, clamped to the segment. */
export function canonicalOffset(segment: SegmentSpan, local: number): number {
  return segment.start + Math.max(0, Math.min(local, segment.end - segment.start));
}

/**
 * Units before a point inside a segment whose rendered pieces (text runs, line breaks = 1)
 * have the given lengths; the point is `offsetInPiece` units into piece `pieceIndex`.
 */
export function localOffset(
  pieceLengths: readonly number[],
  pieceIndex: number,
  offsetInPiece: number,
): number {
  let total = 0;
  for (let i = 0; i < pieceIndex && i < pieceLengths.length; i++) total += pieceLengths[i] ?? 0;
  const own = pieceLengths[pieceIndex] ?? 0;
  return total + Math.max(0, Math.min(offsetInPiece, own));
}

/** The first index in [0, count) where `after(index)` holds (count when none): binary search. */
function firstWhere(count: number, after: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (after(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The segment (by index) and local offset where a canonical offset is shown. Segments are in
 * text order, so this is a binary search: painting a long transcript asks it thousands of times.
 */
export function locateInSegments(
  segments: readonly SegmentSpan[],
  offset: number,
  bias: Bias,
): { index: number; local: number } | null {
  if (segments.length === 0) return null;
  if (bias === 'start') {
    // The first segment that has not ended before the offset (separator → next segment).
    const found = firstWhere(segments.length, (i) => offset < (segments[i]?.end ?? 0));
    const index = Math.min(found, segments.length - 1);
    const segment = segments[index];
    if (!segment) return null;
    return { index, local: Math.max(0, Math.min(offset, segment.end) - segment.start) };
  }
  // The last segment that has started before the offset (separator → previous segment's end).
  const index = Math.max(0, firstWhere(segments.length, (i) => offset <= (segments[i]?.start ?? 0)) - 1);
  const segment = segments[index];
  if (!segment || (index === 0 && offset < segment.start)) return { index: 0, local: 0 };
  return { index, local: Math.min(offset, segment.end) - segment.start };
}

/**
 * The piece a local offset falls in. At a boundary between two pieces, 'start' picks the
 * beginning of the next piece and 'end' the end of the previous one.
 */
export function locateInPieces(
  pieceLengths: readonly number[],
  local: number,
  bias: Bias,
): { index: number; offset: number } | null {
  if (pieceLengths.length === 0) return null;
  let before = 0;
  for (let i = 0; i < pieceLengths.length; i++) {
    const length = pieceLengths[i] ?? 0;
    const inside = bias === 'start' ? local < before + length : local <= before + length;
    if (inside && local >= before) return { index: i, offset: local - before };
    before += length;
  }
  const last = pieceLengths.length - 1;
  return { index: last, offset: pieceLengths[last] ?? 0 };
}

/** A range from two points in either order; null when empty. */
export function orderedRange(a: number, b: number): CanonicalRange | null {
  const start = Math.min(a, b);
  const end = Math.max(a, b);
  return start < end ? { start, end } : null;
}

/** The whole text of segments first..last (inclusive, indices in either order). */
export function segmentsRange(
  segments: readonly SegmentSpan[],
  first: number,
  last: number,
): CanonicalRange | null {
  const a = segments[Math.min(first, last)];
  const b = segments[Math.max(first, last)];
  return a && b ? orderedRange(a.start, b.end) : null;
}

/** Codings that contain the offset (a click inside a coded passage). */
export function codingsContaining<T extends CanonicalRange>(codings: readonly T[], offset: number): T[] {
  return codings.filter((coding) => coding.start <= offset && offset < coding.end);
}

/** Codings that share at least one character with the range. */
export function codingsOverlapping<T extends CanonicalRange>(
  codings: readonly T[],
  range: CanonicalRange,
): T[] {
  return codings.filter((coding) => coding.start < range.end && range.start < coding.end);
}
