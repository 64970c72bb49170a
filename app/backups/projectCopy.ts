import { statSync } from 'node:fs';
import { copyDatabase, type CopyCounts, type Db, type OpenOptions } from '../../db/index.ts';
import { produceFileAtomically, type AtomicWriteOptions } from '../util/atomicWrite.ts';
import { newProjectIdentity, setProjectIdentity } from './projectIdentity.ts';

/** What a copy of a project holds, to tell copies apart in a list. */
export interface CopySummary extends CopyCounts {
  readonly path: string;
  readonly bytes: number;
}

export interface CopyOptions extends AtomicWriteOptions, OpenOptions {
  /**
   * The project id the copy gets. By default a new one: a copy the user may open as a
   * project of its own must not share the original's backups folder (pseudonymising one
   * would purge the other's). A backup passes the project's own, as it is restored as the
   * project (docs/security/storage.md).
   */
  readonly projectId?: string;
}

/**
 * A complete copy of the open project at `path` (db/copy.ts), private (0600), appearing
 * under its name only once complete: used by backups, restores, "Save a copy as…" and the
 * CLI.
 */
export function copyProject(db: Db, path: string, options: CopyOptions = {}): CopySummary {
  const projectId = options.projectId ?? newProjectIdentity();
  let counts: CopyCounts = { documentCount: 0, codingCount: 0 };
  produceFileAtomically(
    path,
    (temporary) => {
      counts = copyDatabase(db, temporary, options, (copy) => setProjectIdentity(copy, projectId));
    },
    options,
  );
  return { path, bytes: statSync(path).size, ...counts };
}
