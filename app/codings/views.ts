import type { Coding } from '../contract/types.ts';

import type { CodingView } from '../contract/enums.ts';

export type { CodingView };

/**
 * The codings a view shows, among those the caller may see (in blind mode only their own:
 * app/visibility/, so no view here can show another coder's). 'differ' keeps the codings on which coders disagree: those for
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
