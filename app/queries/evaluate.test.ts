import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistanceUnit, QueryNode } from './ast.ts';
import { evaluateQuery, UnknownCodeError, type QueryCoding, type QueryTurn } from './evaluate.ts';
import { parseQuery } from './parse.ts';

/**
 * Each operator against an independent brute force: a coding is the set of its characters,
 * and every definition of docs/ANALYSIS.md is checked character by character.
 */

const LENGTH = 40;
const DOCUMENTS = [1, 2];
const CODES = [
  { id: 1, name: 'Opacité' },
  { id: 2, name: 'isolement' },
  { id: 3, name: 'triple journée' },
];

interface Chars {
  readonly documentId: number;
  readonly chars: ReadonlySet<number>;
}

const range = (start: number, end: number): number[] =>
  Array.from({ length: end - start }, (_, i) => start + i);
const first = (hit: Chars): number => Math.min(...hit.chars);
const last = (hit: Chars): number => Math.max(...hit.chars);
const key = (hit: Chars): string => `${hit.documentId}:${first(hit)}:${last(hit) + 1}`;
const meets = (a: Chars, b: Chars): boolean => [...a.chars].some((char) => b.chars.has(char));
const within = (a: Chars, b: Chars): boolean => [...a.chars].every((char) => b.chars.has(char));
const distance = (a: Chars, b: Chars): number =>
  Math.max(0, Math.min(...[...a.chars].flatMap((i) => [...b.chars].map((j) => Math.abs(i - j)))) - 1);

function bruteForce(node: QueryNode, codings: readonly QueryCoding[], turns: readonly QueryTurn[]): Chars[] {
  const turnOf = (documentId: number, char: number): number =>
    turns
      .filter((turn) => turn.documentId === documentId)
      .findIndex((turn) => turn.start <= char && char < turn.end);
  const filter = (
    left: Chars[],
    right: Chars[],
    holds: (a: Chars, b: Chars) => boolean,
    wanted = true,
  ): Chars[] =>
    left.filter((a) => right.some((b) => b.documentId === a.documentId && holds(a, b)) === wanted);
  if (node.kind === 'code') {
    const id = CODES.find((code) => code.name.toLowerCase() === node.name.toLowerCase())?.id;
    return codings
      .filter((coding) => coding.codeId === id)
      .map((coding) => ({ documentId: coding.documentId, chars: new Set(range(coding.start, coding.end)) }));
  }
  const left = bruteForce(node.left, codings, turns);
  const right = bruteForce(node.right, codings, turns);
  switch (node.kind) {
    case 'or':
      return [...left, ...right];
    case 'not':
      return filter(left, right, meets, false);
    case 'and':
      return left.flatMap((a) =>
        right
          .filter((b) => b.documentId === a.documentId && meets(a, b))
          .map((b) => ({
            documentId: a.documentId,
            chars: new Set([...a.chars].filter((char) => b.chars.has(char))),
          })),
      );
    case 'positional':
      if (node.op === 'OVERLAPPING') return filter(left, right, meets);
      return filter(left, right, (a, b) => within(a, b), node.op === 'INSIDE');
    case 'near':
      return filter(left, right, (a, b) => distance(a, b) <= node.within);
    case 'followedBy':
      return filter(left, right, (a, b) => {
        if (first(b) <= last(a)) return false;
        if (node.within === null) return true;
        if (node.unit === 'CHARACTERS') return first(b) - last(a) - 1 <= node.within;
        return turnOf(a.documentId, first(b)) - turnOf(a.documentId, last(a)) <= node.within;
      });
  }
}

const codingArbitrary = fc
  .record({
    documentId: fc.constantFrom(...DOCUMENTS),
    codeId: fc.constantFrom(1, 2, 3),
    coder: fc.constantFrom('ana', 'ben'),
    start: fc.integer({ min: 0, max: LENGTH - 1 }),
    length: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ length, ...coding }) => ({ ...coding, end: Math.min(LENGTH, coding.start + length) }));

