import { ProjectBusyError, type ProjectHolder } from '../db/index.ts';
import { AppError, type Translated } from './errors.ts';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function pathOf(error: unknown): string | undefined {
  const path = (error as { path?: unknown } | null)?.path;
  return typeof path === 'string' ? path : undefined;
}

/** One program holding the project, as it introduced itself, in plain words. */
export function describeHolder(holder: ProjectHolder): string {
  const since = holder.openedAt.slice(0, 16).replace('T', ' ');
  return `${holder.app} (process ${holder.pid}, user ${holder.user || 'unknown'} on ${holder.host}, open since ${since} UTC)`;
}

/** The busy message: who has the project open, in plain words. */
export function describeBusy(holders: readonly ProjectHolder[]): string {
  const who =
    holders.length === 0
      ? 'another program is saving changes to it'
      : `it is being changed by ${holders.map(describeHolder).join(', or by ')}`;
  return `The project is busy: ${who}. Nothing was changed here; try again when it has finished, or close the project there.`;
}

/** The busy message for the interface: who holds the project, by name, host and time. */
export function busyTranslated(holders: readonly ProjectHolder[]): Translated {
  if (holders.length === 0) return { key: 'busy' };
  return { key: 'busyBy', params: { holders: holderNames(holders) } };
}

/** The programs holding the project, by name, user, host and time, for a translated message. */
export function holderNames(holders: readonly ProjectHolder[]): string {
  return holders
    .map(
      (holder) =>
        `${holder.app} (${holder.user || '?'}@${holder.host}, ${holder.openedAt.slice(0, 16).replace('T', ' ')} UTC)`,
    )
    .join(', ');
}

/**
 * The one place where failures of the disk and of SQLite become one plain sentence: a full
 * disk, a read-only disk or file, a refused permission, a project another program holds.
 * Returns null for anything else (a real bug, reported as INTERNAL).
 */
export function storageError(error: unknown): AppError | null {
  if (error instanceof ProjectBusyError)
    return new AppError('BUSY', describeBusy(error.holders), busyTranslated(error.holders));
  const code = codeOf(error);
  const where = pathOf(error);
  const file = where ? ` (${where})` : '';
  // SQLite reports a full disk as SQLITE_FULL, or as SHMSIZE when the WAL index cannot grow.
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT' || code === 'SQLITE_IOERR_SHMSIZE')
    return new AppError(
      'DISK_FULL',
      `The disk is full${file}: nothing was written. Free some space, then try again.`,
      { key: 'diskFull', params: { where: file } },
    );
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY'))
    return new AppError(
      'READ_ONLY',
      `The disk or file is read-only${file}: nothing was written. Copy the project to a writable folder, or choose another place.`,
      { key: 'readOnly', params: { where: file } },
    );
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_CANTOPEN')
    return new AppError(
      'NO_PERMISSION',
      `Verbatim is not allowed to write there${file}. Choose a folder of your own, or ask for write permission.`,
      { key: 'noPermission', params: { where: file } },
    );
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO')
    return new AppError(
      'DISK_ERROR',
      `The disk could not be written to or read${file}: it may be full, removed or failing. Nothing was saved; check the disk, then try again.`,
      { key: 'diskError', params: { where: file } },
    );
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'))
    return new AppError('BUSY', describeBusy([]), busyTranslated([]));
  return null;
}
