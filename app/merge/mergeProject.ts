import { writeTransaction } from '../../db/index.ts';
import { basename, resolve } from 'node:path';
import type { MergeSide, ProjectMergeReport } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { recordBulk } from '../history/record.ts';
import type { ProjectSession } from '../session.ts';
import { mergeSnapshot } from './mergeSnapshot.ts';
import { readOtherProject } from './readOtherProject.ts';

class DryRun extends Error {
  constructor(readonly report: ProjectMergeReport) {
    super('dry run');
  }
}

/** Merges the project at `path` into the open one; a dry run reports and rolls back. */
export function mergeProject(
  session: ProjectSession,
  path: string,
  resolutions: Record<string, MergeSide>,
  dryRun: boolean,
): ProjectMergeReport {
  const db = session.db();
  if (session.path && resolve(session.path) === resolve(path)) {
    throw new AppError('CONFLICT', 'This is the project that is open; choose another project to merge.', {
      key: 'mergeItself',
    });
  }
  const snapshot = readOtherProject(path, session.options);
  try {
    // One transaction: an interrupted merge (crash, killed process) leaves the project as it was.
    // Recorded as one event, so the whole merge can be undone and redone.
    const description = {
      kind: 'project.merge',
      phrase: { key: 'projectMerge', values: { name: basename(path) } },
      coder: session.coder.name,
    } as const;
    return writeTransaction(db, () =>
      recordBulk(db, description, (updates) => {
        const report = mergeSnapshot(db, snapshot, resolutions, updates);
        if (dryRun) throw new DryRun(report);
        return report;
      }),
    );
  } catch (error) {
    if (error instanceof DryRun) return error.report;
    throw error;
  }
}
