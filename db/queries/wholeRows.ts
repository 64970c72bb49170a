import type { Db } from '../open.ts';
import { insertRawRows, rowsOwnedBy, type BulkTable } from './bulkRows.ts';
import type { RawRow } from './rows.ts';

/**
 * Undoable rows that span several tables (db/queries/rows.ts): a row of the main table with
 * every row of the tables that hang on it. A case with its documents and attribute values,
 * an attribute with every case's value, a document set or a code group with its members:
 * their link tables have composite keys, so they are snapshotted with their owner, rowids
 * included, and undo restores them exactly. 'document_whole' is a document with its
 * segments (and their search index, rebuilt from the text as at import) and its case and set
 * memberships; its codings, unplaced codings and memos are recorded as their own rows first
 * (app/history/removal.ts), which the blind-mode replay rule reads.
 *
 * Every column is read (`SELECT *`) and written back by name, so a column added by a later
 * migration is kept too, and an older event (without it) lets the column take its default.
 */
interface Part {
  readonly table: BulkTable;
  /** The column naming the main row. */
  readonly owner: string;
  /** Segments: each one's text also goes into the full-text index (rowid = segment id). */
  readonly searchIndexed?: boolean;
}

interface WholeRowShape {
  readonly table: BulkTable;
  /** Kept in the pseudo-row as JSON arrays, one key per part (never a column's name). */
  readonly parts: Readonly<Record<string, Part>>;
}

const WHOLE_ROWS = {
  case_whole: {
    table: 'cases',
    parts: {
      documents: { table: 'case_documents', owner: 'case_id' },
      values: { table: 'attribute_values', owner: 'case_id' },
    },
  },
  attribute_whole: {
    table: 'attributes',
    parts: { values: { table: 'attribute_values', owner: 'attribute_id' } },
  },
  document_set_whole: {
    table: 'document_sets',
    parts: { members: { table: 'document_set_members', owner: 'set_id' } },
  },
  code_group_whole: {
    table: 'code_groups',
    parts: { members: { table: 'code_group_members', owner: 'group_id' } },
  },
  document_whole: {
    table: 'documents',
    parts: {
      segments: { table: 'segments', owner: 'document_id', searchIndexed: true },
      cases: { table: 'case_documents', owner: 'document_id' },
      sets: { table: 'document_set_members', owner: 'document_id' },
    },
  },
} as const satisfies Record<string, WholeRowShape>;

export type WholeTable = keyof typeof WHOLE_ROWS;

export function isWholeTable(table: string): table is WholeTable {
  return Object.hasOwn(WHOLE_ROWS, table);
}

const shapeOf = (table: WholeTable): WholeRowShape => WHOLE_ROWS[table];

/** The table whose row a whole row is (a 'case_whole' is a row of 'cases'). */
export const mainTableOf = (table: WholeTable): string => shapeOf(table).table;

export function readWholeRow(db: Db, table: WholeTable, id: number): RawRow | undefined {
  const shape = shapeOf(table);
  const main = db.prepare(`SELECT * FROM ${shape.table} WHERE id = ?`).get(id) as RawRow | undefined;
  if (!main) return undefined;
  const row: RawRow = { ...main };
  for (const [key, part] of Object.entries(shape.parts))
    row[key] = JSON.stringify(rowsOwnedBy(db, part.table, part.owner, id));
  return row;
}

function mainColumnsOf(shape: WholeRowShape, row: RawRow): RawRow {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !Object.hasOwn(shape.parts, key)));
}

function insertPart(db: Db, part: Part, rows: readonly RawRow[], row: RawRow): void {
  insertRawRows(db, part.table, rows);
  if (part.searchIndexed) indexSegmentTexts(db, String(row.text), rows);
}

const partRows = (row: RawRow, key: string): RawRow[] => JSON.parse(String(row[key] ?? '[]')) as RawRow[];

/** The full-text index holds each segment's text, sliced in UTF-16 units as at import. */
function indexSegmentTexts(db: Db, text: string, segments: readonly RawRow[]): void {
  const index = db.prepare('INSERT INTO segments_fts (rowid, text) VALUES (?, ?)');
  for (const segment of segments)
    index.run(segment.id, text.slice(Number(segment.start), Number(segment.end)));
}

/** Puts a row read by readWholeRow back, ids and rowids included (undo of a deletion, redo of a creation). */
export function insertWholeRow(db: Db, table: WholeTable, row: RawRow): void {
  const shape = shapeOf(table);
  insertRawRows(db, shape.table, [mainColumnsOf(shape, row)]);
  for (const [key, part] of Object.entries(shape.parts)) insertPart(db, part, partRows(row, key), row);
}

/**
 * Writes the main row's columns and replaces each part that differs with the row's (a value
 * set in the grid rewrites that case's values, not its document links: triggers on these
 * tables see only what changed).
 */
export function replaceWholeRow(db: Db, table: WholeTable, row: RawRow): void {
  const shape = shapeOf(table);
  const id = Number(row.id);
  const columns = Object.keys(mainColumnsOf(shape, row)).filter((column) => column !== 'id');
  db.prepare(
    `UPDATE ${shape.table} SET ${columns.map((column) => `"${column}" = ?`).join(', ')} WHERE id = ?`,
  ).run(...columns.map((column) => row[column] ?? null), id);
  for (const [key, part] of Object.entries(shape.parts)) {
    const rows = partRows(row, key);
    if (JSON.stringify(rowsOwnedBy(db, part.table, part.owner, id)) === JSON.stringify(rows)) continue;
    deleteRowsOwnedBy(db, part, id);
    insertPart(db, part, rows, row);
  }
}

/** Deletes the main row and everything that hangs on it. */
export function deleteWholeRow(db: Db, table: WholeTable, id: number): void {
  const shape = shapeOf(table);
  // The delete trigger of migration 004 takes each segment out of the search index.
  for (const part of Object.values(shape.parts)) deleteRowsOwnedBy(db, part, id);
  db.prepare(`DELETE FROM ${shape.table} WHERE id = ?`).run(id);
}

function deleteRowsOwnedBy(db: Db, part: Part, id: number): void {
  db.prepare(`DELETE FROM ${part.table} WHERE ${part.owner} = ?`).run(id);
}
