import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PRIVATE_FILE_MODE } from '../../db/index.ts';
import { AppError } from '../errors.ts';

export interface AtomicWriteOptions {
  /** Refuse when the destination exists (a copy never replaces a file by accident). */
  readonly refuseExisting?: boolean;
}

function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

function fileExists(path: string): AppError {
  return new AppError('FILE_EXISTS', `A file already exists at ${path}; choose another name.`, {
    key: 'fileExists',
    params: { path },
  });
}

function codeOf(error: unknown): unknown {
  return error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
}

/**
 * Puts the finished `temporary` under `path` only if nothing is there. A hard link fails
 * with EEXIST in the same step as it checks, where "check, then rename" lets a file made
 * in between be replaced. A file system without hard links (FAT, exFAT USB drives, some
 * network shares) falls back to that check: the best it allows.
 */
function linkIfAbsent(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') throw fileExists(path);
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(String(codeOf(error)))) throw error;
    if (existsSync(path)) throw fileExists(path);
    renameSync(temporary, path);
  }
}

/**
 * Flushes the folder's entry for the new name, so that after a power cut the file is
 * there under its name, not only its content. Windows cannot open a folder for this and
 * makes renames durable itself; a file system that cannot sync folders (EINVAL) is left to
 * its own.
 */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } catch (error) {
    if (codeOf(error) !== 'EINVAL') throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * The one way Verbatim writes a file: `produce` fills a new private (0600) file beside the
 * destination, which is flushed to disk and then renamed over it (or, when overwriting is
 * refused, linked to its name), and the folder is flushed. A failure at any point (full
 * disk, killed process, a writer that throws) leaves the previous file as it was and no
 * partial file under its name.
 */
export function produceFileAtomically(
  path: string,
  produce: (temporary: string) => void,
  options: AtomicWriteOptions = {},
): void {
  // Early, to spare the work of producing; linkIfAbsent is what guarantees it.
  if (options.refuseExisting && existsSync(path)) throw fileExists(path);
  const temporary = temporaryBeside(path);
  try {
    closeSync(openSync(temporary, 'wx', PRIVATE_FILE_MODE));
    produce(temporary);
    const fd = openSync(temporary, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.refuseExisting) linkIfAbsent(temporary, path);
    else renameSync(temporary, path);
    syncFolder(dirname(path));
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Writes `content` to `path` atomically and privately (see produceFileAtomically). */
export function writeFileAtomically(
  path: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions = {},
): void {
  produceFileAtomically(
    path,
    (temporary) => {
      const fd = openSync(temporary, 'w');
      try {
        const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      } finally {
        closeSync(fd);
      }
    },
    options,
  );
}
