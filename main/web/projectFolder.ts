import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { AppError } from '../../app/errors.ts';
import type { Caller } from '../../app/operationAccess.ts';
import { hasExtension, PROJECT_EXTENSION, withExtension } from '../projectFiles.ts';

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The real path of `path`, following every symbolic link on the way, including the last
 * part; for a file not created yet, its nearest existing folder's real path with the rest
 * appended. A dangling link throws (creating through it would write where it points).
 */
function realTarget(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!exists(existing)) {
    rest.unshift(basename(existing));
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

/**
 * What the page in a browser may name as a project file: a `.verbatim` file inside the
 * folder the web shell was started for (`folder`, already a real path), given relative to
 * it or absolute, without `..`, and not reached through a link that leaves the folder. A
 * name without extension gets `.verbatim`. Returns the real path to use.
 */
export function confineToProjectFolder(folder: string, sent: string): string {
  const refuse = (why: string): never => {
    throw new AppError(
      'NOT_ALLOWED',
      `Verbatim in the browser uses only .verbatim files in the folder ${folder}; “${sent}” ${why}.`,
      { key: 'outsideShellFolder', params: { folder, name: sent } },
    );
  };
  if (sent.includes('\0')) refuse('is not a file name');
  if (sent.split(/[\\/]/u).includes('..')) refuse('leaves that folder');
  const named = extname(sent) === '' ? withExtension(sent, PROJECT_EXTENSION) : sent;
  if (!hasExtension(named, PROJECT_EXTENSION)) refuse('is not a .verbatim file');
  const requested = resolve(folder, named);
  if (!isInside(folder, requested)) refuse('is outside it');
  let real: string;
  try {
    real = realTarget(requested);
  } catch {
    return refuse('is a link to nowhere');
  }
  if (!isInside(folder, real) || !hasExtension(real, PROJECT_EXTENSION)) refuse('leads outside it');
  return real;
}

/** The web shell's caller: project files confined to its folder (see confineToProjectFolder). */
export function webCaller(projectDir: string): Caller & { readonly folder: string } {
  const folder = realpathSync(projectDir);
  return { transport: 'web', folder, userPath: (sent) => confineToProjectFolder(folder, sent) };
}
