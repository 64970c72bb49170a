import type { Db } from '../open.ts';

/**
 * Saved coding queries live in project_settings under `query:<name>` (value: JSON of the
 * expression and filters), so they need no table of their own.
 */
const PREFIX = 'query:';

export interface SavedQueryRow {
  readonly name: string;
  readonly value: string;
}

export function listSavedQueryRows(db: Db): SavedQueryRow[] {
  return (
    db
      .prepare(
        "SELECT key, value FROM project_settings WHERE key >= 'query:' AND key < 'query;' ORDER BY key",
      )
      .all() as { key: string; value: string }[]
  ).map((row) => ({ name: row.key.slice(PREFIX.length), value: row.value }));
}

export function getSavedQueryRow(db: Db, name: string): string | undefined {
  return (
    db.prepare('SELECT value FROM project_settings WHERE key = ?').get(PREFIX + name) as
      { value: string } | undefined
  )?.value;
}

export function putSavedQueryRow(db: Db, name: string, value: string): void {
  db.prepare(
    'INSERT INTO project_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(PREFIX + name, value);
}

export function deleteSavedQueryRow(db: Db, name: string): boolean {
  return db.prepare('DELETE FROM project_settings WHERE key = ?').run(PREFIX + name).changes > 0;
}
