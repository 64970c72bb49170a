import type { Excerpt } from '../../app/contract/index.ts';

export interface MergeCounts {
  /** Codings of the source that will belong to the target. */
  readonly moved: number;
  /** Codings of the source on exactly the range of a target coding by the same coder. */
  readonly collapsed: number;
}

/** What codes/merge will do, computed from both codes' excerpts with the backend's rule. */
export function mergeCounts(source: readonly Excerpt[], target: readonly Excerpt[]): MergeCounts {
  const key = (excerpt: Excerpt): string =>
    `${excerpt.documentId}:${excerpt.start}:${excerpt.end}:${excerpt.coder}`;
  const targetKeys = new Set(target.map(key));
  const collapsed = source.filter((excerpt) => targetKeys.has(key(excerpt))).length;
  return { moved: source.length - collapsed, collapsed };
}
