import type { Scope } from '../contract/scope.ts';
import { firstEndingAfter } from '../agreement/codedSpans.ts';
import { forEachOverlap, type Span } from './cooccurrence.ts';

/**
 * Co-occurrence at every scope (definitions in docs/ANALYSIS.md).
 * - overlap: events are pairs of codings of two codes in one document whose ranges overlap
 *   (a.start < b.end and b.start < a.end); n = number of codings.
 * - near:N: pairs of codings in one document whose gap max(0, later start − earlier end)
 *   is at most N; overlapping and touching codings have gap 0. n = number of codings.
 * - segment: units are segments; a code is present in a segment when one of its codings
 *   overlaps the segment; count = segments where both are present; n = segments with the code.
 * - document: as segment, with documents as units.
 */
// The scope type and its parser are the contract's (app/contract/scope.ts).
export { parseScope, scopeName, type Scope } from '../contract/scope.ts';

export interface UnitSpan {
  readonly id: number;
  readonly documentId: number;
  readonly start: number;
  readonly end: number;
}

/** One co-occurrence event: two codings, and the unit (segment or document) for unit scopes. */
export interface Occurrence {
  readonly codeA: number;
  readonly codeB: number;
  readonly codingA: number;
  readonly codingB: number;
  readonly unit: string | null;
}

