/**
 * Offsets in Verbatim are UTF-16 code units of a document's canonical text, half-open
 * [start, end): what JavaScript strings, the DOM and Lexical count. REFI-QDA counts
 * Unicode code points; convert only at that boundary with the helpers below.
 */

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` is a boundary between code points of `text` (0 and length included). */
export function isCodePointBoundary(text: string, offset: number): boolean {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return false;
  if (offset === 0 || offset === text.length) return true;
  return !(isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset)));
}

export type RangeProblem = 'not-integer' | 'empty' | 'out-of-range' | 'inside-surrogate-pair';

/** Checks a coding range against a text; returns null when it is valid. */
export function checkRange(text: string, start: number, end: number): RangeProblem | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'not-integer';
  if (start < 0 || end > text.length) return 'out-of-range';
  if (start >= end) return 'empty';
  if (!isCodePointBoundary(text, start) || !isCodePointBoundary(text, end)) return 'inside-surrogate-pair';
  return null;
}

export function describeRangeProblem(
  problem: RangeProblem,
  start: number,
  end: number,
  length: number,
): string {
  switch (problem) {
    case 'not-integer':
      return `Offsets must be whole numbers (got ${start}, ${end}).`;
    case 'empty':
      return `The range [${start}, ${end}) is empty: start must be before end.`;
    case 'out-of-range':
      return `The range [${start}, ${end}) is outside the document (length ${length}).`;
    case 'inside-surrogate-pair':
      return `The range [${start}, ${end}) cuts a character in half (inside a surrogate pair).`;
  }
}

/** UTF-16 offset to code-point offset. The offset must be a code-point boundary. */
export function utf16ToCodePoint(text: string, offset: number): number {
  let codePoints = 0;
  for (let i = 0; i < offset; i++) {
    codePoints++;
    // A surrogate pair is one code point: skip its second half.
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return codePoints;
}

/**
 * utf16ToCodePoint for many offsets of one text: the count before each UTF-16 offset,
 * computed once (an export converts two offsets per coding; walking the text each time was
 * quadratic, 15 s for 100,000 codings).
 */
export function codePointCounter(text: string): (utf16: number) => number {
  const before = new Uint32Array(text.length + 1);
  for (let index = 0; index < text.length; index++) {
    const second =
      index > 0 && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1));
    before[index + 1] = (before[index] ?? 0) + (second ? 0 : 1);
  }
  return (utf16) => before[Math.max(0, Math.min(text.length, utf16))] ?? 0;
}

/** Code-point offset to UTF-16 offset; offsets past the end clamp to the text's length. */
export function codePointToUtf16(text: string, codePointOffset: number): number {
  let units = 0;
  let seen = 0;
  while (seen < codePointOffset && units < text.length) {
    const code = text.charCodeAt(units);
    units += isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(units + 1)) ? 2 : 1;
    seen++;
  }
  return units;
}
