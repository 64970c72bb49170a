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

/** Calls `visit` once for every overlapping pair of codings of different codes. */
export function forEachOverlap(spans: readonly Span[], visit: (first: Span, second: Span) => void): void {
  const sorted = [...spans].sort((x, y) => x.documentId - y.documentId || x.start - y.start || x.end - y.end);
  // Sweep: `active` holds the codings of the current document that may still overlap.
  let active: Span[] = [];
  let documentId = Number.NaN;
  for (const span of sorted) {
    if (span.documentId !== documentId) {
      active = [];
      documentId = span.documentId;
    }
    active = active.filter((other) => other.end > span.start);
    for (const other of active) if (other.codeId !== span.codeId) visit(other, span);
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
