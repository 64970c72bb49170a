import { groupBy } from '../util/groupBy.ts';
import {
  overlappedSegments,
  segmentUnits,
  type AgreementUnit,
  type CodedSpan,
  type UnitDocument,
} from './codedSpans.ts';
import type { UnitRow } from './reliabilityData.ts';

/**
 * Binary reliability data of one code, compressed: each key is a coverage pattern (bit i
 * set when coder i applied the code to the unit), each value the number of units with
 * that pattern. With m coders there are at most 2^m patterns, whatever the corpus size.
 */
export type PatternCounts = Map<number, number>;

function add(counts: PatternCounts, pattern: number, amount: number): void {
  if (amount > 0) counts.set(pattern, (counts.get(pattern) ?? 0) + amount);
}

/**
 * Character units: sweeps the boundaries of the codings instead of walking every
 * character, so a run of characters with the same pattern costs one step whatever its
 * length. Characters nobody coded count as units on which everyone said "no".
 */
function countCharacters(
  document: UnitDocument,
  spans: readonly CodedSpan[],
  coderIndex: ReadonlyMap<string, number>,
  counts: PatternCounts,
): void {
  const events: { at: number; coder: number; delta: 1 | -1 }[] = [];
  for (const span of spans) {
    const coder = coderIndex.get(span.coder);
    const start = Math.max(0, span.start);
    const end = Math.min(document.length, span.end);
    if (coder === undefined || end <= start) continue;
    events.push({ at: start, coder, delta: 1 }, { at: end, coder, delta: -1 });
  }
  events.sort((x, y) => x.at - y.at);
  const open = new Array<number>(coderIndex.size).fill(0);
  let pattern = 0;
  let previous = 0;
  for (const event of events) {
    add(counts, pattern, event.at - previous);
    previous = event.at;
    const now = (open[event.coder] ?? 0) + event.delta;
    open[event.coder] = now;
    pattern = now > 0 ? pattern | (1 << event.coder) : pattern & ~(1 << event.coder);
  }
  add(counts, pattern, document.length - previous);
}

/** Segment units: a coder applied the code to a segment when one coding overlaps it. */
function countSegments(
  document: UnitDocument,
  spans: readonly CodedSpan[],
  coderIndex: ReadonlyMap<string, number>,
  counts: PatternCounts,
): void {
  const segments = segmentUnits(document);
  const patterns = new Map<number, number>();
  for (const span of spans) {
    const coder = coderIndex.get(span.coder);
    if (coder === undefined) continue;
    for (const index of overlappedSegments(segments, span.start, span.end)) {
      patterns.set(index, (patterns.get(index) ?? 0) | (1 << coder));
    }
  }
  for (const pattern of patterns.values()) add(counts, pattern, 1);
  add(counts, 0, segments.length - patterns.size);
}

/** Document units: a coder applied the code to a document when one coding is in it. */
function countDocument(
  spans: readonly CodedSpan[],
  coderIndex: ReadonlyMap<string, number>,
  counts: PatternCounts,
): void {
  let pattern = 0;
  for (const span of spans) {
    const coder = coderIndex.get(span.coder);
    if (coder !== undefined) pattern |= 1 << coder;
  }
  add(counts, pattern, 1);
}

/**
 * The pattern counts of each code over the documents, at the chosen unit. `spans` are the
 * codings of the chosen coders in these documents; every code of `codeIds` gets a table,
 * even one nobody applied (then every unit is a "no" from everyone).
 */
export function tabulate(
  unit: AgreementUnit,
  documents: readonly UnitDocument[],
  spans: readonly CodedSpan[],
  coders: readonly string[],
  codeIds: readonly number[],
): Map<number, PatternCounts> {
  const coderIndex = new Map(coders.map((coder, index) => [coder, index]));
  const byCode = groupBy(spans, (span) => span.codeId);
  const tables = new Map<number, PatternCounts>();
  for (const codeId of codeIds) {
    const counts: PatternCounts = new Map();
    const byDocument = groupBy(byCode.get(codeId) ?? [], (span) => span.documentId);
    for (const document of documents) {
      const inDocument = byDocument.get(document.id) ?? [];
      if (unit === 'char') countCharacters(document, inDocument, coderIndex, counts);
      else if (unit === 'segment') countSegments(document, inDocument, coderIndex, counts);
      else countDocument(inDocument, coderIndex, counts);
    }
    tables.set(codeId, counts);
  }
  return tables;
}

/** Pooling over codes: every (unit, code) cell is one unit of the pooled table. */
export function pool(tables: Iterable<PatternCounts>): PatternCounts {
  const pooled: PatternCounts = new Map();
  for (const table of tables) for (const [pattern, count] of table) add(pooled, pattern, count);
  return pooled;
}

/** The reliability data of a pattern table: values 1 (applied) and 0 (not) per coder. */
export function rowsOfPatterns(counts: PatternCounts, coderCount: number): UnitRow[] {
  return [...counts].map(([pattern, weight]) => ({
    values: Array.from({ length: coderCount }, (_, coder) => (pattern >> coder) & 1),
    weight,
  }));
}

/** Units counted, and units on which the coders do not all give the same value. */
export function unitTotals(
  counts: PatternCounts,
  coderCount: number,
): { units: number; disagreements: number } {
  const everyone = (1 << coderCount) - 1;
  let units = 0;
  let disagreements = 0;
  for (const [pattern, count] of counts) {
    units += count;
    if (pattern !== 0 && pattern !== everyone) disagreements += count;
  }
  return { units, disagreements };
}
