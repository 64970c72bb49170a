import {
  deleteRow,
  insertRow,
  readRow,
  replaceRow,
  type Db,
  type RawRow,
  type UndoableTable,
} from '../../db/index.ts';
import type { BulkChange } from './bulkChange.ts';

/**
 * A change to one row: inserted (before null), deleted (after null) or updated. An event
 * holds the ordered list of row changes one user action made. Undo applies the inverse of
 * each change in reverse order; redo applies them again in order. Because history is
 * linear (undo and redo always walk the same stack), the rows are exactly as they were
 * when the change was recorded, ids included.
 */
export interface RowChange {
  readonly table: UndoableTable;
  readonly before: RawRow | null;
  readonly after: RawRow | null;
}

/** Collects the row changes of one action while the handler makes them. */
export class ChangeSet {
  readonly changes: RowChange[] = [];
  private readonly db: Db;
  /** A batch of inserts kept as rowid ranges (app/history/bulkChange.ts), not row by row. */
  private bulk: BulkChange | null = null;

  constructor(db: Db) {
    this.db = db;
  }

  /** Call after inserting the row. */
  inserted(table: UndoableTable, id: number): void {
    const after = readRow(this.db, table, id);
    if (after) this.changes.push({ table, before: null, after });
  }

  /** Deletes the row, remembering it. Delete dependants first: no cascade is relied on. */
  delete(table: UndoableTable, id: number): void {
    const before = readRow(this.db, table, id);
    if (!before) return;
    deleteRow(this.db, table, id);
    this.changes.push({ table, before, after: null });
  }

  /** Runs `mutate` on the row and remembers it before and after. */
  update(table: UndoableTable, id: number, mutate: () => void): void {
    const change = rowBeforeAndAfter(() => readRow(this.db, table, id), mutate);
    if (change) this.changes.push({ table, ...change });
  }

  /**
   * Records the whole action as one bulk change instead of rows: 100,000 new codings are
   * kept as one id range (undo deletes it, redo puts the removed rows back, same ids), not
   * as 100,000 row snapshots. Only for an action that notes no row itself.
   */
  recordBulk(change: BulkChange | null): void {
    if (this.changes.length > 0) throw new Error('A bulk change cannot be mixed with row changes.');
    this.bulk = change;
  }

  get isEmpty(): boolean {
    return this.changes.length === 0 && this.bulk === null;
  }

  /** What the history event stores: the bulk change, else the row changes. */
  serialised(): string {
    return JSON.stringify(this.bulk ?? this.changes);
  }
}

/** The row read before and after `mutate`, or null when it was missing or did not change. */
export function rowBeforeAndAfter(
  read: () => RawRow | undefined,
  mutate: () => void,
): { before: RawRow; after: RawRow } | null {
  const before = read();
  mutate();
  const after = read();
  return before && after && JSON.stringify(before) !== JSON.stringify(after) ? { before, after } : null;
}

function rowId(row: RawRow | null): number {
  return Number(row?.id);
}

export function applyForward(db: Db, changes: readonly RowChange[]): void {
  for (const change of changes) {
    if (change.before === null && change.after) insertRow(db, change.table, change.after);
    else if (change.after === null) deleteRow(db, change.table, rowId(change.before));
    else replaceRow(db, change.table, change.after);
  }
}

export function applyBackward(db: Db, changes: readonly RowChange[]): void {
  for (const change of [...changes].reverse()) {
    if (change.before === null) deleteRow(db, change.table, rowId(change.after));
    else if (change.after === null) insertRow(db, change.table, change.before);
    else replaceRow(db, change.table, change.before);
  }
}
