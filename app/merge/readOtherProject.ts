import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  openProject,
  processIsGone,
  ProjectOpenError,
  readProjectSnapshot,
  type OpenOptions,
  type ProjectSnapshot,
} from '../../db/index.ts';
import { AppError } from '../errors.ts';
import { OPEN_ERROR_CODES, openErrorTranslated } from '../session.ts';

const MERGE_FOLDER_PREFIX = 'verbatim-merge-';

/**
 * Deletes the temporary copies left by merges whose process was killed (`verbatim-merge-
 * <pid>-…`, the process gone): a colleague's interviews must not stay in the temporary
 * folder. Called before every merge.
 */
export function removeStaleMergeCopies(folder: string = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^verbatim-merge-(\d+)-/u.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && processIsGone(Number(pid)))
      rmSync(join(folder, name), { recursive: true, force: true });
  }
}

/**
 * Reads another project without touching it: the file (and its WAL, which may hold the last
 * commits) is copied to a temporary folder, migrated there if it is older, read, and the
 * copy deleted.
 */
export function readOtherProject(path: string, options: OpenOptions): ProjectSnapshot {
  if (!existsSync(path))
    throw new AppError('NOT_FOUND', `No project file at ${path}.`, { key: 'openNotFound', params: { path } });
  removeStaleMergeCopies();
  // mkdtemp makes the folder 0700: the copy is private while it exists.
  const folder = mkdtempSync(join(tmpdir(), `${MERGE_FOLDER_PREFIX}${process.pid}-`));
  const copy = join(folder, basename(path));
  try {
    copyFileSync(path, copy);
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
    let db;
    try {
      db = openProject(copy, options);
    } catch (error) {
      if (error instanceof ProjectOpenError) {
        throw new AppError(
          OPEN_ERROR_CODES[error.kind],
          error.message.replaceAll(copy, path),
          openErrorTranslated(error, path),
        );
      }
      throw error;
    }
    try {
      return readProjectSnapshot(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
