import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  openProject,
  ProjectOpenError,
  readProjectSnapshot,
  type OpenOptions,
  type ProjectSnapshot,
} from '../../db/index.ts';
import { AppError } from '../errors.ts';

/**
 * Reads another project without touching it: the file (and its WAL, which may hold the last
 * commits) is copied to a temporary folder, migrated there if it is older, read, and the
 * copy deleted.
 */
export function readOtherProject(path: string, options: OpenOptions): ProjectSnapshot {
  if (!existsSync(path)) throw new AppError('NOT_FOUND', `No project file at ${path}.`);
  const folder = mkdtempSync(join(tmpdir(), 'verbatim-merge-'));
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
          error.kind === 'newer-version' ? 'NEWER_VERSION' : 'NOT_A_PROJECT',
          error.message.replaceAll(copy, path),
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
