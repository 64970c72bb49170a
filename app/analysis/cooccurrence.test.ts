import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cCoefficient, countOverlaps, type Span } from './cooccurrence.ts';

let nextId = 1;
const span = (codeId: number, start: number, end: number, documentId = 1): Span => ({
  id: nextId++,
  documentId,
  codeId,
  start,
  end,
});

describe('overlap co-occurrence', () => {
  it('counts overlapping, nested and identical ranges but not touching ones', () => {
    const spans = [
      span(1, 0, 10), // A
      span(2, 5, 15), // B overlaps A
      span(3, 10, 20), // C touches A (no), overlaps B
      span(2, 2, 4), // B nested in A
      span(3, 0, 10), // C identical to A
    ];
    const counts = countOverlaps(spans).sort((x, y) => x.codeA - y.codeA || x.codeB - y.codeB);
    // A–B: (A,[5,15)) and (A,[2,4)) = 2. A–C: [0,10) identical = 1, [10,20) touches = 0.
    // B–C: [5,15)×[10,20) yes, [5,15)×[0,10) yes, [2,4)×[0,10) yes = 3.
    expect(counts).toEqual([
      { codeA: 1, codeB: 2, count: 2 },
      { codeA: 1, codeB: 3, count: 1 },
      { codeA: 2, codeB: 3, count: 3 },
    ]);
  });

  it('never pairs codings of different documents or of the same code', () => {
    expect(countOverlaps([span(1, 0, 10, 1), span(2, 0, 10, 2), span(1, 3, 4, 1)])).toEqual([]);
  });

  it('defines c = count / (n_a + n_b − count), null when that is not positive', () => {
    expect(cCoefficient(2, 4, 3)).toBeCloseTo(2 / 5);
    expect(cCoefficient(1, 1, 1)).toBe(1);
    expect(cCoefficient(4, 2, 2)).toBeNull();
  });

  it('agrees with the brute-force definition, symmetric, count ≤ n_a·n_b (property)', () => {
    const arbitrarySpan = fc
      .record({
        code: fc.integer({ min: 1, max: 4 }),
        doc: fc.integer({ min: 1, max: 2 }),
        start: fc.nat(50),
        length: fc.integer({ min: 1, max: 20 }),
      })
      .map(({ code, doc, start, length }) => span(code, start, start + length, doc));
    fc.assert(
      fc.property(fc.array(arbitrarySpan, { maxLength: 30 }), (spans) => {
        const expected = new Map<string, number>();
        for (const [i, x] of spans.entries()) {
          for (const y of spans.slice(i + 1)) {
            if (x.documentId !== y.documentId || x.codeId === y.codeId) continue;
            if (x.start < y.end && y.start < x.end) {
              const key = `${Math.min(x.codeId, y.codeId)}:${Math.max(x.codeId, y.codeId)}`;
              expected.set(key, (expected.get(key) ?? 0) + 1);
            }
          }
        }
        const actual = new Map(countOverlaps(spans).map((p) => [`${p.codeA}:${p.codeB}`, p.count]));
        expect(actual).toEqual(expected);
        const reversed = new Map(
          countOverlaps([...spans].reverse()).map((p) => [`${p.codeA}:${p.codeB}`, p.count]),
        );
        expect(reversed).toEqual(actual);
        const n = (code: number) => spans.filter((s) => s.codeId === code).length;
        for (const pair of countOverlaps(spans))
          expect(pair.count).toBeLessThanOrEqual(n(pair.codeA) * n(pair.codeB));
      }),
    );
  });
});
