import type { Db } from '../open.ts';

export interface CodeRow {
  readonly id: number;
  readonly guid: string;
  readonly parentId: number | null;
  readonly name: string;
  readonly color: string;
  readonly description: string;
  readonly sortOrder: number;
  readonly codingCount: number;
}

const codeColumns = `c.id, c.guid, c.parent_id AS parentId, c.name, c.color, c.description, c.sort_order AS sortOrder,
  (SELECT COUNT(*) FROM codings k WHERE k.code_id = c.id) AS codingCount`;

export function listCodes(db: Db): CodeRow[] {
  return db
    .prepare(`SELECT ${codeColumns} FROM codes c ORDER BY c.sort_order, c.name COLLATE NOCASE`)
    .all() as CodeRow[];
}

export function getCode(db: Db, id: number): CodeRow | undefined {
  return db.prepare(`SELECT ${codeColumns} FROM codes c WHERE c.id = ?`).get(id) as CodeRow | undefined;
}

export function findCodeByName(db: Db, name: string): CodeRow | undefined {
  return db.prepare(`SELECT ${codeColumns} FROM codes c WHERE c.name = ? COLLATE NOCASE`).get(name) as
    CodeRow | undefined;
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
