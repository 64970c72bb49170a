import { describe, expect, it } from 'vitest';
import { parseQuery, QueryParseError } from './parse.ts';
import type { QueryNode } from './ast.ts';
import { formatCodeName, queryCodeNames } from './ast.ts';

/** The tree as a compact string: (left OP right). */
function show(node: QueryNode): string {
  switch (node.kind) {
    case 'code':
      return node.name;
    case 'positional':
      return `(${show(node.left)} ${node.op} ${show(node.right)})`;
    case 'followedBy':
      return `(${show(node.left)} FOLLOWED ${show(node.right)} ${node.within ?? '∞'} ${node.unit})`;
    case 'near':
      return `(${show(node.left)} NEAR ${show(node.right)} ${node.within})`;
    default:
      return `(${show(node.left)} ${node.kind.toUpperCase()} ${show(node.right)})`;
  }
}

function errorOf(text: string): QueryParseError {
  try {
    parseQuery(text);
  } catch (error) {
    if (error instanceof QueryParseError) return error;
    throw error;
  }
  throw new Error(`"${text}" parsed`);
}

describe('parseQuery', () => {
  it('reads the examples of the issue', () => {
    expect(show(parseQuery('opacité AND isolement'))).toBe('(opacité AND isolement)');
    expect(show(parseQuery('opacité NOT isolement'))).toBe('(opacité NOT isolement)');
    expect(show(parseQuery('opacité FOLLOWED BY isolement WITHIN 2 TURNS'))).toBe(
      '(opacité FOLLOWED isolement 2 TURNS)',
    );
    expect(show(parseQuery('éthique NEAR opacité WITHIN 200'))).toBe('(éthique NEAR opacité 200)');
  });

  it('binds positional operators tighter than NOT, NOT than AND, AND than OR', () => {
    expect(show(parseQuery('a OR b AND c'))).toBe('(a OR (b AND c))');
    expect(show(parseQuery('a AND b OR c'))).toBe('((a AND b) OR c)');
    expect(show(parseQuery('a AND b NOT c'))).toBe('(a AND (b NOT c))');
    expect(show(parseQuery('a NOT b INSIDE c'))).toBe('(a NOT (b INSIDE c))');
    expect(show(parseQuery('a OVERLAPPING b OUTSIDE c'))).toBe('((a OVERLAPPING b) OUTSIDE c)');
    expect(show(parseQuery('a NOT b NOT c'))).toBe('((a NOT b) NOT c)');
  });

  it('groups with parentheses', () => {
    expect(show(parseQuery('(a OR b) AND c'))).toBe('((a OR b) AND c)');
    expect(show(parseQuery('a INSIDE (b OR c)'))).toBe('(a INSIDE (b OR c))');
    expect(show(parseQuery('((a))'))).toBe('a');
  });

  it('reads quoted names with spaces and accents, and keywords in any case', () => {
    const tree = parseQuery('"triple journée" and «santé mentale» near “vie privée” within 30 chars');
    expect(show(tree)).toBe('(triple journée AND (santé mentale NEAR vie privée 30))');
    expect(queryCodeNames(tree)).toEqual(['triple journée', 'santé mentale', 'vie privée']);
    expect(show(parseQuery('"AND" OR "a \\"b\\""'))).toBe('(AND OR a "b")');
  });

  it('defaults FOLLOWED BY to no limit and to characters', () => {
    expect(show(parseQuery('a FOLLOWED BY b'))).toBe('(a FOLLOWED b ∞ CHARACTERS)');
    expect(show(parseQuery('a FOLLOWED BY b WITHIN 40'))).toBe('(a FOLLOWED b 40 CHARACTERS)');
    expect(show(parseQuery('a followed by b within 1 turn'))).toBe('(a FOLLOWED b 1 TURNS)');
  });

  it('says where a query goes wrong', () => {
    expect(errorOf('').position).toBe(1);
    expect(errorOf('a AND').message).toBe(
      'Expected a code name or ( but found the end of the query (at position 6)',
    );
    expect(errorOf('(a OR b').position).toBe(8);
    expect(errorOf('a OR b)').message).toContain('position 7');
    expect(errorOf('triple journée AND a').message).toBe(
      'Expected an operator but found "journée": quote a code name with spaces ("triple journée") or join codes with AND, OR, NOT… (at position 8)',
    );
    expect(errorOf('a NEAR b').message).toContain('Expected WITHIN');
    expect(errorOf('a NEAR b WITHIN many').position).toBe(17);
    expect(errorOf('a NEAR b WITHIN 2 TURNS').message).toContain('NEAR counts characters');
    expect(errorOf('a FOLLOWED b').message).toBe('Expected BY but found "b" (at position 12)');
    expect(errorOf('"a AND b').position).toBe(1);
    expect(errorOf('a AND ""').message).toContain('empty code name');
  });
});

describe('formatCodeName', () => {
  it('quotes what a bare word cannot say, and round-trips through the parser', () => {
    for (const name of ['opacité', 'triple journée', 'and', '2024', 'a "b"', 'micro-travail']) {
      const tree = parseQuery(formatCodeName(name));
      expect(tree).toMatchObject({ kind: 'code', name });
    }
    expect(formatCodeName('opacité')).toBe('opacité');
    expect(formatCodeName('triple journée')).toBe('"triple journée"');
  });
});

describe('parse errors for the interface', () => {
  it('carry a key and what was found, the end of the query a key of its own', () => {
    expect(errorOf('(a AND b')).toMatchObject({ key: 'queryCloseExpectedAtEnd', params: { open: 1 } });
    expect(errorOf('(a AND b c')).toMatchObject({
      key: 'queryCloseExpected',
      params: { open: 1, found: 'c', position: 10 },
    });
    expect(errorOf('a FOLLOWED b')).toMatchObject({
      key: 'queryExpectedKeyword',
      params: { keyword: 'BY', found: 'b' },
    });
    expect(errorOf('triple journée')).toMatchObject({
      key: 'queryExpectedOperator',
      params: { found: 'journée' },
    });
    expect(errorOf('')).toMatchObject({ key: 'queryEmpty' });
  });
});
