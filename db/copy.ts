import Database from 'better-sqlite3';
import { clearHolders } from './queries/holders.ts';
import { countDocuments } from './queries/documents.ts';
import type { Db, OpenOptions } from './open.ts';

export interface CopyCounts {
  readonly documentCount: number;
  readonly codingCount: number;
}

export function countCodings(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM codings').get() as { n: number }).n;
}

/**
 * Writes a complete, consistent copy of the project into `target` (absent or empty).
 * `VACUUM INTO` reads the project in one read transaction, WAL included, so the copy holds
 * every committed change (a file manager's copy of an open project misses what is still in
 * the -wal) and nothing half made by another process. The copy is compacted (no free pages
 * keeping deleted text), in rollback-journal mode (one self-contained file) and held by
 * nobody. `prepare` may change the copy before it is closed (its project id).
 */
export function copyDatabase(
  db: Db,
  target: string,
  options: OpenOptions = {},
  prepare?: (copy: Db) => void,
): CopyCounts {
  db.prepare('VACUUM INTO ?').run(target);
  const copy = new Database(target, {
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    copy.pragma('journal_mode = DELETE');
    clearHolders(copy);
    prepare?.(copy);
    return { documentCount: countDocuments(copy), codingCount: countCodings(copy) };
  } finally {
    copy.close();
  }
}

/** Rows changed through this connection since it opened (to tell whether a backup is due). */
export function changeCount(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}
