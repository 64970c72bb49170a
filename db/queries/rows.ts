import type { Db } from '../open.ts';
import { readDocumentContent, replaceDocumentContent } from './documentContents.ts';
import {
  deleteWholeRow,
  insertWholeRow,
  isWholeTable,
  readWholeRow,
  replaceWholeRow,
  type WholeTable,
} from './wholeRows.ts';

/**
 * Raw rows of the tables whose changes can be undone, exactly as stored (column names as
 * in SQL). History snapshots these and writes them back unchanged, ids included, so that
 * undoing a deletion restores the very same rows.
 */
export type UndoableTable =
  'codes' | 'codings' | 'memos' | 'documents' | 'unplaced_codings' | 'document_contents' | WholeTable;
export type RawRow = Record<string, string | number | null>;

/** Tables of one row per id, read and written by the columns below. */
type PlainTable = Exclude<UndoableTable, 'document_contents' | WholeTable>;

/**
 * 'document_contents' is not a table: a document's text, checksum and segments as one row
 * (./documentContents.ts), recorded by edits and updates of the text. It is only ever
 * updated, never inserted or deleted through the history.
 *
 * Nor are the '*_whole' tables: each is a row with the rows hanging on it (a case, an
 * attribute, a set, a deleted document), ./wholeRows.ts.
 */
const COLUMNS: Record<PlainTable, readonly string[]> = {
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
  // A rename changes the name; the text is recorded as 'document_contents' by an edit. A
  // document is inserted or deleted through the history only whole ('document_whole').
  documents: ['id', 'name'],
  unplaced_codings: [
    'id',
    'guid',
    'document_id',
    'code_id',
    'coder_id',
    'start',
    'end',
    'quote',
    'created_at',
    'unplaced_at',
  ],
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
  if (table === 'document_contents') return readDocumentContent(db, id);
  if (isWholeTable(table)) return readWholeRow(db, table, id);
  return db.prepare(`SELECT ${COLUMNS[table].join(', ')} FROM ${table} WHERE id = ?`).get(id) as
    RawRow | undefined;
}

function notAContentRow(table: UndoableTable): asserts table is Exclude<UndoableTable, 'document_contents'> {
  if (table === 'document_contents')
    throw new Error('A document’s text is only ever replaced by the history.');
}

export function insertRow(db: Db, table: UndoableTable, row: RawRow): void {
  notAContentRow(table);
  if (isWholeTable(table)) {
    insertWholeRow(db, table, row);
    return;
  }
  const columns = COLUMNS[table];
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...columns.map((column) => row[column] ?? null));
}

export function replaceRow(db: Db, table: UndoableTable, row: RawRow): void {
  if (table === 'document_contents') {
    replaceDocumentContent(db, row);
    return;
  }
  if (isWholeTable(table)) {
    replaceWholeRow(db, table, row);
    return;
  }
  const columns = COLUMNS[table].filter((column) => column !== 'id');
  db.prepare(`UPDATE ${table} SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`).run(
    ...columns.map((column) => row[column] ?? null),
    row.id ?? null,
  );
}

export function deleteRow(db: Db, table: UndoableTable, id: number): void {
  notAContentRow(table);
  if (isWholeTable(table)) {
    deleteWholeRow(db, table, id);
    return;
  }
  db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
}