/** Turns that tile each document: cut points give their bounds. */
const turnsArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: LENGTH - 1 }), { maxLength: 8 })
  .map((cuts) => {
    const bounds = [0, ...cuts.sort((x, y) => x - y), LENGTH];
    return DOCUMENTS.flatMap((documentId) =>
      bounds.slice(1).map((end, i) => ({ documentId, start: bounds[i] as number, end })),
    );
  });

const leaf: fc.Arbitrary<QueryNode> = fc
  .constantFrom(...CODES)
  .map((code) => ({ kind: 'code', name: code.name, position: 1 }));

function binary(operand: fc.Arbitrary<QueryNode>): fc.Arbitrary<QueryNode> {
  const pair = { left: operand, right: operand };
  const n = fc.integer({ min: 0, max: 15 });
  return fc.oneof(
    fc.record({ kind: fc.constantFrom('and' as const, 'or' as const, 'not' as const), ...pair }),
    fc.record({
      kind: fc.constant('positional' as const),
      op: fc.constantFrom('OVERLAPPING' as const, 'INSIDE' as const, 'OUTSIDE' as const),
      ...pair,
    }),
    fc.record({ kind: fc.constant('near' as const), within: n, ...pair }),
    fc.record({
      kind: fc.constant('followedBy' as const),
      within: fc.option(n),
      unit: fc.constantFrom<DistanceUnit>('CHARACTERS', 'TURNS'),
      ...pair,
    }),
  );
}

const oneOperator = binary(leaf);
const nested = binary(fc.oneof(leaf, binary(leaf)));

function agrees(tree: QueryNode, codings: QueryCoding[], turns: QueryTurn[]): void {
  const found = evaluateQuery(tree, { codes: CODES, codings, turns: () => turns }).map((hit) =>
    key({ documentId: hit.documentId, chars: new Set(range(hit.start, hit.end)) }),
  );
  const expected = [...new Set(bruteForce(tree, codings, turns).map(key))].sort();
  expect([...found].sort()).toEqual(expected);
  // Each range once.
  expect(new Set(found).size).toBe(found.length);
}

describe('evaluateQuery against a character-by-character brute force', () => {
  it('agrees on every operator between two codes', () => {
    fc.assert(
      fc.property(
        oneOperator,
        fc.array(codingArbitrary, { maxLength: 14 }),
        turnsArbitrary,
        (tree, codings, turns) => agrees(tree, codings, turns),
      ),
      { numRuns: 1500 },
    );
  });

  it('agrees on nested expressions', () => {
    fc.assert(
      fc.property(
        nested,
        fc.array(codingArbitrary, { maxLength: 14 }),
        turnsArbitrary,
        (tree, codings, turns) => agrees(tree, codings, turns),
      ),
      { numRuns: 800 },
    );
  });
});

describe('evaluateQuery', () => {
  const codings: QueryCoding[] = [
    { documentId: 1, codeId: 1, coder: 'ana', start: 0, end: 10 },
    { documentId: 1, codeId: 1, coder: 'ben', start: 0, end: 10 },
    { documentId: 1, codeId: 2, coder: 'ana', start: 5, end: 20 },
    { documentId: 2, codeId: 2, coder: 'ana', start: 0, end: 4 },
  ];
  const run = (text: string) => evaluateQuery(parseQuery(text), { codes: CODES, codings, turns: () => [] });

  it('matches names without case or accents and counts identical ranges once', () => {
    expect(run('opacite')).toEqual([codings[0]]);
    expect(run('OPACITÉ AND isolement')).toEqual([{ ...codings[0], start: 5, end: 10 }]);
    expect(run('isolement NOT opacité')).toEqual([codings[3]]);
  });

  it('names a code it does not know, with its position', () => {
    expect(() => run('opacité AND ethique')).toThrow(new UnknownCodeError('ethique', 13));
  });
});
