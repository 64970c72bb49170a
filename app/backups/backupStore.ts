import { chmodSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  countCodings,
  countDocuments,
  openProjectReadOnly,
  type Db,
  type OpenOptions,
} from '../../db/index.ts';
import { BACKUP_REASONS, type BackupReason } from '../contract/enums.ts';
import type { BackupInfo } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { copyProject } from './projectCopy.ts';
import { projectIdentity } from './projectIdentity.ts';

/**
 * Rotation (docs/USER-GUIDE.md, "Backups"): the newest KEEP_RECENT backups are kept, and of
 * older ones the newest of each day, for KEEP_DAYS days. So a mistake found within the hour
 * or noticed a week later can both be undone, in bounded space.
 */
export const KEEP_RECENT = 10;
export const KEEP_DAYS = 14;

const REASONS: readonly BackupReason[] = BACKUP_REASONS;
/** `2026-12-07T01-02-03-123Z_auto.verbatim`: sortable, and safe in any file system. */
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)_([a-z-]+)\.verbatim$/u;

/** `<config>/backups/<project id>/`, private to the user (0700). */
export function backupFolder(configDir: string, db: Db): string {
  const root = resolve(configDir, 'backups');
  const folder = resolve(root, projectIdentity(db));
  // Belt and braces over the id's shape: nothing is created outside backups/.
  if (dirname(folder) !== root)
    throw new AppError('INTERNAL', 'The backups folder of this project is not inside the backups folder.');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(root, 0o700);
  chmodSync(folder, 0o700);
  return folder;
}

function nameFor(date: Date, reason: BackupReason): string {
  return `${date.toISOString().replace(/:/gu, '-').replace('.', '-')}_${reason}.verbatim`;
}

function createdAtOf(stamp: string): string {
  const [date = '', time = ''] = stamp.split('T');
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

interface BackupEntry {
  readonly id: string;
  readonly createdAt: string;
  readonly reason: BackupReason;
}

function entries(folder: string): BackupEntry[] {
  const found: BackupEntry[] = [];
  for (const name of readdirSync(folder)) {
    const match = BACKUP_NAME.exec(name);
    const reason = match?.[2] as BackupReason | undefined;
    if (!match?.[1] || !reason || !REASONS.includes(reason)) continue;
    found.push({ id: name, createdAt: createdAtOf(match[1]), reason });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The backups to delete under the rotation policy (entries newest first). */
export function expiredBackups(list: readonly BackupEntry[], now: Date): BackupEntry[] {
  const keptDays = new Set<string>();
  const oldest = now.getTime() - KEEP_DAYS * 24 * 3600 * 1000;
  return list.filter((entry, index) => {
    if (index < KEEP_RECENT) return false;
    const day = entry.createdAt.slice(0, 10);
    if (Date.parse(entry.createdAt) >= oldest && !keptDays.has(day)) {
      keptDays.add(day);
      return false;
    }
    return true;
  });
}

/** A backup just taken, with where it is (for the CLI; the interface names backups by id). */
export interface BackupFile extends BackupInfo {
  readonly path: string;
}

/**
 * Backs the open project up into its folder, then applies the rotation. `keep` is a file
 * the rotation must not delete: the backup about to be restored, which the backup taken
 * before restoring could otherwise push out of the rotation before it is copied.
 */
export function createBackup(
  db: Db,
  configDir: string,
  reason: BackupReason,
  options: OpenOptions = {},
  now: Date = new Date(),
  keep?: string,
): BackupFile {
  const folder = backupFolder(configDir, db);
  let name = nameFor(now, reason);
  // Two backups in the same millisecond: the later one waits its turn by name.
  for (let extra = 1; entries(folder).some((entry) => entry.id === name); extra++)
    name = nameFor(new Date(now.getTime() + extra), reason);
  // A backup is the project itself, restored as such: it keeps the project's id.
  const copy = copyProject(db, join(folder, name), {
    ...options,
    refuseExisting: true,
    projectId: projectIdentity(db),
  });
  const list = entries(folder);
  // Entries of days already kept are counted from the newest; the new one is never expired.
  const kept = keep === undefined ? null : resolve(keep);
  for (const entry of expiredBackups(list, now)) {
    const path = join(folder, entry.id);
    if (resolve(path) !== kept) rmSync(path, { force: true });
  }
  return {
    path: copy.path,
    id: name,
    createdAt: createdAtOf(BACKUP_NAME.exec(name)?.[1] ?? ''),
    reason,
    bytes: copy.bytes,
    documentCount: copy.documentCount,
    codingCount: copy.codingCount,
  };
}

function describe(folder: string, entry: BackupEntry, options: OpenOptions): BackupInfo | null {
  const path = join(folder, entry.id);
  try {
    const copy = openProjectReadOnly(path, options);
    try {
      return {
        ...entry,
        bytes: statSync(path).size,
        documentCount: countDocuments(copy),
        codingCount: countCodings(copy),
      };
    } finally {
      copy.close();
    }
  } catch {
    // A damaged or foreign file in the folder is not offered for restoring.
    return null;
  }
}

/** The backups of the open project, newest first. */
export function listBackups(db: Db, configDir: string, options: OpenOptions = {}): BackupInfo[] {
  const folder = backupFolder(configDir, db);
  return entries(folder)
    .map((entry) => describe(folder, entry, options))
    .filter((info): info is BackupInfo => info !== null);
}

/** The file of one listed backup; an id that is not in the list is refused. */
export function backupPath(db: Db, configDir: string, id: string): string {
  const folder = backupFolder(configDir, db);
  if (!entries(folder).some((entry) => entry.id === id))
    throw new AppError('NOT_FOUND', `There is no backup ${id} of this project.`, {
      key: 'backupNotFound',
      params: { id },
    });
  return join(folder, id);
}

/**
 * Deletes every backup of the open project (after a pseudonymisation: they hold the names
 * it replaced). The files are overwritten with zeros first, so the names are not left in
 * the freed blocks of a disk that does not reuse them at once.
 */
export function deleteBackups(db: Db, configDir: string): void {
  const folder = backupFolder(configDir, db);
  for (const entry of entries(folder)) {
    const path = join(folder, entry.id);
    try {
      writeFileSync(path, Buffer.alloc(statSync(path).size));
    } finally {
      rmSync(path, { force: true });
    }
  }
}
