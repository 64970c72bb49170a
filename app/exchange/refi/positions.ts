/**
 * REFI-QDA positions count Unicode code points (the standard); NVivo counts UTF-16 units
 * (as JavaScript strings do). They differ only after a character outside the BMP (emoji).
 */

/** Code-point offset of a UTF-16 offset. */
export function toCodePoints(text: string, utf16: number): number {
  let points = 0;
  for (let index = 0; index < utf16 && index < text.length; index++) {
    const code = text.charCodeAt(index);
    // The second half of a surrogate pair adds no code point.
    if (!(code >= 0xdc00 && code <= 0xdfff && index > 0)) points++;
  }
  return points;
}

/** UTF-16 offset of a code-point offset (clamped to the text). */
export function fromCodePoints(text: string, points: number): number {
  let index = 0;
  for (let counted = 0; counted < points && index < text.length; counted++) {
    const code = text.charCodeAt(index);
    index += code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
  }
  return index;
}

export function hasAstral(text: string): boolean {
  return /[\u{10000}-\u{10ffff}]/u.test(text);
}

const isWordChar = (char: string): boolean => /[\p{L}\p{N}]/u.test(char);

/** A selection "makes sense" when it does not cut a word at either end. */
function onBoundaries(text: string, start: number, end: number): number {
  const startOk = start <= 0 || !isWordChar(text.charAt(start - 1)) || !isWordChar(text.charAt(start));
  const endOk = end >= text.length || !isWordChar(text.charAt(end - 1)) || !isWordChar(text.charAt(end));
  return (startOk ? 1 : 0) + (endOk ? 1 : 0);
}

export type PositionUnit = 'code-points' | 'utf-16';

/**
 * Which unit a file's selections use: the reading that puts more selection ends on word
 * boundaries wins; NVivo (by `origin`) is UTF-16 unless its text disagrees. Without astral
 * characters the two are the same and the standard's unit is reported.
 */
export function detectUnit(
  texts: readonly { text: string; selections: readonly { start: number; end: number }[] }[],
  origin: string,
): { unit: PositionUnit; decided: 'same' | 'boundaries' | 'origin' } {
  let codePointScore = 0;
  let utf16Score = 0;
  let differs = false;
  for (const { text, selections } of texts) {
    if (!hasAstral(text)) continue;
    for (const selection of selections) {
      const start = fromCodePoints(text, selection.start);
      const end = fromCodePoints(text, selection.end);
      if (start !== selection.start || end !== selection.end) differs = true;
      codePointScore += onBoundaries(text, start, end);
      utf16Score += onBoundaries(text, selection.start, selection.end);
    }
  }
  const nvivo = /nvivo/iu.test(origin);
  if (!differs) return { unit: nvivo ? 'utf-16' : 'code-points', decided: 'same' };
  if (utf16Score === codePointScore) return { unit: nvivo ? 'utf-16' : 'code-points', decided: 'origin' };
  return { unit: utf16Score > codePointScore ? 'utf-16' : 'code-points', decided: 'boundaries' };
}
