import type { AGREEMENT_DECISIONS } from '../contract/agreementDecisions.ts';
import { unionOf, type Interval } from './codedSpans.ts';

/** How a reviewer settles a place where two coders, A and B, differ on a code. */
export type Decision = (typeof AGREEMENT_DECISIONS)[number];

/** A coding as the plan sees it; `coder` is 'A' or 'B'. */
export interface PlannedCoding {
  readonly id: number;
  readonly coder: 'A' | 'B';
  readonly start: number;
  readonly end: number;
}

export type CodingOperation =
  | { readonly kind: 'delete'; readonly id: number }
  | { readonly kind: 'update'; readonly id: number; readonly start: number; readonly end: number }
  | { readonly kind: 'create'; readonly coder: 'A' | 'B'; readonly start: number; readonly end: number };

/**
 * Takes [start, end) out of a coding: deletes it when it lies inside, shortens it when it
 * crosses one edge, and keeps both outer parts when it spans the whole place.
 */
function cutOut(coding: PlannedCoding, place: Interval): CodingOperation[] {
  if (coding.end <= place.start || coding.start >= place.end) return [];
  const keepsLeft = coding.start < place.start;
  const keepsRight = coding.end > place.end;
  if (!keepsLeft && !keepsRight) return [{ kind: 'delete', id: coding.id }];
  if (keepsLeft && keepsRight) {
    return [
      { kind: 'update', id: coding.id, start: coding.start, end: place.start },
      { kind: 'create', coder: coding.coder, start: place.end, end: coding.end },
    ];
  }
  return keepsLeft
    ? [{ kind: 'update', id: coding.id, start: coding.start, end: place.start }]
    : [{ kind: 'update', id: coding.id, start: place.end, end: coding.end }];
}

function clip(range: Interval, place: Interval): Interval {
  return { start: Math.max(range.start, place.start), end: Math.min(range.end, place.end) };
}

/**
 * The coding changes a decision makes on the place [start, end), given A's and B's codings
 * of the code that overlap it:
 * - keepA: inside the place, B's coverage becomes A's: B's codings there are cut out and
 *   A's passages (clipped to the place) copied for B. A coding of B that already matches
 *   one of A's passages exactly is left untouched, so it keeps its identity and memos.
 * - keepB: the same, the other way round.
 * - keepBoth: nothing changes (the decision alone is recorded).
 * - remove: both coders' codings are cut out of the place.
 */
export function planResolution(
  decision: Decision,
  place: Interval,
  codings: readonly PlannedCoding[],
): CodingOperation[] {
  if (decision === 'keepBoth') return [];
  const overlapping = codings.filter((coding) => coding.start < place.end && place.start < coding.end);
  if (decision === 'remove') return overlapping.flatMap((coding) => cutOut(coding, place));
  const keeper = decision === 'keepA' ? 'A' : 'B';
  const other = keeper === 'A' ? 'B' : 'A';
  const wanted = unionOf(overlapping.filter((coding) => coding.coder === keeper).map((c) => clip(c, place)));
  const operations: CodingOperation[] = [];
  for (const coding of overlapping.filter((candidate) => candidate.coder === other)) {
    const match = wanted.findIndex((range) => range.start === coding.start && range.end === coding.end);
    if (match >= 0) wanted.splice(match, 1);
    else operations.push(...cutOut(coding, place));
  }
  for (const range of wanted)
    operations.push({ kind: 'create', coder: other, start: range.start, end: range.end });
  return operations;
}
