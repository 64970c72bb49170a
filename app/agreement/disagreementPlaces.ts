import { groupBy } from '../util/groupBy.ts';
import {
  overlappedSegments,
  segmentUnits,
  unionOf,
  type AgreementUnit,
  type CodedSpan,
  type UnitDocument,
} from './codedSpans.ts';

/** A place where the coders differ on one code, with each coder's codings there. */
export interface Place {
  readonly documentId: number;
  readonly start: number;
  readonly end: number;
  /** Per coder, in the order of the chosen coders: their codings of the code in the place. */
  readonly byCoder: readonly (readonly CodedSpan[])[];
}

function byCoderOf(spans: readonly CodedSpan[], coders: readonly string[]): CodedSpan[][] {
  return coders.map((coder) => spans.filter((span) => span.coder === coder));
}

function sameCoverage(groups: readonly (readonly CodedSpan[])[]): boolean {
  const keys = groups.map((group) =>
    unionOf(group)
      .map((range) => `${range.start}-${range.end}`)
      .join(','),
  );
  return keys.every((key) => key === keys[0]);
}

/**
 * Character level: a place is a cluster of overlapping codings (of any chosen coder) on
 * which the coders' covered characters differ. A cluster holds whole codings, so the
 * reviewer sees each coder's passages entire, side by side, rather than slivers of text.
 */
function characterPlaces(
  document: UnitDocument,
  spans: readonly CodedSpan[],
  coders: readonly string[],
): Place[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
  const places: Place[] = [];
  let cluster: CodedSpan[] = [];
  let clusterEnd = -1;
  const close = (): void => {
    const first = cluster[0];
    if (!first) return;
    const groups = byCoderOf(cluster, coders);
    if (!sameCoverage(groups)) {
      places.push({ documentId: document.id, start: first.start, end: clusterEnd, byCoder: groups });
    }
  };
  for (const span of sorted) {
    if (span.start >= clusterEnd) {
      close();
      cluster = [];
    }
    cluster.push(span);
    clusterEnd = Math.max(clusterEnd, span.end);
  }
  close();
  return places;
}

/** Segment level: the segments some coders applied the code to and others did not. */
function segmentPlaces(
  document: UnitDocument,
  spans: readonly CodedSpan[],
  coders: readonly string[],
): Place[] {
  const segments = segmentUnits(document);
  const inSegment = new Map<number, CodedSpan[]>();
  for (const span of spans) {
    for (const index of overlappedSegments(segments, span.start, span.end)) {
      const list = inSegment.get(index) ?? [];
      list.push(span);
      inSegment.set(index, list);
    }
  }
  const places: Place[] = [];
  for (const index of [...inSegment.keys()].sort((x, y) => x - y)) {
    const segment = segments[index];
    const groups = byCoderOf(inSegment.get(index) ?? [], coders);
    if (!segment || groups.every((group) => group.length > 0)) continue;
    places.push({ documentId: document.id, start: segment.start, end: segment.end, byCoder: groups });
  }
  return places;
}

/**
 * Every place where the chosen coders differ on one code, document by document in the
 * given order. `spans` are that code's codings by the chosen coders. The unit decides what
 * a place is: a cluster of codings (char), a segment (segment) or the whole document.
 */
export function disagreementPlaces(
  unit: AgreementUnit,
  documents: readonly UnitDocument[],
  spans: readonly CodedSpan[],
  coders: readonly string[],
): Place[] {
  const byDocument = groupBy(spans, (span) => span.documentId);
  return documents.flatMap((document) => {
    const inDocument = byDocument.get(document.id) ?? [];
    if (inDocument.length === 0) return [];
    if (unit === 'char') return characterPlaces(document, inDocument, coders);
    if (unit === 'segment') return segmentPlaces(document, inDocument, coders);
    const groups = byCoderOf(inDocument, coders);
    if (groups.every((group) => group.length > 0)) return [];
    return [{ documentId: document.id, start: 0, end: document.length, byCoder: groups }];
  });
}
