import { getDocument, listSegments, type CodingRow, type Db } from '../../db/index.ts';
import type { ExcerptContext } from '../contract/types.ts';

/** Context shown around an excerpt: up to `chars` on each side, within its segments. */
export function contextOf(db: Db, coding: CodingRow, chars: number): ExcerptContext {
  const text = getDocument(db, coding.documentId)?.text ?? '';
  const segments = listSegments(db, coding.documentId);
  const first = segments.find((segment) => segment.start <= coding.start && coding.start < segment.end);
  const last = segments.find((segment) => segment.start < coding.end && coding.end <= segment.end);
  const from = Math.max(first?.start ?? 0, coding.start - chars);
  const to = Math.min(last?.end ?? text.length, coding.end + chars);
  return {
    codingId: coding.id,
    before: text.slice(from, coding.start),
    quote: coding.quote,
    after: text.slice(coding.end, to),
  };
}
