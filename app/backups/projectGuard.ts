import {
  changeCount,
  otherHolders,
  registerHolder,
  unregisterHolder,
  tryWriteTransaction,
  type Db,
  type OpenOptions,
  type ProjectHolder,
} from '../../db/index.ts';
import type { BackupReason } from '../contract/types.ts';
import { storageError } from '../storageErrors.ts';
import { createBackup, deleteBackups, type BackupFile } from './backupStore.ts';

export interface BackupSettings {
  /** The user's config folder; backups go to its `backups/` sub-folder. */
  readonly configDir: string;
  /** A backup is taken after this many minutes during which the project changed. */
  readonly intervalMinutes?: number;
  /** False: no backup on open, on close or periodically, only when asked (the CLI). */
  readonly automatic?: boolean;
}

export const DEFAULT_BACKUP_INTERVAL_MINUTES = 10;

/** One line on stderr, in the plain words of app/storageErrors.ts when it knows the failure. */
function warn(what: string, error: unknown): void {
  const reason = storageError(error)?.message ?? (error instanceof Error ? error.message : String(error));
  console.warn(`[verbatim] ${what}: ${reason}`);
}

/** Operations after which the earlier backups must go (docs/PSEUDONYMISATION.md). */
const PURGING_OPERATIONS: ReadonlySet<string> = new Set(['pseudonymise/applyToDocuments']);

interface GuardOptions extends OpenOptions {
  readonly appName?: string;
  readonly backups?: BackupSettings;
}

/**
 * What a session does around an open project besides its operations: it leaves a note of
 * who holds the project (so that a process kept waiting can name it), and it takes the
 * automatic backups: on open, after every `intervalMinutes` of changes, and on close if
 * something changed since the last one. A backup that fails is logged, never blocks work.
 */
export class ProjectGuard {
  private readonly db: Db;
  private readonly options: GuardOptions;
  private lastBackupAt = 0;
  private changesAtBackup = 0;

  constructor(db: Db, options: GuardOptions) {
    this.db = db;
    this.options = options;
  }

  afterOpen(): void {
    // The note is a courtesy: a project busy at open is opened without it, at once.
    try {
      tryWriteTransaction(this.db, () => registerHolder(this.db, this.options.appName ?? 'Verbatim'));
    } catch (error) {
      warn('could not note this program as a holder of the project', error);
    }
    if (this.automatic()) this.backupSafely('open');
  }

  afterOperation(operation: string, now: number = Date.now()): void {
    const settings = this.options.backups;
    if (settings && PURGING_OPERATIONS.has(operation)) {
      // Earlier backups hold the names just replaced: pseudonymising must purge every copy.
      // The operation has succeeded; a failure here is logged, not reported as its failure.
      try {
        deleteBackups(this.db, settings.configDir);
        this.backup('manual');
      } catch (error) {
        warn('could not purge the backups after pseudonymising', error);
      }
      return;
    }
    if (!settings || !this.automatic()) return;
    // The cheap test first: this runs after every operation, reads included.
    const interval = (settings.intervalMinutes ?? DEFAULT_BACKUP_INTERVAL_MINUTES) * 60_000;
    if (now - this.lastBackupAt >= interval && this.changedSinceBackup()) this.backupSafely('auto');
  }

  beforeClose(): void {
    if (this.automatic() && this.changedSinceBackup()) this.backupSafely('close');
    // If the project is busy the note stays; the next program to open it sees this process
    // is gone and removes it.
    try {
      tryWriteTransaction(this.db, () => unregisterHolder(this.db));
    } catch (error) {
      warn('could not remove the holder note of this program', error);
    }
  }

  /** The other programs that have this project open. */
  others(): ProjectHolder[] {
    return otherHolders(this.db);
  }

  /**
   * Takes a backup now (errors are the caller's). Returns null when backups are off. The
   * rotation that follows never deletes `keep` (see createBackup).
   */
  backup(reason: BackupReason, keep?: string): BackupFile | null {
    const settings = this.options.backups;
    if (!settings) return null;
    const info = createBackup(this.db, settings.configDir, reason, this.options, new Date(), keep);
    this.lastBackupAt = Date.now();
    this.changesAtBackup = this.totalChanges();
    return info;
  }

  private automatic(): boolean {
    return this.options.backups !== undefined && this.options.backups.automatic !== false;
  }

  private backupSafely(reason: BackupReason): void {
    try {
      this.backup(reason);
    } catch (error) {
      warn(`the ${reason} backup failed`, error);
    }
  }

  private totalChanges(): number {
    return changeCount(this.db);
  }

  private changedSinceBackup(): boolean {
    return this.options.backups !== undefined && this.totalChanges() !== this.changesAtBackup;
  }
}
