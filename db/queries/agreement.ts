import type { Db } from '../open.ts';

export interface KindEventRow {
  readonly id: number;
  readonly coder: string | null;
  readonly createdAt: string;
  readonly meta: string;
}

/** Events of one kind still in effect (not undone or discarded), oldest first. */
export function listDoneEventsOfKind(db: Db, kind: string): KindEventRow[] {
  return db
    .prepare(
      `SELECT e.id, r.name AS coder, e.created_at AS createdAt, e.meta
       FROM events e LEFT JOIN coders r ON r.id = e.coder_id
       WHERE e.kind = ? AND e.state = 'done' ORDER BY e.id`,
    )
    .all(kind) as KindEventRow[];
}
