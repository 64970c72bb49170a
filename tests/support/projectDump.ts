import type Database from 'better-sqlite3';

/**
 * Every row of every table of a project, rowids included, in rowid order; and the full-text
 * index as it answers (its shadow tables keep deletion markers, which differ after a delete
 * and a re-insert of the same rows). The history itself is left out unless asked for: undo
 * and redo change its events, which is their job.
 */
export function projectDump(
  db: Database.Database,
  options: { readonly withEvents?: boolean } = {},
): Record<string, unknown[]> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE 'segments_fts%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const dump: Record<string, unknown[]> = {};
  for (const name of tables) {
    if (name === 'events' && options.withEvents !== true) continue;
    dump[name] = db.prepare(`SELECT rowid, * FROM "${name}" ORDER BY rowid`).all();
  }
  dump.segments_fts = db.prepare('SELECT rowid, text FROM segments_fts ORDER BY rowid').all();
  return dump;
}
