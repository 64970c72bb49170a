import type { Excerpt } from '../../app/contract/index.ts';

export interface OverlapRange {
  readonly start: number;
  readonly end: number;
}

/** Where two excerpts of one document overlap (canonical offsets), or null. */
export function overlapOf(
  a: Pick<Excerpt, 'documentId' | 'start' | 'end'>,
  b: Pick<Excerpt, 'documentId' | 'start' | 'end'>,
): OverlapRange | null {
  if (a.documentId !== b.documentId) return null;
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end ? { start, end } : null;
}

/** A quote split around the part to mark: [before, marked, after], or null if none shows. */
export function splitQuote(
  quote: string,
  quoteStart: number,
  mark: OverlapRange,
): readonly [string, string, string] | null {
  const from = Math.max(0, mark.start - quoteStart);
  const to = Math.min(quote.length, mark.end - quoteStart);
  if (from >= to) return null;
  return [quote.slice(0, from), quote.slice(from, to), quote.slice(to)];
}
