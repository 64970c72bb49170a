import type { CanonicalRange } from './offsets.ts';

export type Boundary = 'start' | 'end';

/**
 * A coding's range with one boundary moved, kept valid: at least one character long and
 * inside the text. A boundary dragged past the other one stops there.
 */
export function moveBoundary(
  range: CanonicalRange,
  boundary: Boundary,
  to: number,
  textLength: number,
): CanonicalRange {
  const clamped = Math.max(0, Math.min(textLength, to));
  return boundary === 'start'
    ? { start: Math.min(clamped, range.end - 1), end: range.end }
    : { start: range.start, end: Math.max(clamped, range.start + 1) };
}

/**
 * Where a boundary lands on Ctrl+arrow: a start moves to the start of the next (previous)
 * word, an end to the end of the next (previous) word, so a coding keeps whole words.
 */
export function wordBoundary(
  text: string,
  offset: number,
  direction: 1 | -1,
  boundary: Boundary = 'end',
): number {
  const isWord = (index: number): boolean => /[\p{L}\p{N}'’-]/u.test(text.charAt(index));
  let index = offset;
  if (direction === 1 && boundary === 'end') {
    while (index < text.length && !isWord(index)) index++;
    while (index < text.length && isWord(index)) index++;
  } else if (direction === 1) {
    while (index < text.length && isWord(index)) index++;
    while (index < text.length && !isWord(index)) index++;
  } else if (boundary === 'start') {
    while (index > 0 && !isWord(index - 1)) index--;
    while (index > 0 && isWord(index - 1)) index--;
  } else {
    while (index > 0 && isWord(index - 1)) index--;
    while (index > 0 && !isWord(index - 1)) index--;
  }
  return index;
}
