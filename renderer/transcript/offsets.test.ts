import { describe, expect, it } from 'vitest';
import { at } from './testing.ts';
import {
  canonicalOffset,
  codingsContaining,
  codingsOverlapping,
  localOffset,
  locateInPieces,
  locateInSegments,
  type SegmentSpan,
  orderedRange,
  segmentsRange,
} from './offsets.ts';

// Canonical text "Bonjour.\nÇa va ?" + "\n\n" + "Oui 😀 merci" → segments [0,16) and [18,29).
const text = 'Bonjour.\nÇa va ?\n\nOui 😀 merci';
const segments = [
  { start: 0, end: 16 },
  { start: 18, end: 29 },
];

describe('localOffset', () => {
  // Pieces of segment 0 as rendered: "Bonjour." <br> "Ça va ?"
  const pieces = [8, 1, 7];
  it('counts whole pieces before the point, a <br> as one unit', () => {
    expect(localOffset(pieces, 0, 3)).toBe(3);
    expect(localOffset(pieces, 1, 0)).toBe(8);
    expect(localOffset(pieces, 1, 1)).toBe(9);
    expect(localOffset(pieces, 2, 2)).toBe(11);
    expect(text.slice(canonicalOffset(at(segments, 0), 11), 16)).toBe(' va ?');
  });
  it('clamps an offset past its piece', () => {
    expect(localOffset(pieces, 0, 99)).toBe(8);
    expect(localOffset(pieces, 2, 7)).toBe(16);
  });
  it('counts UTF-16 units like the DOM, so an emoji is two', () => {
    // Segment 1 is one text run of 11 units: "Oui 😀 merci".
    expect(localOffset([11], 0, 6)).toBe(6);
    expect(text.slice(canonicalOffset(at(segments, 1), 0), canonicalOffset(at(segments, 1), 6))).toBe(
      'Oui 😀',
    );
  });
});

describe('canonicalOffset', () => {
  it('adds the segment start and clamps to the segment', () => {
    expect(canonicalOffset(at(segments, 1), 4)).toBe(22);
    expect(canonicalOffset(at(segments, 1), 100)).toBe(29);
    expect(canonicalOffset(at(segments, 1), -3)).toBe(18);
  });
});

describe('locateInSegments', () => {
  it('finds the segment and local offset of an offset inside a segment', () => {
    expect(locateInSegments(segments, 3, 'start')).toEqual({ index: 0, local: 3 });
    expect(locateInSegments(segments, 22, 'end')).toEqual({ index: 1, local: 4 });
  });
  it('maps the unrendered separator to the next start or the previous end', () => {
    for (const offset of [16, 17]) {
      expect(locateInSegments(segments, offset, 'start')).toEqual({ index: 1, local: 0 });
    }
    for (const offset of [17, 18]) {
      expect(locateInSegments(segments, offset, 'end')).toEqual({ index: 0, local: 16 });
    }
  });
  it('answers as a walk through every segment would, at every offset', () => {
    // The former linear search, kept as the reference of the binary one.
    const walk = (spans: readonly SegmentSpan[], offset: number, bias: 'start' | 'end') => {
      if (bias === 'start') {
        const index = spans.findIndex(
          (s, i) => offset < s.end || (offset === s.end && i === spans.length - 1),
        );
        const last = spans.length - 1;
        if (index < 0) return { index: last, local: at(spans, last).end - at(spans, last).start };
        return { index, local: Math.max(0, offset - at(spans, index).start) };
      }
      const index = spans.findLastIndex((s, i) => offset > s.start || (offset === s.start && i === 0));
      return index < 0
        ? { index: 0, local: 0 }
        : { index, local: Math.min(offset, at(spans, index).end) - at(spans, index).start };
    };
    const many = Array.from({ length: 9 }, (_, i) => ({ start: i * 12, end: i * 12 + 10 }));
    for (let offset = 0; offset <= 108; offset++) {
      for (const bias of ['start', 'end'] as const) {
        expect(locateInSegments(many, offset, bias)).toEqual(walk(many, offset, bias));
      }
    }
  });
  it('handles both ends of the document', () => {
    expect(locateInSegments(segments, 0, 'end')).toEqual({ index: 0, local: 0 });
    expect(locateInSegments(segments, 29, 'start')).toEqual({ index: 1, local: 11 });
    expect(locateInSegments([], 0, 'start')).toBeNull();
  });
});

describe('locateInPieces', () => {
  const pieces = [8, 1, 7];
  it('finds the piece and offset inside it', () => {
    expect(locateInPieces(pieces, 3, 'start')).toEqual({ index: 0, offset: 3 });
    expect(locateInPieces(pieces, 12, 'end')).toEqual({ index: 2, offset: 3 });
  });
  it('chooses the side of a boundary by bias', () => {
    expect(locateInPieces(pieces, 8, 'start')).toEqual({ index: 1, offset: 0 });
    expect(locateInPieces(pieces, 8, 'end')).toEqual({ index: 0, offset: 8 });
    expect(locateInPieces(pieces, 9, 'start')).toEqual({ index: 2, offset: 0 });
    expect(locateInPieces(pieces, 9, 'end')).toEqual({ index: 1, offset: 1 });
  });
  it('puts the ends of the segment at the ends of its first and last pieces', () => {
    expect(locateInPieces(pieces, 0, 'end')).toEqual({ index: 0, offset: 0 });
    expect(locateInPieces(pieces, 16, 'start')).toEqual({ index: 2, offset: 7 });
    expect(locateInPieces([], 0, 'start')).toBeNull();
  });
  it('round-trips with localOffset for every offset and bias', () => {
    for (let local = 0; local <= 16; local++) {
      for (const bias of ['start', 'end'] as const) {
        const point = locateInPieces(pieces, local, bias);
        expect(point && localOffset(pieces, point.index, point.offset)).toBe(local);
      }
    }
  });
});

describe('ranges', () => {
  it('orders two points and refuses an empty range', () => {
    expect(orderedRange(9, 4)).toEqual({ start: 4, end: 9 });
    expect(orderedRange(4, 4)).toBeNull();
  });
  it('spans whole segments', () => {
    expect(segmentsRange(segments, 1, 0)).toEqual({ start: 0, end: 29 });
    expect(segmentsRange(segments, 1, 1)).toEqual({ start: 18, end: 29 });
    expect(segmentsRange(segments, 2, 2)).toBeNull();
  });
  it('finds codings under a point (half-open) and over a range', () => {
    const codings = [
      { id: 1, start: 0, end: 8 },
      { id: 2, start: 5, end: 20 },
      { id: 3, start: 8, end: 9 },
    ];
    expect(codingsContaining(codings, 8).map((c) => c.id)).toEqual([2, 3]);
    expect(codingsContaining(codings, 0).map((c) => c.id)).toEqual([1]);
    expect(codingsOverlapping(codings, { start: 8, end: 9 }).map((c) => c.id)).toEqual([2, 3]);
    // Touching is not overlapping.
    expect(codingsOverlapping(codings, { start: 20, end: 25 })).toEqual([]);
  });
});
