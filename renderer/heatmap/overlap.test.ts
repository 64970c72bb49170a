import { describe, expect, it } from 'vitest';
import { overlapOf, splitQuote } from './overlap.ts';

describe('overlapOf', () => {
  it('finds the shared part of two excerpts of one document', () => {
    expect(overlapOf({ documentId: 1, start: 10, end: 40 }, { documentId: 1, start: 25, end: 60 })).toEqual({
      start: 25,
      end: 40,
    });
  });
  it('is null for excerpts that only touch, are apart, or in two documents', () => {
    expect(
      overlapOf({ documentId: 1, start: 10, end: 20 }, { documentId: 1, start: 20, end: 30 }),
    ).toBeNull();
    expect(
      overlapOf({ documentId: 1, start: 10, end: 20 }, { documentId: 2, start: 10, end: 20 }),
    ).toBeNull();
  });
});

describe('splitQuote', () => {
  it('splits a quote around the overlap, in the quote’s own offsets', () => {
    expect(splitQuote('pourquoi une tâche', 100, { start: 109, end: 130 })).toEqual([
      'pourquoi ',
      'une tâche',
      '',
    ]);
  });
  it('is null when the overlap lies outside the quote', () => {
    expect(splitQuote('abc', 100, { start: 200, end: 210 })).toBeNull();
  });
});
