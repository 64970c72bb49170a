import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import type { Db } from '../open.ts';

/** A program that has the project open, as it introduced itself when opening. */
export interface ProjectHolder {
  readonly pid: number;
  readonly host: string;
  readonly user: string;
  readonly app: string;
  readonly openedAt: string;
}

interface HolderRow {
  readonly id: string;
  readonly pid: number;
  readonly host: string;
  readonly user: string;
  readonly app: string;
  readonly opened_at: string;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

/** True when no process of this machine has that id (EPERM: it exists, another user's). */
export function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as { code?: string }).code === 'ESRCH';
  }
}

/** The rows this process wrote and has not removed, with the file each was written to. */
const liveIds = new Map<string, string>();

/**
 * A row left by a program that crashed (same machine, process gone), or one with this
 * process's id that it did not write: the file was copied while this process held it.
 */
function isStale(db: Db, row: HolderRow): boolean {
  if (row.host !== hostname()) return false;
  if (row.pid === process.pid) return liveIds.get(row.id) !== db.name;
  return processIsGone(row.pid);
}

function toHolder(row: HolderRow): ProjectHolder {
  return { pid: row.pid, host: row.host, user: row.user, app: row.app, openedAt: row.opened_at };
}

const holderIds = new WeakMap<Db, string>();

/**
 * Records this connection as a holder of the project and forgets crashed ones. Must run in
 * a write transaction (the caller's); see writeTransaction.
 */
export function registerHolder(db: Db, app: string): void {
  const rows = db.prepare('SELECT * FROM project_holders').all() as HolderRow[];
  const remove = db.prepare('DELETE FROM project_holders WHERE id = ?');
  for (const row of rows) if (isStale(db, row)) remove.run(row.id);
  const id = randomUUID();
  db.prepare(
    'INSERT INTO project_holders (id, pid, host, user, app, opened_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, process.pid, hostname(), currentUser(), app, new Date().toISOString());
  holderIds.set(db, id);
  liveIds.set(id, db.name);
}

/** Removes this connection's row (before closing). */
export function unregisterHolder(db: Db): void {
  const id = holderIds.get(db);
  if (id === undefined) return;
  db.prepare('DELETE FROM project_holders WHERE id = ?').run(id);
  holderIds.delete(db);
  liveIds.delete(id);
}

/** The other live programs that have the project open, oldest first. Reads only. */
export function otherHolders(db: Db): ProjectHolder[] {
  const own = holderIds.get(db);
  const rows = db.prepare('SELECT * FROM project_holders ORDER BY opened_at').all() as HolderRow[];
  return rows.filter((row) => row.id !== own && !isStale(db, row)).map(toHolder);
}

/** Removes every holder row: a copy or a backup is held by nobody. */
export function clearHolders(db: Db): void {
  db.prepare('DELETE FROM project_holders').run();
}
