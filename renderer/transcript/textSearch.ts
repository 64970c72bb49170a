import type { CanonicalRange, SegmentSpan } from './offsets.ts';

/**
 * Accent- and case-insensitive search in a document's text. The text is folded unit by unit
 * (NFD, combining marks dropped, lower case) keeping, for each folded unit, the offset of
 * the original unit it came from, so a match maps back to exact canonical offsets.
 */
export function foldForSearch(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A surrogate pair stays whole (emoji, rare scripts): nothing to fold there.
    const isPair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
    const unit = isPair ? text.slice(index, index + 2) : text.charAt(index);
    const result = unit.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < result.length; k++) {
      folded += result.charAt(k);
      origin.push(index);
    }
    if (isPair) index++;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** Every occurrence of `query` in `text`, as canonical ranges, in order, not overlapping. */
export function findInText(text: string, query: string): CanonicalRange[] {
  const needle = foldForSearch(query.trim()).folded;
  if (needle === '') return [];
  const { folded, origin } = foldForSearch(text);
  const ranges: CanonicalRange[] = [];
  let from = 0;
  for (let at = folded.indexOf(needle, from); at >= 0; at = folded.indexOf(needle, from)) {
    const start = origin[at] ?? 0;
    // The end is just after the last original unit the match covers.
    const lastOrigin = origin[at + needle.length - 1] ?? start;
    const next =
      origin.find((value, index) => index >= at + needle.length && value > lastOrigin) ?? text.length;
    ranges.push({ start, end: Math.max(next, start + 1) });
    from = at + needle.length;
  }
  return ranges;
}

/** The turns (by index) a range touches, as one range from the first turn's start to the last one's end. */
export function wholeTurns(segments: readonly SegmentSpan[], range: CanonicalRange): CanonicalRange | null {
  const touched = segments.filter((segment) => segment.start < range.end && range.start < segment.end);
  const first = touched[0];
  const last = touched.at(-1);
  return first && last ? { start: first.start, end: last.end } : null;
}

/**
 * The next (or previous) coding after (or before) an offset, wrapping round: "jump between
 * codings of one code".
 */
export function adjacentRange<T extends CanonicalRange>(
  ranges: readonly T[],
  offset: number,
  direction: 1 | -1,
): T | null {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted.length === 0) return null;
  if (direction === 1) return sorted.find((range) => range.start > offset) ?? sorted[0] ?? null;
  return [...sorted].reverse().find((range) => range.start < offset) ?? sorted.at(-1) ?? null;
}
