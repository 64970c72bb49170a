import { statSync } from 'node:fs';
import { copyDatabase, type CopyCounts, type Db, type OpenOptions } from '../../db/index.ts';
import { produceFileAtomically, type AtomicWriteOptions } from '../util/atomicWrite.ts';

/** What a copy of a project holds, to tell copies apart in a list. */
export interface CopySummary extends CopyCounts {
  readonly path: string;
  readonly bytes: number;
}

/**
 * A complete copy of the open project at `path` (db/copy.ts), private (0600), appearing
 * under its name only once complete: used by backups, "Save a copy as…" and the CLI.
 */
export function copyProject(
  db: Db,
  path: string,
  options: AtomicWriteOptions & OpenOptions = {},
): CopySummary {
  let counts: CopyCounts = { documentCount: 0, codingCount: 0 };
  produceFileAtomically(
    path,
    (temporary) => {
      counts = copyDatabase(db, temporary, options);
    },
    options,
  );
  return { path, bytes: statSync(path).size, ...counts };
}
