import type { Db } from '../open.ts';
import type { EventState } from '../../app/contract/enums.ts';

export type { EventState };

export interface EventRow {
  readonly id: number;
  readonly guid: string;
  readonly coder: string | null;
  readonly createdAt: string;
  readonly kind: string;
  readonly summary: string;
  readonly changes: string;
  readonly state: EventState;
  /** JSON: facts of the change, and the phrase that says it (app/history/record.ts). */
  readonly meta: string;
}

const eventColumns = `e.id, e.guid, r.name AS coder, e.created_at AS createdAt, e.kind, e.summary, e.changes, e.state, e.meta`;

export interface NewEvent {
  readonly guid: string;
  readonly coderId: number | null;
  readonly createdAt: string;
  readonly kind: string;
  readonly summary: string;
  readonly changes: string;
  readonly meta?: string | undefined;
}

/** Records a new change; whatever was undone before it can no longer be redone. */
export function insertEvent(db: Db, event: NewEvent): number {
  db.prepare("UPDATE events SET state = 'discarded' WHERE state = 'undone'").run();
  const result = db
    .prepare(
      'INSERT INTO events (guid, coder_id, created_at, kind, summary, changes, meta) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      event.guid,
      event.coderId,
      event.createdAt,
      event.kind,
      event.summary,
      event.changes,
      event.meta ?? '{}',
    );
  return Number(result.lastInsertRowid);
}

/** The next change to undo: the newest one still done. */
export function lastDoneEvent(db: Db): EventRow | undefined {
  return db
    .prepare(
      `SELECT ${eventColumns} FROM events e LEFT JOIN coders r ON r.id = e.coder_id WHERE e.state = 'done' ORDER BY e.id DESC LIMIT 1`,
    )
    .get() as EventRow | undefined;
}

/** The next change to redo: the oldest one undone. */
export function firstUndoneEvent(db: Db): EventRow | undefined {
  return db
    .prepare(
      `SELECT ${eventColumns} FROM events e LEFT JOIN coders r ON r.id = e.coder_id WHERE e.state = 'undone' ORDER BY e.id ASC LIMIT 1`,
    )
    .get() as EventRow | undefined;
}

export function setEventState(db: Db, id: number, state: EventState): void {
  db.prepare('UPDATE events SET state = ? WHERE id = ?').run(state, id);
}

export function listEvents(db: Db, limit: number): EventRow[] {
  return db
    .prepare(
      `SELECT ${eventColumns} FROM events e LEFT JOIN coders r ON r.id = e.coder_id ORDER BY e.id DESC LIMIT ?`,
    )
    .all(limit) as EventRow[];
}

/**
 * Sets aside every done event of `kind` and drops the rows it kept, for good: they can be
 * neither undone nor read any more. Returns how many events were set aside.
 */
export function forgetDoneEventsOfKind(db: Db, kind: string): number {
  return db
    .prepare("UPDATE events SET changes = '[]', state = 'discarded' WHERE kind = ? AND state = 'done'")
    .run(kind).changes;
}

/** Replaces what an event recorded (an undone merge keeps the rows it removed, for redo). */
export function setEventChanges(db: Db, id: number, changes: string): void {
  db.prepare('UPDATE events SET changes = ? WHERE id = ?').run(changes, id);
}

/** Replaces the change list of an event (used to fold successive saves of one memo). */
export function updateEventChanges(db: Db, id: number, changes: string, at: string): void {
  db.prepare('UPDATE events SET changes = ?, created_at = ? WHERE id = ?').run(changes, at, id);
}

/** The done merges, imports and batches of codings, which keep their inserted rows as id ranges. */
export function doneBulkEvents(db: Db): { id: number; changes: string }[] {
  return db
    .prepare(`SELECT id, changes FROM events WHERE state = 'done' AND changes LIKE '{"bulk":%' ORDER BY id`)
    .all() as { id: number; changes: string }[];
}
