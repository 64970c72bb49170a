import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CooccurrenceInput } from '../contract/analysis.ts';
import type { Span } from './cooccurrence.ts';
import { countScope, pairKey, parseScope, type Scope, type UnitSpan } from './scopes.ts';

let nextId = 1;
const coding = (codeId: number, start: number, end: number, documentId = 1): Span => ({
  id: nextId++,
  documentId,
  codeId,
  start,
  end,
});
const segment = (id: number, start: number, end: number, documentId = 1): UnitSpan => ({
  id,
  documentId,
  start,
  end,
});

// Document 1: segments [0,10) [12,20) [22,30). Document 2: one segment [0,10).
const segments = [segment(1, 0, 10), segment(2, 12, 20), segment(3, 22, 30), segment(4, 0, 10, 2)];
// A: [0,5) in s1, and [15,25) crossing s2 and s3. B: [5,8) in s1 (touches A's first).
// C: [22,24) in s3 (nested in A's second). In document 2: A [0,3), C [6,9).
const spans = [
  coding(1, 0, 5),
  coding(1, 15, 25),
  coding(2, 5, 8),
  coding(3, 22, 24),
  coding(1, 0, 3, 2),
  coding(3, 6, 9, 2),
];

const result = (scope: Scope) => {
  const { n, counts } = countScope(scope, spans, segments);
  return { n: Object.fromEntries(n), counts: Object.fromEntries(counts) };
};

describe('co-occurrence scopes (hand-worked)', () => {
  it('overlap: touching ranges do not count, nested ones do', () => {
    expect(result({ kind: 'overlap' })).toEqual({ n: { 1: 3, 2: 1, 3: 2 }, counts: { '1:3': 1 } });
  });

  it('near:N: gap of at most N characters, touching is gap 0', () => {
    expect(result({ kind: 'near', distance: 0 })).toEqual({
      n: { 1: 3, 2: 1, 3: 2 },
      counts: { '1:2': 1, '1:3': 1 },
    });
    // With 3 characters: document 2's A [0,3) and C [6,9) have a gap of exactly 3.
    expect(result({ kind: 'near', distance: 3 }).counts).toEqual({ '1:2': 1, '1:3': 2 });
    // B [5,8) and A [15,25): gap 7. C [22,24) and B: gap 14.
    expect(result({ kind: 'near', distance: 7 }).counts).toEqual({ '1:2': 2, '1:3': 2 });
  });

  it('segment: units are segments; a coding crossing two segments is present in both', () => {
    // A present in s1, s2, s3, s4 (4); B in s1 (1); C in s3, s4 (2).
    expect(result({ kind: 'segment' })).toEqual({ n: { 1: 4, 2: 1, 3: 2 }, counts: { '1:2': 1, '1:3': 2 } });
  });

  it('document: units are documents', () => {
    expect(result({ kind: 'document' })).toEqual({
      n: { 1: 2, 2: 1, 3: 2 },
      counts: { '1:2': 1, '1:3': 2, '2:3': 1 },
    });
  });

  it('counts identical ranges once per pair of codings', () => {
    const same = [coding(1, 0, 4), coding(2, 0, 4)];
    expect(Object.fromEntries(countScope({ kind: 'overlap' }, same, []).counts)).toEqual({ '1:2': 1 });
    expect(Object.fromEntries(countScope({ kind: 'segment' }, same, [segment(9, 0, 4)]).counts)).toEqual({
      '1:2': 1,
    });
  });

  it('parses scope names', () => {
    expect(parseScope('near:25')).toEqual({ kind: 'near', distance: 25 });
    expect(parseScope('segment')).toEqual({ kind: 'segment' });
    expect(parseScope('near:-1')).toBeNull();
    expect(parseScope('paragraph')).toBeNull();
  });

  it('the contract accepts exactly the scopes the analysis parses', () => {
    const names = fc.oneof(
      fc.constantFrom(
        'overlap',
        'segment',
        'document',
        'near:0',
        'near:1234567',
        'near:12345678',
        'near:',
        'near',
      ),
      fc.nat().map((n) => `near:${n}`),
      fc.string(),
    );
    fc.assert(
      fc.property(names, (scope) => {
        const accepted = CooccurrenceInput.safeParse({ scope }).success;
        expect(accepted).toBe(parseScope(scope) !== null);
      }),
    );
  });
});

describe('co-occurrence properties', () => {
  const arbitrarySpans = fc.array(
    fc.record({
      code: fc.integer({ min: 1, max: 4 }),
      doc: fc.integer({ min: 1, max: 2 }),
      start: fc.nat(60),
      length: fc.integer({ min: 1, max: 15 }),
    }),
    { maxLength: 25 },
  );
  const fixedSegments = [0, 1, 2, 3, 4, 5].flatMap((i) => [
    segment(100 + i, i * 12, i * 12 + 10, 1),
    segment(200 + i, i * 12, i * 12 + 10, 2),
  ]);
  const scopes: Scope[] = [
    { kind: 'overlap' },
    { kind: 'near', distance: 4 },
    { kind: 'segment' },
    { kind: 'document' },
  ];

  it('is symmetric (order of input does not matter) and count ≤ n_a · n_b, count ≤ min(n) for unit scopes', () => {
    fc.assert(
      fc.property(arbitrarySpans, (records) => {
        const spansOf = records.map(({ code, doc, start, length }, index) => ({
          id: index + 1,
          documentId: doc,
          codeId: code,
          start,
          end: start + length,
        }));
        for (const scope of scopes) {
          const forward = countScope(scope, spansOf, fixedSegments);
          const backward = countScope(scope, [...spansOf].reverse(), fixedSegments);
          expect(backward.counts).toEqual(forward.counts);
          for (const [key, count] of forward.counts) {
            const [a, b] = key.split(':').map(Number);
            const nA = forward.n.get(a ?? 0) ?? 0;
            const nB = forward.n.get(b ?? 0) ?? 0;
            expect(count).toBeLessThanOrEqual(nA * nB);
            if (scope.kind === 'segment' || scope.kind === 'document')
              expect(count).toBeLessThanOrEqual(Math.min(nA, nB));
          }
          expect(
            [...forward.counts.keys()].every(
              (key) => key === pairKey(Number(key.split(':')[0]), Number(key.split(':')[1])),
            ),
          ).toBe(true);
        }
      }),
    );
  });

  it('near:0 counts every overlapping pair, and more as the distance grows', () => {
    fc.assert(
      fc.property(arbitrarySpans, (records) => {
        const spansOf = records.map(({ code, doc, start, length }, index) => ({
          id: index + 1,
          documentId: doc,
          codeId: code,
          start,
          end: start + length,
        }));
        const overlap = countScope({ kind: 'overlap' }, spansOf, []).counts;
        const near0 = countScope({ kind: 'near', distance: 0 }, spansOf, []).counts;
        const near10 = countScope({ kind: 'near', distance: 10 }, spansOf, []).counts;
        for (const [key, count] of overlap) expect(near0.get(key) ?? 0).toBeGreaterThanOrEqual(count);
        for (const [key, count] of near0) expect(near10.get(key) ?? 0).toBeGreaterThanOrEqual(count);
      }),
    );
  });
});
