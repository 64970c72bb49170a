import { describe, expect, it } from 'vitest';
import type { Code } from '../../app/contract/index.ts';
import { filterTree, searchCodes } from './codeSearch.ts';
import { buildCodeTree, flattenTree } from './codeTree.ts';
import { testCode } from './testCodes.ts';

function code(id: number, name: string, parentId: number | null, description = ''): Code {
  return { ...testCode(id, name, parentId), description };
}

const codes = [
  code(1, 'travail', null),
  code(2, 'opacité', 1, 'Ce que la plateforme cache : ses règles et sa rémunération.'),
  code(3, 'éthique', null),
];

describe('searchCodes', () => {
  it('finds a word of a definition without its accents and marks it', () => {
    const matches = searchCodes(codes, 'remuneration');
    expect([...matches.keys()]).toEqual([2]);
    const [range] = matches.get(2)?.description ?? [];
    expect(range && codes[1]?.description.slice(range[0], range[1])).toBe('rémunération');
  });
  it('marks the matched part of a name', () => {
    const [range] = searchCodes(codes, 'ethique').get(3)?.name ?? [];
    expect(range && 'éthique'.slice(range[0], range[1])).toBe('éthique');
  });
  it('finds nothing for an empty query', () => {
    expect(searchCodes(codes, '  ').size).toBe(0);
  });
});

describe('filterTree', () => {
  it('keeps matches and the codes above them', () => {
    const shown = filterTree(buildCodeTree(codes), (candidate) => candidate.id === 2);
    expect(flattenTree(shown).map((node) => node.code.name)).toEqual(['travail', 'opacité']);
  });
});
