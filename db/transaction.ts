import type { Db } from './open.ts';
import { otherHolders, type ProjectHolder } from './queries/holders.ts';

/**
 * Another process kept the project's write lock for longer than the busy timeout. The
 * holders are the other programs that have the project open (read from `project_holders`);
 * the app turns this into a sentence naming them.
 */
export class ProjectBusyError extends Error {
  readonly holders: readonly ProjectHolder[];
  constructor(holders: readonly ProjectHolder[]) {
    super('The project is busy: another program is writing to it.');
    this.name = 'ProjectBusyError';
    this.holders = holders;
  }
}

export function isSqliteBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

/**
 * The one way to write to a project. The transaction starts IMMEDIATE: it takes the write
 * lock at BEGIN, where SQLite honours busy_timeout and waits for another process to finish.
 * A deferred transaction would start as a reader and fail at once with "database is locked"
 * when it tried to upgrade while another process writes (SQLite never waits for an upgrade,
 * since waiting could deadlock). Nested calls become savepoints of the outer transaction.
 * ESLint forbids `.transaction(` anywhere else (eslint.config.js).
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
  try {
    return db.transaction(work).immediate();
  } catch (error) {
    if (isSqliteBusy(error)) throw new ProjectBusyError(busyHolders(db));
    throw error;
  }
}

function busyHolders(db: Db): readonly ProjectHolder[] {
  try {
    return otherHolders(db);
  } catch {
    // Reading who holds the project is a courtesy; the busy error is what matters.
    return [];
  }
}

/**
 * A write that is only worth doing if the project is free now (the holder note): runs
 * `work` in an IMMEDIATE transaction without waiting, and returns false if another process
 * is writing.
 */
export function tryWriteTransaction(db: Db, work: () => void): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    writeTransaction(db, work);
    return true;
  } catch (error) {
    if (error instanceof ProjectBusyError) return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/**
 * Reads in one transaction: every query of `work` sees the same committed state (in WAL
 * mode, the snapshot taken at the first read), whatever other connections commit meanwhile.
 * Used by a job worker, which reads on its own connection while the app goes on writing.
 */
export function readSnapshot<T>(db: Db, work: () => T): T {
  return db.transaction(work).deferred();
}
