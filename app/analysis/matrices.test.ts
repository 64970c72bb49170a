import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellValue, coveredLength, percentages } from './matrices.ts';

describe('matrices', () => {
  it('counts covered characters once where codings overlap', () => {
    expect(coveredLength([])).toBe(0);
    expect(
      coveredLength([
        { start: 0, end: 10 },
        { start: 5, end: 12 },
        { start: 20, end: 25 },
        { start: 21, end: 22 },
      ]),
    ).toBe(17);
    expect(
      coveredLength([
        { start: 0, end: 5 },
        { start: 5, end: 8 },
      ]),
    ).toBe(8);
  });

  it('agrees with counting covered positions one by one (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.nat(50), length: fc.integer({ min: 1, max: 20 }) })),
        (records) => {
          const ranges = records.map(({ start, length }) => ({ start, end: start + length }));
          const covered = new Set<number>();
          for (const range of ranges) for (let i = range.start; i < range.end; i++) covered.add(i);
          expect(coveredLength(ranges)).toBe(covered.size);
        },
      ),
    );
  });

  it('measures a cell as count, presence or share of text', () => {
    const codings = [
      { documentId: 1, codeId: 1, start: 0, end: 10 },
      { documentId: 1, codeId: 1, start: 5, end: 15 },
      { documentId: 2, codeId: 1, start: 0, end: 5 },
    ];
    expect(cellValue('count', codings, 100)).toBe(3);
    expect(cellValue('presence', codings, 100)).toBe(1);
    expect(cellValue('presence', [], 100)).toBe(0);
    // Document 1 covers [0,15) = 15 and document 2 [0,5) = 5, over 100 characters in all.
    expect(cellValue('share', codings, 100)).toBeCloseTo(0.2);
  });

  it('gives row and column percentages', () => {
    expect(
      percentages([
        [1, 3],
        [0, 0],
        [1, 1],
      ]),
    ).toEqual({
      row: [
        [25, 75],
        [0, 0],
        [50, 50],
      ],
      column: [
        [50, 75],
        [0, 0],
        [50, 25],
      ],
    });
  });
});
