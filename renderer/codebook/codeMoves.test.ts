import { describe, expect, it } from 'vitest';
import { testCode } from './testCodes.ts';
import { dropMove, keyboardMove, placementAt } from './codeMoves.ts';
import { buildCodeTree } from './codeTree.ts';

const code = testCode;

// work ─┬ opacity
//       └ triple day
// ethics
// pay
const tree = buildCodeTree([
  code(1, 'work', null, 0),
  code(2, 'opacity', 1, 0),
  code(3, 'triple day', 1, 1),
  code(4, 'ethics', null, 1),
  code(5, 'pay', null, 2),
]);

describe('keyboardMove', () => {
  it('moves up and down among siblings, not past the ends', () => {
    expect(keyboardMove(tree, 4, 'up')).toEqual({ parentId: null, index: 0 });
    expect(keyboardMove(tree, 4, 'down')).toEqual({ parentId: null, index: 2 });
    expect(keyboardMove(tree, 1, 'up')).toBeNull();
    expect(keyboardMove(tree, 5, 'down')).toBeNull();
    expect(keyboardMove(tree, 3, 'up')).toEqual({ parentId: 1, index: 0 });
  });
  it('nests under the previous sibling, as its last child', () => {
    expect(keyboardMove(tree, 4, 'nest')).toEqual({ parentId: 1, index: 2 });
    expect(keyboardMove(tree, 3, 'nest')).toEqual({ parentId: 2, index: 0 });
    expect(keyboardMove(tree, 1, 'nest')).toBeNull();
  });
  it('un-nests to just after the parent', () => {
    expect(keyboardMove(tree, 2, 'unnest')).toEqual({ parentId: null, index: 1 });
    expect(keyboardMove(tree, 4, 'unnest')).toBeNull();
  });
});

describe('dropMove', () => {
  it('nests inside the target, after its children', () => {
    expect(dropMove(tree, 5, 4, 'inside')).toEqual({ parentId: 4, index: 0 });
    expect(dropMove(tree, 5, 1, 'inside')).toEqual({ parentId: 1, index: 2 });
  });
  it('places before or after the target among its siblings without the dragged code', () => {
    expect(dropMove(tree, 5, 1, 'before')).toEqual({ parentId: null, index: 0 });
    expect(dropMove(tree, 1, 5, 'after')).toEqual({ parentId: null, index: 2 });
    expect(dropMove(tree, 5, 3, 'before')).toEqual({ parentId: 1, index: 1 });
  });
  it('refuses a drop on the code itself or inside its own sub-codes', () => {
    expect(dropMove(tree, 1, 1, 'inside')).toBeNull();
    expect(dropMove(tree, 1, 3, 'inside')).toBeNull();
    expect(dropMove(tree, 1, 2, 'after')).toBeNull();
  });
});

describe('placementAt', () => {
  it('splits a row in thirds', () => {
    expect(placementAt(2, 30)).toBe('before');
    expect(placementAt(15, 30)).toBe('inside');
    expect(placementAt(28, 30)).toBe('after');
  });
});
