import { listSegments, type Db, type ExcerptRow, type SegmentRow } from '../../db/index.ts';
import type { Excerpt } from '../contract/types.ts';
import { quoteTurns } from '../text/quoteTurns.ts';

/**
 * Completes excerpts read from the database with their turns (quoteTurns), reading each
 * document's segments once. Every read that returns excerpts goes through it, so the excerpt
 * list, the co-occurrence drill-down, the copied excerpt and every export split a quote that
 * mixes speakers the same way.
 */
export function excerptsWithTurns(db: Db): (row: ExcerptRow) => Excerpt {
  const segments = new Map<number, SegmentRow[]>();
  return (row) => {
    let spans = segments.get(row.documentId);
    if (spans === undefined) {
      spans = listSegments(db, row.documentId);
      segments.set(row.documentId, spans);
    }
    return { ...row, turns: quoteTurns(row, spans) };
  };
}
