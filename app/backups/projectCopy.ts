import { statSync } from 'node:fs';
import { copyDatabase, type CopyCounts, type Db, type OpenOptions } from '../../db/index.ts';
import { produceFileAtomically, type AtomicWriteOptions } from '../util/atomicWrite.ts';
import { setProjectIdentity } from './projectIdentity.ts';

/** What a copy of a project holds, to tell copies apart in a list. */
export interface CopySummary extends CopyCounts {
  readonly path: string;
  readonly bytes: number;
}

/**
 * A complete copy of the open project at `path` (db/copy.ts), private (0600), appearing
 * under its name only once complete: used by backups, restores, "Save a copy as…" and the
 * CLI.
 */
export interface CopyOptions extends AtomicWriteOptions, OpenOptions {
  /**
   * The project id the copy gets. A backup keeps the project's own (it is restored as the
   * project); a copy the user may open as a project of its own needs another, or the two
   * would share one backups folder (docs/security/storage.md).
   */
  readonly projectId?: string;
}

export function copyProject(db: Db, path: string, options: CopyOptions = {}): CopySummary {
  const projectId = options.projectId;
  let counts: CopyCounts = { documentCount: 0, codingCount: 0 };
  produceFileAtomically(
    path,
    (temporary) => {
      counts = copyDatabase(
        db,
        temporary,
        options,
        projectId === undefined ? undefined : (copy) => setProjectIdentity(copy, projectId),
      );
    },
    options,
  );
  return { path, bytes: statSync(path).size, ...counts };
}
