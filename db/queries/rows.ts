import type { Db } from '../open.ts';

/**
 * Raw rows of the tables whose changes can be undone, exactly as stored (column names as
 * in SQL). History snapshots these and writes them back unchanged, ids included, so that
 * undoing a deletion restores the very same rows.
 */
export type UndoableTable = 'codes' | 'codings' | 'memos' | 'documents';
export type RawRow = Record<string, string | number | null>;

const COLUMNS: Record<UndoableTable, readonly string[]> = {
  codes: [
    'id',
    'guid',
    'parent_id',
    'name',
    'color',
    'description',
    'sort_order',
    'created_at',
    'inclusion',
    'exclusion',
    'example_coding_id',
    'archived',
  ],
  codings: ['id', 'guid', 'document_id', 'code_id', 'coder_id', 'start', 'end', 'quote', 'created_at'],
  // Only a document's name is undoable (a rename): its text is never snapshotted into the
  // history, and a document is never inserted or deleted through it.
  documents: ['id', 'name'],
  memos: [
    'id',
    'guid',
    'target_kind',
    'target_id',
    'title',
    'body',
    'plain_text',
    'author_id',
    'created_at',
    'updated_at',
    // Migration 010: the code a summary is about (null for every other memo).
    'code_id',
  ],
};

export function readRow(db: Db, table: UndoableTable, id: number): RawRow | undefined {
  return db.prepare(`SELECT ${COLUMNS[table].join(', ')} FROM ${table} WHERE id = ?`).get(id) as
    RawRow | undefined;
}

export function insertRow(db: Db, table: UndoableTable, row: RawRow): void {
  const columns = COLUMNS[table];
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...columns.map((column) => row[column] ?? null));
}

export function replaceRow(db: Db, table: UndoableTable, row: RawRow): void {
  const columns = COLUMNS[table].filter((column) => column !== 'id');
  db.prepare(`UPDATE ${table} SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`).run(
    ...columns.map((column) => row[column] ?? null),
    row.id ?? null,
  );
}

export function deleteRow(db: Db, table: UndoableTable, id: number): void {
  db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
}
