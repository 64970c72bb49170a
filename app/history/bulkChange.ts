import {
  BULK_TABLES,
  deleteRowsById,
  deleteRowsInRange,
  highestRowid,
  insertRawRows,
  readKeyedRow,
  readRowsInRange,
  unreferencedCodersInRange,
  writeKeyedRow,
  type BulkTable,
  type Db,
  type RawRow,
  type UpdatableTable,
} from '../../db/index.ts';
import { rowBeforeAndAfter } from './changeSet.ts';

/** The rows a bulk change inserted into one table: rowids in (after, upTo]. */
export interface InsertedRange {
  readonly table: BulkTable;
  readonly after: number;
  readonly upTo: number;
}

/** An existing row the bulk change changed, as it was before and after. */
export interface KeyedUpdate {
  readonly table: UpdatableTable;
  readonly before: RawRow;
  readonly after: RawRow;
}

/**
 * A merge or a REFI-QDA import as one history event, small while it is done: the rowid
 * ranges it inserted and the few rows it updated. Undoing it deletes those ranges and keeps
 * the deleted rows in `removed` (so that redo can put them back, same ids); redo inserts
 * them and drops them from the event again.
 */
export interface BulkChange {
  readonly bulk: {
    readonly inserted: readonly InsertedRange[];
    readonly updated: readonly KeyedUpdate[];
    readonly removed?: Readonly<Partial<Record<BulkTable, readonly RawRow[]>>>;
    /** Set by a team pull that changed a row of the ranges since (app/history/changedSince.ts). */
    readonly changedSince?: true;
  };
}

export function isBulkChange(changes: unknown): changes is BulkChange {
  return typeof changes === 'object' && changes !== null && 'bulk' in changes;
}

/** Where each table ends before a bulk change starts. */
export type RowidMarks = Readonly<Record<BulkTable, number>>;

export function markRowids(db: Db): RowidMarks {
  return Object.fromEntries(BULK_TABLES.map((table) => [table, highestRowid(db, table)])) as Record<
    BulkTable,
    number
  >;
}

/** Collects the updates a bulk change makes to rows that were there before it. */
export class BulkUpdates {
  readonly updated: KeyedUpdate[] = [];
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** Runs `mutate` on the row named by `key` and remembers it before and after. */
  update(table: UpdatableTable, key: RawRow, mutate: () => void): void {
    const change = rowBeforeAndAfter(() => readKeyedRow(this.db, table, key), mutate);
    if (change) this.updated.push({ table, ...change });
  }
}

/** What happened since `marks`, or null when the bulk change added and changed nothing. */
export function bulkChangeSince(db: Db, marks: RowidMarks, updates: BulkUpdates): BulkChange | null {
  const inserted = BULK_TABLES.flatMap((table) => {
    const upTo = highestRowid(db, table);
    return upTo > marks[table] ? [{ table, after: marks[table], upTo }] : [];
  });
  if (inserted.length === 0 && updates.updated.length === 0) return null;
  return { bulk: { inserted, updated: updates.updated } };
}

/** Removes what the change inserted, restores what it updated; returns the change holding the removed rows. */
export function undoBulk(db: Db, change: BulkChange): BulkChange {
  const removed: Partial<Record<BulkTable, RawRow[]>> = {};
  for (const { table, after, upTo } of [...change.bulk.inserted].reverse()) {
    if (table === 'coders') {
      const rows = unreferencedCodersInRange(db, after, upTo);
      deleteRowsById(
        db,
        table,
        rows.map((row) => Number(row.id)),
      );
      removed[table] = rows;
    } else {
      removed[table] = readRowsInRange(db, table, after, upTo);
      deleteRowsInRange(db, table, after, upTo);
    }
  }
  for (const { table, before } of [...change.bulk.updated].reverse()) writeKeyedRow(db, table, before);
  return { bulk: { ...change.bulk, removed } };
}

/**
 * Puts back what an undo removed. Updates first: a code renamed by the merge freed its old
 * name, which a code the merge added may bear.
 */
export function redoBulk(db: Db, change: BulkChange): BulkChange {
  for (const { table, after } of change.bulk.updated) writeKeyedRow(db, table, after);
  for (const { table } of change.bulk.inserted) insertRawRows(db, table, change.bulk.removed?.[table] ?? []);
  return { bulk: { inserted: change.bulk.inserted, updated: change.bulk.updated } };
}
