/**
 * Co-occurrence of codes, scope "overlap" (docs/ANALYSIS.md):
 * - a co-occurrence event is a pair (coding of a, coding of b), a ≠ b, in the same
 *   document with a.start < b.end and b.start < a.end: ranges that only touch do not
 *   co-occur;
 * - n(code) is the code's number of codings;
 * - c = count / (n_a + n_b − count), null where that denominator is not positive (this
 *   happens when one coding overlaps several codings of the other code).
 */

export interface Span {
  readonly id: number;
  readonly documentId: number;
  readonly codeId: number;
  readonly start: number;
  readonly end: number;
}

export interface PairCount {
  readonly codeA: number;
  readonly codeB: number;
  readonly count: number;
}

// Lists reused across queries (the cached codings, dataCache.ts) are sorted once.
const sortedLists = new WeakMap<readonly Span[], readonly Span[]>();

/**
 * The spans by document id, then start, then end; equal ones keep their order. Grouping by
 * document first leaves only small sorts (one per document) instead of one of the whole list.
 */
export function sortedByPosition<T extends Span>(spans: readonly T[]): readonly T[] {
  const known = sortedLists.get(spans);
  if (known) return known as readonly T[];
  const byDocument = new Map<number, T[]>();
  for (const span of spans) {
    const list = byDocument.get(span.documentId);
    if (list) list.push(span);
    else byDocument.set(span.documentId, [span]);
  }
  const sorted: T[] = [];
  for (const documentId of [...byDocument.keys()].sort((x, y) => x - y)) {
    const list = byDocument.get(documentId) ?? [];
    list.sort((x, y) => x.start - y.start || x.end - y.end);
    for (const span of list) sorted.push(span);
  }
  sortedLists.set(spans, sorted);
  return sorted;
}

/**
 * Calls `visit` once for every overlapping pair of codings of different codes. With `reach`
 * r, a coding also pairs with those starting less than r characters after its end (the near
 * scope uses it).
 */
export function forEachOverlap(
  spans: readonly Span[],
  visit: (first: Span, second: Span) => void,
  reach = 0,
): void {
  // Sweep: `active` holds the codings of the current document that may still overlap; it is
  // compacted in place (no new array per coding).
  const active: Span[] = [];
  let documentId = Number.NaN;
  for (const span of sortedByPosition(spans)) {
    if (span.documentId !== documentId) {
      active.length = 0;
      documentId = span.documentId;
    }
    let kept = 0;
    for (const other of active) {
      if (other.end + reach <= span.start) continue;
      active[kept++] = other;
      if (other.codeId !== span.codeId) visit(other, span);
    }
    active.length = kept;
    active.push(span);
  }
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

export function countOverlaps(spans: readonly Span[]): PairCount[] {
  const counts = new Map<string, PairCount>();
  forEachOverlap(spans, (first, second) => {
    const key = pairKey(first.codeId, second.codeId);
    const previous = counts.get(key);
    const [codeA, codeB] =
      first.codeId < second.codeId ? [first.codeId, second.codeId] : [second.codeId, first.codeId];
    counts.set(key, { codeA, codeB, count: (previous?.count ?? 0) + 1 });
  });
  return [...counts.values()];
}

export function cCoefficient(count: number, nA: number, nB: number): number | null {
  const denominator = nA + nB - count;
  return denominator > 0 ? count / denominator : null;
}
