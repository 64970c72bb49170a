/** Where the context shown around an excerpt starts and ends, in canonical offsets. */
export interface ContextBounds {
  readonly from: number;
  readonly to: number;
}

const SENTENCE_END = /[.!?…]["»”’)]*$/u;
const SPACE = /\s/u;

const isSpace = (text: string, at: number): boolean => SPACE.test(text.charAt(at));

/**
 * The context of `start`–`end` within its turn (`turnStart`–`turnEnd`), about `chars` on
 * each side, never cut mid-word: at the turn's edge when it is near enough, else at the
 * sentence boundary giving the most context within reach, else at a word boundary. With no
 * boundary in reach, that side shows nothing rather than half a word.
 */
export function contextBounds(
  text: string,
  range: { readonly start: number; readonly end: number },
  turn: { readonly start: number; readonly end: number },
  chars: number,
): ContextBounds {
  return {
    from: contextStart(text, range.start, turn.start, chars),
    to: contextEnd(text, range.end, turn.end, chars),
  };
}

function contextStart(text: string, start: number, turnStart: number, chars: number): number {
  const lower = start - chars;
  if (lower <= turnStart) return Math.min(turnStart, start);
  let word: number | null = null;
  for (let at = lower; at < start; at++) {
    // A word starts at `at`: a space before it, none at it.
    if (!isSpace(text, at - 1) || isSpace(text, at)) continue;
    if (SENTENCE_END.test(text.slice(Math.max(turnStart, at - 8), at).trimEnd())) return at;
    word ??= at;
  }
  return word ?? start;
}

function contextEnd(text: string, end: number, turnEnd: number, chars: number): number {
  const upper = end + chars;
  if (upper >= turnEnd) return Math.max(turnEnd, end);
  let word: number | null = null;
  for (let at = upper; at > end; at--) {
    // A word ends at `at`: a letter before it, a space at it.
    if (isSpace(text, at - 1) || !isSpace(text, at)) continue;
    if (SENTENCE_END.test(text.slice(end, at))) return at;
    word ??= at;
  }
  return word ?? end;
}
