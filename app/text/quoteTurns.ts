import type { QuoteTurn } from '../contract/types.ts';

export type { QuoteTurn };

/** A document's turn as the splitter needs it (segments, sorted by start, not overlapping). */
export interface TurnSpan {
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

/** The first turn whose `edge` (start or end) is after `offset` (segments sorted by start), by bisection. */
function firstTurnAfter(segments: readonly TurnSpan[], edge: 'start' | 'end', offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((segments[middle]?.[edge] ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Splits a quote by the turns of its document, so that each speaker's words are cited as
 * theirs: one part per turn the range touches, the text between turns (the blank-line joins)
 * left out. Returns null when the whole quote is one speaker's (one turn, or consecutive
 * turns of the same speaker): such a quote is shown as one block, as it always was. A quote
 * that mixes speakers — an interviewer's question and the answer — must never be shown as
 * one block cited as one of them.
 */
export function quoteTurns(
  excerpt: { readonly start: number; readonly end: number; readonly quote: string },
  segments: readonly TurnSpan[],
): QuoteTurn[] | null {
  const parts: QuoteTurn[] = [];
  for (let index = firstTurnAfter(segments, 'end', excerpt.start); index < segments.length; index += 1) {
    const segment = segments[index];
    if (!segment || segment.start >= excerpt.end) break;
    const start = Math.max(segment.start, excerpt.start);
    const end = Math.min(segment.end, excerpt.end);
    const quote = excerpt.quote.slice(start - excerpt.start, end - excerpt.start);
    if (quote.trim() === '') continue;
    const { speaker, timestamp, ordinal } = segment;
    parts.push({ speaker, timestamp, segmentOrdinal: ordinal, start, end, quote });
  }
  const speakers = new Set(parts.map((part) => part.speaker));
  return speakers.size > 1 ? parts : null;
}

/**
 * Whether a range touches the turns of more than one speaker, from the turns alone: only
 * then can quoteTurns split its quote (which also needs the text, to leave blank parts out).
 */
export function mayMixSpeakers(
  range: { readonly start: number; readonly end: number },
  segments: readonly TurnSpan[],
): boolean {
  let first: string | null | undefined;
  for (let index = firstTurnAfter(segments, 'end', range.start); index < segments.length; index += 1) {
    const segment = segments[index];
    if (!segment || segment.start >= range.end) break;
    // An empty part (the range ends where the turn starts) is no part.
    if (Math.min(segment.end, range.end) <= Math.max(segment.start, range.start)) continue;
    if (first === undefined) first = segment.speaker;
    else if (segment.speaker !== first) return true;
  }
  return false;
}

/**
 * The turn an offset falls in: the last one starting at or before it, if it ends after it
 * (as the excerpt queries' segment join); undefined between turns or past the last.
 */
export function turnAt<T extends TurnSpan>(segments: readonly T[], offset: number): T | undefined {
  const segment = segments[firstTurnAfter(segments, 'start', offset) - 1];
  return segment !== undefined && offset < segment.end ? segment : undefined;
}

/** The speakers of a quote's parts, each once, in the order they speak. */
export function turnSpeakers(turns: readonly QuoteTurn[]): string[] {
  return [
    ...new Set(turns.map((turn) => turn.speaker).filter((speaker): speaker is string => speaker !== null)),
  ];
}

/** "first–last" of the values known (times, turn numbers), one value when they agree, null when none. */
export function turnRange(values: readonly (string | null)[]): string | null {
  const known = values.filter((value): value is string => Boolean(value));
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined) return null;
  return first === last ? first : `${first}–${last}`;
}
