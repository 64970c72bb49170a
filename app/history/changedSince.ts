import {
  doneBulkEvents,
  readKeyedRow,
  readRow,
  setEventChanges,
  type Db,
  type RawRow,
  type UndoableTable,
} from '../../db/index.ts';
import type { BulkChange } from './bulkChange.ts';
import type { RowChange } from './changeSet.ts';

/** Which way an event is replayed. */
export type ReplayDirection = 'undo' | 'redo';

/*
 * An undo or redo must not overwrite a row that is no longer as the event left it. In a team project a pull writes colleagues' changes into the local rows without history
 * events (app/team/pull.ts); replaying an event over such a row would silently revert the
 * colleague's change, and the next push would send that to the server. In a project without
 * a server every change to these rows is an event and history is linear, so the rows are
 * always as the event left them and these checks pass.
 */

/**
 * Whether a row of `changes` is not as the event left it: before an undo, each row as
 * the event's last change to it left it (absent after a deletion); before a redo, as its
 * first change found it (absent before an insert). One event may change one row twice.
 */
export function rowsChangedSince(db: Db, changes: readonly RowChange[], direction: ReplayDirection): boolean {
  const expected = new Map<string, { table: UndoableTable; id: number; row: RawRow | null }>();
  for (const change of changes) {
    const id = Number((change.after ?? change.before)?.id);
    const key = `${change.table}:${id}`;
    if (direction === 'undo') expected.set(key, { table: change.table, id, row: change.after });
    else if (!expected.has(key)) expected.set(key, { table: change.table, id, row: change.before });
  }
  return [...expected.values()].some(({ table, id, row }) => !sameRow(readRow(db, table, id) ?? null, row));
}

/**
 * The same for a merge, an import or a batch of codings. The few existing rows it updated
 * are compared like row changes. Its inserted id ranges (up to 250,000 codings) are not
 * read: while the event is done it keeps only the ranges, not the rows as inserted. Codings
 * are not safe from another's pull (a lead's code merge moves them to the target code,
 * `moveCodingsOfCode`; a lead may rename a code of the range), so the pull itself marks
 * the event when it changes a row in its ranges (`markBulkEventsChanged`). A pulled deletion
 * is harmless (undo does not find the row) and a pulled row never takes an id in a range
 * (db/team/freshIds.ts).
 */
export function bulkRowsChangedSince(db: Db, change: BulkChange, direction: ReplayDirection): boolean {
  if (direction === 'undo' && change.bulk.changedSince === true) return true;
  return change.bulk.updated.some(({ table, before, after }) => {
    const recorded = direction === 'undo' ? after : before;
    return !sameRow(readKeyedRow(db, table, recorded) ?? null, recorded);
  });
}

/**
 * Marks each done bulk event with a row of `changed` in its inserted ranges, so that its
 * undo is refused: called by a team pull, in its transaction, with the local rows it
 * changed. An undone event needs no mark: its rows are not in the project, and a redo
 * finding their GUIDs taken is refused as gone.
 */
export function markBulkEventsChanged(db: Db, changed: readonly { table: string; id: number }[]): void {
  if (changed.length === 0) return;
  for (const event of doneBulkEvents(db)) {
    const change = JSON.parse(event.changes) as BulkChange;
    if (change.bulk.changedSince === true) continue;
    const touched = changed.some(({ table, id }) =>
      change.bulk.inserted.some((range) => range.table === table && id > range.after && id <= range.upTo),
    );
    if (touched)
      setEventChanges(db, event.id, JSON.stringify({ bulk: { ...change.bulk, changedSince: true } }));
  }
}

/**
 * Whether the row holds what the event recorded. Only the recorded columns are compared, so
 * that a column a later migration added does not make an older event look overwritten; the
 * same holds inside the parts of a row spanning tables (JSON arrays of rows, wholeRows.ts).
 */
function sameRow(current: RawRow | null, recorded: RawRow | null): boolean {
  if (current === null || recorded === null) return current === recorded;
  return Object.entries(recorded).every(([column, value]) => sameValue(current[column], value));
}

function sameValue(current: unknown, recorded: unknown): boolean {
  if (current === recorded) return true;
  if (typeof current !== 'string' || typeof recorded !== 'string' || !recorded.startsWith('[')) return false;
  const [now, then] = [parsedRows(current), parsedRows(recorded)];
  return (
    now !== null &&
    then !== null &&
    now.length === then.length &&
    then.every((row, index) => sameRow(now[index] ?? null, row))
  );
}

/** A part of a row spanning tables, or null for any other text. */
function parsedRows(text: string): RawRow[] | null {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) && value.every((row) => typeof row === 'object' && row !== null)
      ? (value as RawRow[])
      : null;
  } catch {
    return null;
  }
}
