import type { Db } from '../open.ts';
import type { Code } from '../../app/contract/rows.ts';

// The contract returns a code row as it is: one shape (app/contract/rows.ts).
export type CodeRow = Code;

const codeColumns = `c.id, c.guid, c.parent_id AS parentId, c.name, c.color, c.description, c.sort_order AS sortOrder,
  (SELECT COUNT(*) FROM codings k WHERE k.code_id = c.id) AS codingCount,
  c.inclusion, c.exclusion, c.example_coding_id AS exampleCodingId, c.archived`;

type StoredCodeRow = Omit<CodeRow, 'archived'> & { archived: number };

function fromStored(row: StoredCodeRow | undefined): CodeRow | undefined {
  return row && { ...row, archived: row.archived === 1 };
}

export function listCodes(db: Db): CodeRow[] {
  return (
    db
      .prepare(`SELECT ${codeColumns} FROM codes c ORDER BY c.sort_order, c.name COLLATE NOCASE`)
      .all() as StoredCodeRow[]
  ).map((row) => ({ ...row, archived: row.archived === 1 }));
}

export function getCode(db: Db, id: number): CodeRow | undefined {
  return fromStored(
    db.prepare(`SELECT ${codeColumns} FROM codes c WHERE c.id = ?`).get(id) as StoredCodeRow | undefined,
  );
}

export function findCodeByName(db: Db, name: string): CodeRow | undefined {
  return fromStored(
    db.prepare(`SELECT ${codeColumns} FROM codes c WHERE c.name = ? COLLATE NOCASE`).get(name) as
      StoredCodeRow | undefined,
  );
}

export interface NewCode {
  readonly guid: string;
  readonly name: string;
  readonly color: string;
  readonly parentId: number | null;
  readonly createdAt: string;
}

export function insertCode(db: Db, code: NewCode): number {
  const order = db
    .prepare('SELECT COALESCE(MAX(sort_order), -1) + 1 AS next FROM codes WHERE parent_id IS ?')
    .get(code.parentId) as { next: number };
  const result = db
    .prepare(
      'INSERT INTO codes (guid, parent_id, name, color, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(code.guid, code.parentId, code.name, code.color, order.next, code.createdAt);
  return Number(result.lastInsertRowid);
}

export interface CodeChanges {
  readonly name?: string | undefined;
  readonly color?: string | undefined;
  readonly parentId?: number | null | undefined;
  readonly description?: string | undefined;
  readonly inclusion?: string | undefined;
  readonly exclusion?: string | undefined;
  readonly exampleCodingId?: number | null | undefined;
  readonly archived?: boolean | undefined;
  readonly sortOrder?: number | undefined;
}

export function updateCode(db: Db, id: number, changes: CodeChanges): void {
  if (changes.name !== undefined) db.prepare('UPDATE codes SET name = ? WHERE id = ?').run(changes.name, id);
  if (changes.color !== undefined)
    db.prepare('UPDATE codes SET color = ? WHERE id = ?').run(changes.color, id);
  if (changes.description !== undefined) {
    db.prepare('UPDATE codes SET description = ? WHERE id = ?').run(changes.description, id);
  }
  if (changes.parentId !== undefined) {
    db.prepare('UPDATE codes SET parent_id = ? WHERE id = ?').run(changes.parentId, id);
  }
  if (changes.inclusion !== undefined)
    db.prepare('UPDATE codes SET inclusion = ? WHERE id = ?').run(changes.inclusion, id);
  if (changes.exclusion !== undefined)
    db.prepare('UPDATE codes SET exclusion = ? WHERE id = ?').run(changes.exclusion, id);
  if (changes.exampleCodingId !== undefined) {
    db.prepare('UPDATE codes SET example_coding_id = ? WHERE id = ?').run(changes.exampleCodingId, id);
  }
  if (changes.archived !== undefined) {
    db.prepare('UPDATE codes SET archived = ? WHERE id = ?').run(changes.archived ? 1 : 0, id);
  }
  if (changes.sortOrder !== undefined)
    db.prepare('UPDATE codes SET sort_order = ? WHERE id = ?').run(changes.sortOrder, id);
}

/** The code and all its descendants, as ids (the code itself first). */
export function codeSubtreeIds(db: Db, id: number): number[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE tree(id) AS (SELECT id FROM codes WHERE id = ?
         UNION ALL SELECT c.id FROM codes c JOIN tree t ON c.parent_id = t.id)
       SELECT id FROM tree`,
    )
    .all(id) as { id: number }[];
  return rows.map((row) => row.id);
}

/** The direct sub-codes of a code, as ids in id order. */
export function childCodeIds(db: Db, parentId: number): number[] {
  return db.prepare('SELECT id FROM codes WHERE parent_id = ? ORDER BY id').pluck().all(parentId) as number[];
}

/** The codes whose anchor example is this coding, as ids in id order. */
export function codeIdsWithExample(db: Db, codingId: number): number[] {
  return db
    .prepare('SELECT id FROM codes WHERE example_coding_id = ? ORDER BY id')
    .pluck()
    .all(codingId) as number[];
}

export function countCodingsOfCodes(db: Db, ids: readonly number[]): number {
  if (ids.length === 0) return 0;
  const placeholders = ids.map(() => '?').join(',');
  return (
    db.prepare(`SELECT COUNT(*) AS n FROM codings WHERE code_id IN (${placeholders})`).get(...ids) as {
      n: number;
    }
  ).n;
}

export function countCodes(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM codes').get() as { n: number }).n;
}
