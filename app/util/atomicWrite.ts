import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
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

/**
 * The one way Verbatim writes a file: `produce` fills a new private (0600) file beside the
 * destination, which is flushed to disk and then renamed over it. A failure at any point
 * (full disk, killed process, a writer that throws) leaves the previous file as it was and
 * no partial file under its name.
 */
export function produceFileAtomically(
  path: string,
  produce: (temporary: string) => void,
  options: AtomicWriteOptions = {},
): void {
  if (options.refuseExisting && existsSync(path))
    throw new AppError('FILE_EXISTS', `A file already exists at ${path}; choose another name.`);
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
    if (options.refuseExisting && existsSync(path))
      throw new AppError('FILE_EXISTS', `A file already exists at ${path}; choose another name.`);
    renameSync(temporary, path);
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
