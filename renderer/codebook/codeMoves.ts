import type { CodeTreeNode } from './codeTree.ts';

/** Where codes/move puts a code: under `parentId`, at `index` among its other children. */
export interface MoveTarget {
  readonly parentId: number | null;
  readonly index: number;
}

export type KeyboardMove = 'up' | 'down' | 'nest' | 'unnest';

/** Where a dragged code lands relative to the row under the pointer. */
export type DropPlacement = 'before' | 'inside' | 'after';

interface Located {
  readonly node: CodeTreeNode;
  readonly parent: CodeTreeNode | null;
  readonly siblings: readonly CodeTreeNode[];
  readonly index: number;
}

function locate(
  tree: readonly CodeTreeNode[],
  id: number,
  parent: CodeTreeNode | null = null,
): Located | null {
  for (const [index, node] of tree.entries()) {
    if (node.code.id === id) return { node, parent, siblings: tree, index };
    const found = locate(node.children, id, node);
    if (found) return found;
  }
  return null;
}

function contains(node: CodeTreeNode, id: number): boolean {
  return node.code.id === id || node.children.some((child) => contains(child, id));
}

/**
 * The move of a keyboard shortcut (Alt+↑/↓ among siblings, Alt+→ under the previous sibling,
 * Alt+← out of the parent, just after it), or null when the code cannot go that way.
 * Indexes count the siblings without the moved code, as codes/move does.
 */
export function keyboardMove(
  tree: readonly CodeTreeNode[],
  id: number,
  move: KeyboardMove,
): MoveTarget | null {
  const here = locate(tree, id);
  if (!here) return null;
  const parentId = here.parent?.code.id ?? null;
  switch (move) {
    case 'up':
      return here.index > 0 ? { parentId, index: here.index - 1 } : null;
    case 'down':
      return here.index < here.siblings.length - 1 ? { parentId, index: here.index + 1 } : null;
    case 'nest': {
      const previous = here.siblings[here.index - 1];
      return previous ? { parentId: previous.code.id, index: previous.children.length } : null;
    }
    case 'unnest': {
      if (!here.parent) return null;
      const parent = locate(tree, here.parent.code.id);
      if (!parent) return null;
      return { parentId: parent.parent?.code.id ?? null, index: parent.index + 1 };
    }
  }
}

/**
 * Where dropping `draggedId` on the row of `targetId` puts it, or null when that would nest a
 * code inside itself or one of its own sub-codes (the drop is refused, no indicator shows).
 */
export function dropMove(
  tree: readonly CodeTreeNode[],
  draggedId: number,
  targetId: number,
  placement: DropPlacement,
): MoveTarget | null {
  const dragged = locate(tree, draggedId);
  const target = locate(tree, targetId);
  if (!dragged || !target || contains(dragged.node, targetId)) return null;
  if (placement === 'inside') {
    const others = target.node.children.filter((child) => child.code.id !== draggedId);
    return { parentId: targetId, index: others.length };
  }
  const others = target.siblings.filter((sibling) => sibling.code.id !== draggedId);
  const index = others.findIndex((sibling) => sibling.code.id === targetId);
  return {
    parentId: target.parent?.code.id ?? null,
    index: placement === 'before' ? index : index + 1,
  };
}

/** Which third of a row the pointer is in: top → before, bottom → after, middle → inside. */
export function placementAt(offsetY: number, height: number): DropPlacement {
  if (offsetY < height * 0.3) return 'before';
  if (offsetY > height * 0.7) return 'after';
  return 'inside';
}
