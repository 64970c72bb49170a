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
