import { getSetting, type Db } from '../../db/index.ts';
import type { Coding } from '../contract/types.ts';

export type CodingView = 'all' | 'mine' | 'coder' | 'differ';

export function isBlind(db: Db): boolean {
  return getSetting(db, 'blindMode') === 'true';
}

/** Blind coding (a project setting) overrides whatever view the user picked. */
export function effectiveView(db: Db, view: CodingView): CodingView {
  return isBlind(db) ? 'mine' : view;
}

/**
 * The codings a view shows. 'differ' keeps the codings on which coders disagree: those for
 * which another coder of this document has no coding of the same code on the same range.
 */
export function filterByView(
  codings: readonly Coding[],
  view: CodingView,
  coder: string,
  me: string,
): Coding[] {
  if (view === 'all') return [...codings];
  if (view === 'mine') return codings.filter((coding) => coding.coder === me);
  if (view === 'coder') return codings.filter((coding) => coding.coder === coder);
  const coders = new Set(codings.map((coding) => coding.coder));
  const key = (coding: Coding): string => `${coding.codeId}:${coding.start}:${coding.end}`;
  const codersByKey = new Map<string, Set<string>>();
  for (const coding of codings) {
    const set = codersByKey.get(key(coding)) ?? new Set<string>();
    set.add(coding.coder);
    codersByKey.set(key(coding), set);
  }
  return codings.filter((coding) => (codersByKey.get(key(coding))?.size ?? 0) < coders.size);
}
