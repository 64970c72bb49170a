import { backupPath, listBackups } from '../backups/backupStore.ts';
import { copyProject } from '../backups/projectCopy.ts';
import { restoreProject } from '../backups/restore.ts';
import { AppError } from '../errors.ts';
import type { ProjectSession } from '../session.ts';
import { projectInfo } from './project.ts';
import { outsideProject, ownTransaction, type OperationGroup } from './registry.ts';

function configDir(session: ProjectSession): string {
  const settings = session.options.backups;
  if (!settings) throw new AppError('INTERNAL', 'Backups are not set up in this program.');
  return settings.configDir;
}

export const backupOperations = {
  // Backups and copies are whole files, every coder's work included (blind mode hides, it
  // does not lock: docs/security/visibility.md); listing them reads files, not the project.
  'project/backups': outsideProject((_input, session) =>
    listBackups(session.db(), configDir(session), session.options),
  ),
  'project/restoreBackup': ownTransaction(
    'Restoring replaces the project file and opens it again.',
    ({ id }, session) => {
      restoreProject(session, backupPath(session.db(), configDir(session), id));
      return projectInfo(session);
    },
  ),
  // The destination comes as project/create's does (docs/ARCHITECTURE.md). The copy is a
  // project of its own, with a new id (projectCopy.ts): it does not share the backups.
  'project/saveCopy': ownTransaction(
    "A copy is the whole file, written by SQLite's backup, not a transaction on the project.",
    ({ path }, session) => copyProject(session.db(), path, { ...session.options, refuseExisting: true }),
  ),
} satisfies OperationGroup;
