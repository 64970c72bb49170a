import { getDocument, listSegments, type CodingRow, type Db } from '../../db/index.ts';
import type { ExcerptContext } from '../contract/types.ts';
import { contextBounds } from '../text/contextCut.ts';

/** Context shown around an excerpt: about `chars` on each side, within its turns, cut between words. */
export function contextOf(db: Db, coding: CodingRow, chars: number): ExcerptContext {
  const text = getDocument(db, coding.documentId)?.text ?? '';
  const segments = listSegments(db, coding.documentId);
  const first = segments.find((segment) => segment.start <= coding.start && coding.start < segment.end);
  const last = segments.find((segment) => segment.start < coding.end && coding.end <= segment.end);
  // Cut at a sentence or word boundary, never mid-word (contextCut.ts).
  const turn = { start: first?.start ?? 0, end: last?.end ?? text.length };
  const { from, to } = contextBounds(text, coding, turn, chars);
  return {
    codingId: coding.id,
    before: text.slice(from, coding.start),
    quote: coding.quote,
    after: text.slice(coding.end, to),
    cutBefore: from > turn.start,
    cutAfter: to < turn.end,
  };
}
