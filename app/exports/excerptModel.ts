import type { Db } from '../../db/index.ts';
import type { GroupBy } from '../contract/enums.ts';
import type { ModelExcerpt } from './excerptFormat.ts';
import { planExcerpts, type ExcerptPlan, type PlanOptions } from './excerptPlan.ts';
import { readExcerpts } from './stream/textSink.ts';

export type { ModelExcerpt, ModelTurn } from './excerptFormat.ts';
export { quoteShower } from './excerptFormat.ts';

export type { GroupBy };

export interface ModelGroup {
  /** The code, case or document name the group is about. */
  readonly title: string;
  /** How deep the group's code is in the codebook (0: top level, and case or document groups). */
  readonly depth: number;
  readonly excerpts: readonly ModelExcerpt[];
}

/**
 * What an excerpt export contains, built once from the database: the plan's groups with
 * their excerpts. Markdown and HTML lay it out; CSV and Word stream from the plan itself.
 */
export interface ExcerptModel extends Pick<
  ExcerptPlan,
  'projectName' | 'language' | 'groupBy' | 'codeName' | 'attributeNames' | 'includeMemos' | 'total'
> {
  readonly groups: readonly ModelGroup[];
}

export type ModelOptions = PlanOptions;

/**
 * The whole model at once, for the writers that lay it out in memory (Markdown, HTML):
 * the plan's groups with their excerpts read. CSV and Word stream from the plan instead
 * (./stream/).
 */
export function buildExcerptModel(db: Db, projectName: string, options: ModelOptions): ExcerptModel {
  const plan = planExcerpts(db, projectName, options);
  const groups = plan.groups.map((group) => ({
    title: group.title,
    depth: group.depth,
    excerpts: [...readExcerpts(plan, group)],
  }));
  return {
    projectName,
    language: plan.language,
    groupBy: plan.groupBy,
    codeName: plan.codeName,
    attributeNames: plan.attributeNames,
    includeMemos: plan.includeMemos,
    groups,
    total: plan.total,
  };
}

/**
 * Called by writers after each excerpt: lets a long export report progress, yield to the
 * event loop and stop when cancelled. Synchronous exports pass nothing.
 */
export type ExportTick = () => Promise<void>;

export const noTick: ExportTick = () => Promise.resolve();
