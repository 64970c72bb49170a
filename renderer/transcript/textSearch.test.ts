import { describe, expect, it } from 'vitest';
import { adjacentRange, findInText, foldForSearch, wholeTurns } from './textSearch.ts';

describe('findInText', () => {
  it('ignores accents and case, and maps matches back to the original offsets', () => {
    const text = 'Éthique ? Oui, l’ÉTHIQUE et la déontologie.';
    const ranges = findInText(text, 'ethique');
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['Éthique', 'ÉTHIQUE']);
    expect(findInText(text, 'DÉONTO').map((range) => text.slice(range.start, range.end))).toEqual(['déonto']);
  });

  it('handles decomposed accents and emoji without shifting offsets', () => {
    const text = 'cafe\u0301 😅 café';
    const ranges = findInText(text, 'cafe');
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['cafe\u0301', 'café']);
    expect(foldForSearch('😅').origin).toEqual([0, 0, 2]);
  });

  it('finds nothing for an empty query and does not overlap matches', () => {
    expect(findInText('abc', '  ')).toEqual([]);
    expect(findInText('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });
});

describe('wholeTurns and adjacentRange', () => {
  const segments = [
    { start: 0, end: 10 },
    { start: 12, end: 30 },
    { start: 32, end: 40 },
  ];

  it('widens a range to the turns it touches', () => {
    expect(wholeTurns(segments, { start: 5, end: 15 })).toEqual({ start: 0, end: 30 });
    expect(wholeTurns(segments, { start: 33, end: 34 })).toEqual({ start: 32, end: 40 });
    expect(wholeTurns(segments, { start: 10, end: 12 })).toBeNull();
  });

  it('finds the next and previous coding, wrapping round', () => {
    const codings = [
      { start: 20, end: 25 },
      { start: 2, end: 4 },
      { start: 35, end: 38 },
    ];
    expect(adjacentRange(codings, 2, 1)).toEqual({ start: 20, end: 25 });
    expect(adjacentRange(codings, 35, 1)).toEqual({ start: 2, end: 4 });
    expect(adjacentRange(codings, 20, -1)).toEqual({ start: 2, end: 4 });
    expect(adjacentRange(codings, 2, -1)).toEqual({ start: 35, end: 38 });
    expect(adjacentRange([], 0, 1)).toBeNull();
  });
});
