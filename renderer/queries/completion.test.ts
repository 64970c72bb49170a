import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../app/queries/parse.ts';
import { buildExpression, complete, completions } from './completion.ts';

const NAMES = ['opacité', 'Organisation', 'triple journée', 'isolement'];

describe('code name completion', () => {
  it('offers the names that complete the word being typed, without case or accents', () => {
    expect(completions('isolement AND OPA', NAMES)).toEqual(['opacité']);
    expect(completions('isolement AND o', NAMES)).toEqual([
      'opacité',
      'Organisation',
      'triple journée',
      'isolement',
    ]);
    expect(completions('"triple jou', NAMES)).toEqual(['triple journée']);
    expect(completions('isolement AND ', NAMES)).toEqual([]);
    expect(completions('isolement AND', NAMES)).toEqual([]);
  });

  it('completes with the name quoted when it has spaces', () => {
    expect(complete('isolement AND tri', 'triple journée')).toBe('isolement AND "triple journée" ');
    expect(complete('(opa', 'opacité')).toBe('(opacité ');
    expect(complete('"triple jou', 'triple journée')).toBe('"triple journée" ');
  });
});

describe('the query builder', () => {
  it('makes expressions the parser reads', () => {
    const near = buildExpression('', {
      left: 'éthique',
      operator: 'NEAR',
      right: 'opacité',
      within: 200,
      unit: 'CHARACTERS',
    });
    expect(near).toBe('éthique NEAR opacité WITHIN 200');
    const followed = buildExpression(near, {
      left: null,
      operator: 'FOLLOWED BY',
      right: 'triple journée',
      within: 2,
      unit: 'TURNS',
    });
    expect(followed).toBe('(éthique NEAR opacité WITHIN 200) FOLLOWED BY "triple journée" WITHIN 2 TURNS');
    expect(parseQuery(followed).kind).toBe('followedBy');
    expect(
      buildExpression('a', { left: 'b', operator: 'NOT', right: 'c', within: null, unit: 'CHARACTERS' }),
    ).toBe('b NOT c');
  });
});
