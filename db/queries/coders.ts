import { randomUUID } from 'node:crypto';
import type { Db } from '../open.ts';

/** Returns the id of the coder with that name, creating the coder on first use. */
export function ensureCoder(db: Db, name: string): number {
  const existing = db.prepare('SELECT id FROM coders WHERE name = ?').get(name) as { id: number } | undefined;
  if (existing) return existing.id;
  const result = db
    .prepare('INSERT INTO coders (guid, name, created_at) VALUES (?, ?, ?)')
    .run(randomUUID(), name, new Date().toISOString());
  return Number(result.lastInsertRowid);
}

export interface CoderRow {
  readonly id: number;
  readonly name: string;
  readonly initials: string;
  readonly color: string;
}

export function getCoderByName(db: Db, name: string): CoderRow | undefined {
  return db.prepare('SELECT id, name, initials, color FROM coders WHERE name = ?').get(name) as
    CoderRow | undefined;
}

export function updateCoderLook(db: Db, id: number, initials: string, color: string): void {
  db.prepare('UPDATE coders SET initials = ?, color = ? WHERE id = ?').run(initials, color, id);
}

export function getSetting(db: Db, key: string): string | undefined {
  return (
    db.prepare('SELECT value FROM project_settings WHERE key = ?').get(key) as { value: string } | undefined
  )?.value;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO project_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/** Every coder with how many codings they made, most active first. */
export function listCodersWithCounts(
  db: Db,
): { name: string; initials: string; color: string; codings: number }[] {
  return db
    .prepare(
      `SELECT c.name AS name, c.initials AS initials, c.color AS color, COUNT(k.id) AS codings
       FROM coders c LEFT JOIN codings k ON k.coder_id = c.id
       GROUP BY c.id ORDER BY codings DESC, c.name COLLATE NOCASE`,
    )
    .all() as { name: string; initials: string; color: string; codings: number }[];
}
