import type { Db } from '../open.ts';
import type { RawRow } from './rows.ts';

/**
 * Rows added in bulk (a project merge, a REFI-QDA import), undone and redone as one event
 * without listing every row while the event is done: SQLite gives a new row the rowid after
 * the highest one, so whatever a merge inserted into a table is exactly the rows above the
 * highest rowid the table had before it. Tables are listed parents first (the order of a
 * redo); an undo deletes in the reverse order.
 */
export const BULK_TABLES = [
  'coders',
  'documents',
  'segments',
  'segments_fts',
  'codes',
  'codings',
  'memos',
  'attributes',
  'cases',
  'case_documents',
  'attribute_values',
  'document_sets',
  'document_set_members',
  'code_groups',
  'code_group_members',
] as const;
export type BulkTable = (typeof BULK_TABLES)[number];

/** Tables without an `id` column: their rows are read and written with their rowid. */
const KEYED_BY_ROWID: ReadonlySet<BulkTable> = new Set([
  'segments_fts',
  'case_documents',
  'attribute_values',
  'document_set_members',
  'code_group_members',
]);

/** The full-text index shares the rowids of segments (rowid = segments.id). */
const rangeTable = (table: BulkTable): BulkTable => (table === 'segments_fts' ? 'segments' : table);

/** A table's highest rowid now (0 when empty). */
export function highestRowid(db: Db, table: BulkTable): number {
  const row = db.prepare(`SELECT max(rowid) AS top FROM ${rangeTable(table)}`).get() as {
    top: number | null;
  };
  return row.top ?? 0;
}

const selectColumns = (table: BulkTable): string => (KEYED_BY_ROWID.has(table) ? 'rowid AS rowid, *' : '*');

/** The rows of `table` with a rowid in (after, upTo], in rowid order, every column. */
export function readRowsInRange(db: Db, table: BulkTable, after: number, upTo: number): RawRow[] {
  return db
    .prepare(`SELECT ${selectColumns(table)} FROM ${table} WHERE rowid > ? AND rowid <= ? ORDER BY rowid`)
    .all(after, upTo) as RawRow[];
}

/**
 * The rows of `table` whose `owner` column names `ownerId`, in rowid order, every column
 * (db/queries/wholeRows.ts). `owner` is one of that module's constant column names.
 */
export function rowsOwnedBy(db: Db, table: BulkTable, owner: string, ownerId: number): RawRow[] {
  return db
    .prepare(`SELECT ${selectColumns(table)} FROM ${table} WHERE ${owner} = ? ORDER BY rowid`)
    .all(ownerId) as RawRow[];
}

export function deleteRowsInRange(db: Db, table: BulkTable, after: number, upTo: number): void {
  db.prepare(`DELETE FROM ${table} WHERE rowid > ? AND rowid <= ?`).run(after, upTo);
}

/**
 * Coders in (after, upTo] that nothing else refers to. A coder added by a merge can since be
 * the author of a history event (its name is the user's own): that row stays.
 */
export function unreferencedCodersInRange(db: Db, after: number, upTo: number): RawRow[] {
  return db
    .prepare(
      `SELECT * FROM coders WHERE id > ? AND id <= ?
         AND id NOT IN (SELECT coder_id FROM events WHERE coder_id IS NOT NULL)
         AND id NOT IN (SELECT coder_id FROM codings)
         AND id NOT IN (SELECT author_id FROM memos WHERE author_id IS NOT NULL)
       ORDER BY id`,
    )
    .all(after, upTo) as RawRow[];
}

export function deleteRowsById(db: Db, table: BulkTable, ids: readonly number[]): void {
  const remove = db.prepare(`DELETE FROM ${table} WHERE rowid = ?`);
  for (const id of ids) remove.run(id);
}

/** Puts rows read by {@link readRowsInRange} back, rowids included. */
export function insertRawRows(db: Db, table: BulkTable, rows: readonly RawRow[]): void {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const insert = db.prepare(
    `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) insert.run(...columns.map((column) => row[column] ?? null));
}

/** Tables whose existing rows a merge may change, and the columns naming a row. */
export const UPDATABLE_KEYS = {
  codes: ['id'],
  attribute_values: ['case_id', 'attribute_id'],
} as const;
export type UpdatableTable = keyof typeof UPDATABLE_KEYS;

const keyWhere = (table: UpdatableTable): string =>
  UPDATABLE_KEYS[table].map((column) => `${column} = ?`).join(' AND ');
const keyValues = (table: UpdatableTable, row: RawRow): (string | number | null)[] =>
  UPDATABLE_KEYS[table].map((column) => row[column] ?? null);

export function readKeyedRow(db: Db, table: UpdatableTable, key: RawRow): RawRow | undefined {
  return db.prepare(`SELECT * FROM ${table} WHERE ${keyWhere(table)}`).get(...keyValues(table, key)) as
    RawRow | undefined;
}

/** Writes every column of `row` onto the row with the same key. */
export function writeKeyedRow(db: Db, table: UpdatableTable, row: RawRow): void {
  const keys: readonly string[] = UPDATABLE_KEYS[table];
  const columns = Object.keys(row).filter((column) => !keys.includes(column));
  db.prepare(
    `UPDATE ${table} SET ${columns.map((column) => `"${column}" = ?`).join(', ')} WHERE ${keyWhere(table)}`,
  ).run(...columns.map((column) => row[column] ?? null), ...keyValues(table, row));
}
