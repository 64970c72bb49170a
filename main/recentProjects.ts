import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RecentProjectsStore } from '../app/session.ts';
import { writeFileAtomically } from '../app/util/atomicWrite.ts';

export const RECENT_PROJECTS_FILE = 'recent-projects.json';
export const MAX_RECENT_PROJECTS = 10;

interface RecentProjectsFile {
  readonly version: 1;
  readonly projects: readonly string[];
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Paths are compared case-insensitively where the file system usually is. */
function sameFile(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/**
 * Reads the stored list. A missing, unreadable or hand-mangled file is an empty list: the
 * recent-projects menu is a convenience and must never stop the app from starting.
 */
function readList(file: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const projects = (parsed as Partial<RecentProjectsFile> | null)?.projects;
  if (!Array.isArray(projects)) return [];
  return projects.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '');
}

function writeList(dir: string, file: string, projects: readonly string[]): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const body: RecentProjectsFile = { version: 1, projects };
  // Write then rename, so a crash mid-write leaves the previous list rather than half a file.
  writeFileAtomically(file, `${JSON.stringify(body, null, 2)}\n`);
}

/**
 * The recently opened projects, most recent first, at most ten, only files that still
 * exist. Shared by the Electron app (dir = userData), the web shell and the CLI (dir =
 * defaultConfigDir()).
 */
export function createRecentProjectsStore(
  dir: string,
  options: { readonly platform?: NodeJS.Platform } = {},
): RecentProjectsStore {
  const platform = options.platform ?? process.platform;
  const file = join(dir, RECENT_PROJECTS_FILE);

  const distinct = (paths: readonly string[]): string[] => {
    const kept: string[] = [];
    for (const path of paths) {
      if (kept.some((other) => sameFile(other, path, platform))) continue;
      kept.push(path);
    }
    return kept.slice(0, MAX_RECENT_PROJECTS);
  };

  const save = (paths: readonly string[]): void => {
    try {
      writeList(dir, file, distinct(paths));
    } catch (error) {
      // The project itself is fine; failing to update the list is not worth an error dialog.
      console.warn(`[verbatim] could not update the recent-projects list in ${dir}:`, error);
    }
  };

  // A missing project stays listed (marked missing on the start page) until the user takes it
  // off: a project on an unplugged disk comes back when the disk does.
  return {
    list: () => distinct(readList(file)).filter(isFile),
    remembered: () => distinct(readList(file)),
    remember: (path: string) => {
      const absolute = resolve(path);
      save([absolute, ...readList(file).filter((entry) => !sameFile(entry, absolute, platform))]);
    },
    forget: (path: string) => {
      save(readList(file).filter((entry) => !sameFile(entry, path, platform)));
    },
  };
}