export interface ScopeCounts {
  /** n per code id. */
  readonly n: Map<number, number>;
  /** count per pair key `${low}:${high}` of code ids. */
  readonly counts: Map<string, number>;
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function forEachNear(
  spans: readonly Span[],
  distance: number,
  visit: (first: Span, second: Span) => void,
): void {
  // Gap ≤ distance is an overlap test with each span reaching `distance` further to the right
  // (touching allowed, hence +1); the sweep does it without copying the spans.
  forEachOverlap(spans, visit, distance + 1);
}

// Segment lists are reused across queries (see dataCache.ts): index each list once.
const unitIndexes = new WeakMap<readonly UnitSpan[], Map<number, UnitSpan[]>>();

/** The units by document, sorted by start; built once per list (the warm-up builds it ahead). */
export function indexUnits(units: readonly UnitSpan[]): Map<number, UnitSpan[]> {
  const known = unitIndexes.get(units);
  if (known) return known;
  const byDocument = new Map<number, UnitSpan[]>();
  for (const unit of units) {
    const list = byDocument.get(unit.documentId) ?? [];
    list.push(unit);
    byDocument.set(unit.documentId, list);
  }
  for (const list of byDocument.values()) list.sort((x, y) => x.start - y.start);
  unitIndexes.set(units, byDocument);
  return byDocument;
}

/** Calls `visit` with each unit (segment) a coding overlaps, found by binary search. */
function forEachUnitOf(
  span: Span,
  byDocument: ReadonlyMap<number, readonly UnitSpan[]>,
  visit: (unit: UnitSpan) => void,
): void {
  const list = byDocument.get(span.documentId) ?? [];
  for (let i = firstEndingAfter(list, span.start); i < list.length; i++) {
    const unit = list[i];
    if (!unit || unit.start >= span.end) break;
    visit(unit);
  }
}

/** The units (segments) each coding overlaps. */
function unitsOfCodings(spans: readonly Span[], units: readonly UnitSpan[]): Map<number, UnitSpan[]> {
  const byDocument = indexUnits(units);
  const result = new Map<number, UnitSpan[]>();
  for (const span of spans) {
    const hit: UnitSpan[] = [];
    forEachUnitOf(span, byDocument, (unit) => hit.push(unit));
    result.set(span.id, hit);
  }
  return result;
}

/**
 * Walks every co-occurrence event of the scope. For unit scopes each unit is reported once
 * per code pair (with the first coding of each code in it as its representative) unless
 * `allPairs` asks for every pair of codings in the unit (drill-down).
 */
export function forEachOccurrence(
  scope: Scope,
  spans: readonly Span[],
  segments: readonly UnitSpan[],
  visit: (occurrence: Occurrence) => void,
  allPairs = false,
): void {
  if (scope.kind === 'overlap' || scope.kind === 'near') {
    const emit = (first: Span, second: Span): void =>
      visit({ codeA: first.codeId, codeB: second.codeId, codingA: first.id, codingB: second.id, unit: null });
    if (scope.kind === 'overlap') forEachOverlap(spans, emit);
    else forEachNear(spans, scope.distance, emit);
    return;
  }
  const unitsOf =
    scope.kind === 'segment'
      ? unitsOfCodings(spans, segments)
      : new Map(
          spans.map((span) => [
            span.id,
            [{ id: span.documentId, documentId: span.documentId, start: 0, end: 0 }],
          ]),
        );
  const codingsByUnit = new Map<string, Span[]>();
  for (const span of spans) {
    for (const unit of unitsOf.get(span.id) ?? []) {
      const key = `${scope.kind}:${unit.id}`;
      const list = codingsByUnit.get(key) ?? [];
      list.push(span);
      codingsByUnit.set(key, list);
    }
  }
  for (const [unit, codings] of codingsByUnit) {
    const seen = new Set<string>();
    for (let i = 0; i < codings.length; i++) {
      for (let j = i + 1; j < codings.length; j++) {
        const a = codings[i];
        const b = codings[j];
        if (!a || !b || a.codeId === b.codeId) continue;
        const key = pairKey(a.codeId, b.codeId);
        if (!allPairs && seen.has(key)) continue;
        seen.add(key);
        visit({ codeA: a.codeId, codeB: b.codeId, codingA: a.id, codingB: b.id, unit });
      }
    }
  }
}

/** The distinct codes present in each unit (segment id or document id) for unit scopes. */
function codesPerUnit(
  scope: Scope,
  spans: readonly Span[],
  segments: readonly UnitSpan[],
): Map<number, Set<number>> {
  const present = new Map<number, Set<number>>();
  const add = (unit: number, codeId: number): void => {
    const codes = present.get(unit);
    if (codes) codes.add(codeId);
    else present.set(unit, new Set([codeId]));
  };
  if (scope.kind === 'segment') {
    const byDocument = indexUnits(segments);
    for (const span of spans) forEachUnitOf(span, byDocument, (unit) => add(unit.id, span.codeId));
  } else {
    for (const span of spans) add(span.documentId, span.codeId);
  }
  return present;
}

/**
 * n per code and count per pair for a scope. Unit scopes work on the distinct codes of each
 * unit (at most codes² / 2 pairs a unit) rather than on pairs of codings, which is what
 * keeps the document scope fast when documents hold hundreds of codings.
 */
export function countScope(scope: Scope, spans: readonly Span[], segments: readonly UnitSpan[]): ScopeCounts {
  const n = new Map<number, number>();
  const counts = new Map<string, number>();
  if (scope.kind === 'overlap' || scope.kind === 'near') {
    for (const span of spans) increment(n, span.codeId);
    // Counted by number (low code → high code → count), named once per pair at the end: one
    // string per event was most of the time of a large project's sweep.
    const byPair = new Map<number, Map<number, number>>();
    const firstSeen: [number, number][] = [];
    forEachOccurrence(scope, spans, segments, ({ codeA, codeB }) => {
      const [low, high] = codeA < codeB ? [codeA, codeB] : [codeB, codeA];
      let row = byPair.get(low);
      if (!row) {
        row = new Map();
        byPair.set(low, row);
      }
      const count = row.get(high);
      if (count === undefined) firstSeen.push([low, high]);
      row.set(high, (count ?? 0) + 1);
    });
    for (const [low, high] of firstSeen) counts.set(`${low}:${high}`, byPair.get(low)?.get(high) ?? 0);
    return { n, counts };
  }
  for (const codes of codesPerUnit(scope, spans, segments).values()) {
    // Most units hold one code: no pair to count, nothing to sort.
    if (codes.size === 1) {
      for (const only of codes) increment(n, only);
      continue;
    }
    const sorted = [...codes].sort((x, y) => x - y);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i] ?? 0;
      increment(n, a);
      for (let j = i + 1; j < sorted.length; j++) increment(counts, `${a}:${sorted[j] ?? 0}`);
    }
  }
  return { n, counts };
}
