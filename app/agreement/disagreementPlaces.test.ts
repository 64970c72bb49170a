import { describe, expect, it } from 'vitest';
import type { CodedSpan, UnitDocument } from './codedSpans.ts';
import { disagreementPlaces } from './disagreementPlaces.ts';

const document: UnitDocument = {
  id: 1,
  length: 100,
  segments: [
    { start: 0, end: 40 },
    { start: 42, end: 70 },
    { start: 72, end: 100 },
  ],
};

function span(id: number, coder: string, start: number, end: number): CodedSpan {
  return { id, documentId: 1, codeId: 7, coder, start, end };
}

const where = (places: ReturnType<typeof disagreementPlaces>) =>
  places.map((place) => ({
    at: `${place.start}-${place.end}`,
    ids: place.byCoder.map((group) => group.map((coding) => coding.id)),
  }));

describe('disagreement places', () => {
  it('at character level, lists clusters of codings whose coverage differs, whole codings side by side', () => {
    const spans = [
      span(1, 'A', 0, 10),
      span(2, 'B', 0, 5),
      span(3, 'B', 5, 10), // same characters as A's [0, 10): no place
      span(4, 'A', 20, 30),
      span(5, 'B', 25, 45), // differs from A
      span(6, 'A', 80, 90), // A only
    ];
    expect(where(disagreementPlaces('char', [document], spans, ['A', 'B']))).toEqual([
      { at: '20-45', ids: [[4], [5]] },
      { at: '80-90', ids: [[6], []] },
    ]);
  });

  it('at segment level, lists segments some coders coded and others did not', () => {
    const spans = [span(1, 'A', 0, 10), span(2, 'B', 30, 50), span(3, 'A', 80, 90)];
    expect(where(disagreementPlaces('segment', [document], spans, ['A', 'B']))).toEqual([
      { at: '42-70', ids: [[], [2]] },
      { at: '72-100', ids: [[3], []] },
    ]);
  });

  it('at document level, lists the document when a coder never applied the code', () => {
    expect(where(disagreementPlaces('document', [document], [span(1, 'A', 0, 10)], ['A', 'B']))).toEqual([
      { at: '0-100', ids: [[1], []] },
    ]);
    expect(
      disagreementPlaces('document', [document], [span(1, 'A', 0, 10), span(2, 'B', 50, 60)], ['A', 'B']),
    ).toEqual([]);
  });
});
