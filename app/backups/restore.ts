import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkProjectFile, openProjectReadOnly } from '../../db/index.ts';
import { AppError } from '../errors.ts';
import type { BackupFile } from './backupStore.ts';
import { copyProject } from './projectCopy.ts';
import { projectIdentity } from './projectIdentity.ts';
import type { ProjectSession } from '../session.ts';
import { translateOpenError } from '../session.ts';
import { busyTranslated, describeBusy } from '../storageErrors.ts';

/**
 * Replaces the open project by the project file `backupFile`. The current state is backed
 * up first (reason `before-restore`), so a restore can itself be undone by restoring that
 * backup. Refused while another program has the project open: replacing a file under it
 * would lose its work.
 */
export function restoreProject(session: ProjectSession, backupFile: string): BackupFile {
  const path = session.path;
  if (path === null)
    throw new AppError('NO_PROJECT', 'No project is open; create or open one first.', { key: 'noProject' });
  if (resolve(backupFile) === resolve(path))
    throw new AppError('CONFLICT', 'A project cannot be restored from itself; choose a backup.', {
      key: 'restoreFromItself',
    });
  try {
    checkProjectFile(backupFile, session.options);
  } catch (error) {
    translateOpenError(error);
  }
  const guard = session.guard();
  const others = guard.others();
  if (others.length > 0)
    throw new AppError(
      'BUSY',
      `${describeBusy(others)} Close it there before restoring a backup.`,
      busyTranslated(others),
    );
  // The chosen backup is spared by the rotation this backup triggers: with many recent
  // backups it would be the oldest, deleted before it could be copied.
  const kept = guard.backup('before-restore', backupFile);
  if (kept === null)
    throw new AppError(
      'INTERNAL',
      'Backups are not set up in this program, so the current project cannot be kept before restoring.',
    );
  // The restored project stays this project: it keeps its id (and so its backups), even
  // when the file restored is a copy that was given an id of its own.
  const projectId = projectIdentity(session.db());
  session.reopenAfter((target) => {
    // Our connection closed last, so SQLite folded the WAL into the file and removed it; a
    // WAL still there belongs to a program that opened the project meanwhile.
    if (existsSync(`${target}-wal`))
      throw new AppError(
        'BUSY',
        `${describeBusy([])} Close it there before restoring a backup.`,
        busyTranslated([]),
      );
    const source = openProjectReadOnly(backupFile, session.options);
    try {
      copyProject(source, target, { ...session.options, projectId });
    } finally {
      source.close();
    }
  });
  return kept;
}
