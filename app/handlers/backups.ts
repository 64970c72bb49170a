import { backupPath, listBackups } from '../backups/backupStore.ts';
import { copyProject } from '../backups/projectCopy.ts';
import { restoreProject } from '../backups/restore.ts';
import { AppError } from '../errors.ts';
import type { ProjectSession } from '../session.ts';
import { projectInfo } from './project.ts';
import type { HandlerGroup } from './registry.ts';

function configDir(session: ProjectSession): string {
  const settings = session.options.backups;
  if (!settings) throw new AppError('INTERNAL', 'Backups are not set up in this program.');
  return settings.configDir;
}

export const backupHandlers: HandlerGroup = {
  'project/backups': (_input, session) => listBackups(session.db(), configDir(session), session.options),
  'project/restoreBackup': ({ id }, session) => {
    restoreProject(session, backupPath(session.db(), configDir(session), id));
    return projectInfo(session);
  },
  // The destination comes as project/create's does (docs/ARCHITECTURE.md).
  'project/saveCopy': ({ path }, session) =>
    copyProject(session.db(), path, { ...session.options, refuseExisting: true }),
};
