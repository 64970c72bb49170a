import { codeSubtreeIds, findTwinCoding, listCodingIdsOfCode, type Db } from '../../db/index.ts';
import type { Code } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { requireCode } from './require.ts';

/**
 * What merging `sourceId` into `targetId` does to the source's codings: those on exactly the
 * range of a target coding by the same coder collapse into it (removed), the others move.
 * The one rule of codes/merge and of its preview (codes/mergePreview), so the dialog's
 * numbers are the merge's.
 */
export interface CodeMergePlan {
  readonly source: Code;
  readonly target: Code;
  readonly moved: readonly number[];
  readonly collapsed: readonly number[];
}

export function planCodeMerge(db: Db, sourceId: number, targetId: number): CodeMergePlan {
  if (sourceId === targetId)
    throw new AppError('CONFLICT', 'A code cannot be merged into itself.', { key: 'codeMergedIntoItself' });
  const source = requireCode(db, sourceId);
  const target = requireCode(db, targetId);
  if (codeSubtreeIds(db, sourceId).includes(targetId)) {
    throw new AppError(
      'CONFLICT',
      `«${target.name}» is inside «${source.name}»; merge it the other way round.`,
      {
        key: 'codeMergeInside',
        params: { target: target.name, source: source.name },
      },
    );
  }
  const moved: number[] = [];
  const collapsed: number[] = [];
  for (const codingId of listCodingIdsOfCode(db, sourceId)) {
    if (findTwinCoding(db, codingId, targetId) === undefined) moved.push(codingId);
    else collapsed.push(codingId);
  }
  return { source, target, moved, collapsed };
}
