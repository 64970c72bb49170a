import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { countCodes, countDocuments, setSetting } from '../../db/index.ts';
import { backupPath, listBackups } from '../backups/backupStore.ts';
import { copyProject } from '../backups/projectCopy.ts';
import { restoreProject } from '../backups/restore.ts';
import type { NewProjectCheck, ProjectInfo, RecentProject } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { mergeProject } from '../merge/mergeProject.ts';
import {
  outsideProject,
  ownTransaction,
  read,
  unrecorded,
  type OperationGroup,
} from '../registration/registry.ts';
import type { ProjectSession } from '../session.ts';
import { isBlind } from '../visibility/blindSession.ts';

export function projectInfo(session: ProjectSession): ProjectInfo {
  const db = session.db();
  return {
    path: session.path ?? '',
    name: session.name ?? '',
    documentCount: countDocuments(db),
    codeCount: countCodes(db),
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function recentEntries(session: ProjectSession): RecentProject[] {
  return session.options.recent.remembered().map((path) => ({ path, missing: !isFile(path) }));
}

function isWritableFolder(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function checkNewProject(path: string): NewProjectCheck {
  const folder = dirname(path);
  const folderExists = isFolder(folder);
  return {
    path,
    folder,
    folderExists,
    folderWritable: folderExists && isWritableFolder(folder),
    exists: existsSync(path),
  };
}

function configDir(session: ProjectSession): string {
  const settings = session.options.backups;
  if (!settings) throw new AppError('INTERNAL', 'Backups are not set up in this program.');
  return settings.configDir;
}

export const projectOperations = {
  // Opening, creating and closing act on the session itself, not on the project's rows.
  'project/create': outsideProject(({ path }, session) => {
    session.create(path);
    return projectInfo(session);
  }),
  'project/open': outsideProject(({ path }, session) => {
    session.open(path);
    return projectInfo(session);
  }),
  'project/close': outsideProject((_input, session) => {
    session.close();
    return null;
  }),
  'project/current': read((_input, session) => (session.hasProject() ? projectInfo(session) : null)),
  'project/recent': outsideProject((_input, session) => session.options.recent.list()),
  'project/recentEntries': outsideProject((_input, session) => recentEntries(session)),
  'project/forgetRecent': outsideProject(({ recent }, session) => {
    session.options.recent.forget(recent);
    return recentEntries(session);
  }),
  'project/shellFolder': outsideProject((_input, session) => session.shellFolder),
  'project/checkNew': outsideProject(({ path }) => checkNewProject(path)),

  // Settings of the project (blind mode).
  'project/settings': read((_input, session) => ({ blindMode: isBlind(session.db()) })),
  'project/setSettings': unrecorded(
    'A project setting switched by the team lead, not a change to the material.',
    ({ blindMode }, session) => {
      const db = session.db();
      setSetting(db, 'blindMode', String(blindMode));
      return { blindMode };
    },
  ),

  // Backups and copies (app/backups/).
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

  // Merging another project file into this one (app/merge/).
  // Both are writes: a merge reads the other file whole and writes into this one (the
  // preview is the same merge, rolled back).
  'project/mergePreview': ownTransaction(
    'A merge is recorded as one bulk event (recordBulk), not row by row; the preview rolls it back.',
    ({ path }, session) => mergeProject(session, path, {}, true),
  ),
  'project/merge': ownTransaction(
    'A merge is recorded as one bulk event (recordBulk), not row by row; the preview rolls it back.',
    ({ path, resolutions }, session) => mergeProject(session, path, resolutions ?? {}, false),
  ),
} satisfies OperationGroup;
