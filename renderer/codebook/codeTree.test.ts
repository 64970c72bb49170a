import { describe, expect, it } from 'vitest';
import { testCode } from './testCodes.ts';
import { buildCodeTree, flattenTree, possibleParents, subtreeIds } from './codeTree.ts';

const code = testCode;

// work ─┬ triple day ── night shifts
//       └ opacity
// ethics
const codes = [
  code(1, 'work', null),
  code(2, 'triple day', 1, 2),
  code(3, 'opacity', 1, 1),
  code(4, 'night shifts', 2),
  code(5, 'ethics', null),
];

describe('buildCodeTree', () => {
  it('nests codes by parent, ordered by sortOrder, with depths', () => {
    const flat = flattenTree(buildCodeTree(codes)).map((node) => `${node.depth}:${node.code.name}`);
    expect(flat).toEqual(['0:work', '1:opacity', '1:triple day', '2:night shifts', '0:ethics']);
  });
  it('shows a code with a missing parent at the top level', () => {
    const flat = flattenTree(buildCodeTree([code(7, 'orphan', 99)]));
    expect(flat.map((node) => node.depth)).toEqual([0]);
  });
});

describe('subtreeIds and possibleParents', () => {
  it('collects a code and all its descendants', () => {
    expect([...subtreeIds(codes, 1)].sort()).toEqual([1, 2, 3, 4]);
    expect([...subtreeIds(codes, 4)]).toEqual([4]);
  });
  it('never offers the code itself or a descendant as a new parent', () => {
    expect(possibleParents(codes, 2).map((c) => c.name)).toEqual(['ethics', 'opacity', 'work']);
    expect(possibleParents(codes, 1).map((c) => c.name)).toEqual(['ethics']);
  });
});
