import { describe, expect, it } from 'vitest';
import { buildCodeTree } from './codeTree.ts';
import { testCode as code } from './testCodes.ts';
import { treeKeyAction, visibleNodes } from './treeKeys.ts';

// travail › (plateforme, horaires), isolement
const tree = buildCodeTree([
  code(1, 'travail'),
  code(2, 'plateforme', 1),
  code(3, 'horaires', 1),
  code(4, 'isolement'),
]);
const none = new Set<number>();
const closed = new Set([1]);

describe('visibleNodes', () => {
  it('lists open codes top to bottom and hides the children of a closed parent', () => {
    expect(visibleNodes(tree, none).map((node) => node.code.id)).toEqual([1, 2, 3, 4]);
    expect(visibleNodes(tree, closed).map((node) => node.code.id)).toEqual([1, 4]);
  });
});

describe('treeKeyAction', () => {
  const open = visibleNodes(tree, none);
  it('moves up and down through visible codes, and stops at the ends', () => {
    expect(treeKeyAction(open, none, 1, 'ArrowDown')).toEqual({ kind: 'focus', id: 2 });
    expect(treeKeyAction(open, none, 3, 'ArrowDown')).toEqual({ kind: 'focus', id: 4 });
    expect(treeKeyAction(visibleNodes(tree, closed), closed, 1, 'ArrowDown')).toEqual({
      kind: 'focus',
      id: 4,
    });
    expect(treeKeyAction(open, none, 1, 'ArrowUp')).toBeNull();
    expect(treeKeyAction(open, none, 2, 'End')).toEqual({ kind: 'focus', id: 4 });
  });
  it('closes and opens parents with ← and →, entering or leaving them when already so', () => {
    expect(treeKeyAction(open, none, 1, 'ArrowLeft')).toEqual({ kind: 'collapse', id: 1 });
    expect(treeKeyAction(visibleNodes(tree, closed), closed, 1, 'ArrowRight')).toEqual({
      kind: 'expand',
      id: 1,
    });
    expect(treeKeyAction(open, none, 1, 'ArrowRight')).toEqual({ kind: 'focus', id: 2 });
    expect(treeKeyAction(open, none, 3, 'ArrowLeft')).toEqual({ kind: 'focus', id: 1 });
    expect(treeKeyAction(open, none, 4, 'ArrowRight')).toBeNull();
  });
});
