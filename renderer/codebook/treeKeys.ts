import type { CodeTreeNode } from './codeTree.ts';

/** The codes a reader can reach, top to bottom: children of collapsed parents are hidden. */
export function visibleNodes(nodes: readonly CodeTreeNode[], collapsed: ReadonlySet<number>): CodeTreeNode[] {
  return nodes.flatMap((node) => [
    node,
    ...(collapsed.has(node.code.id) ? [] : visibleNodes(node.children, collapsed)),
  ]);
}

/** What an arrow key does in the codebook: move the focus, or open or close a parent. */
export type TreeKeyAction =
  | { readonly kind: 'focus'; readonly id: number }
  | { readonly kind: 'expand' | 'collapse'; readonly id: number };

/**
 * The tree pattern (WAI-ARIA): ↑/↓ the previous or next visible code, Home/End the first or
 * last, → opens a closed parent or enters its first child, ← closes an open parent or goes
 * up to the parent. Null when the key does nothing here.
 */
export function treeKeyAction(
  visible: readonly CodeTreeNode[],
  collapsed: ReadonlySet<number>,
  id: number,
  key: string,
): TreeKeyAction | null {
  const index = visible.findIndex((node) => node.code.id === id);
  const node = visible[index];
  if (!node) return null;
  const focus = (target: CodeTreeNode | undefined): TreeKeyAction | null =>
    target && target.code.id !== id ? { kind: 'focus', id: target.code.id } : null;
  const open = node.children.length > 0 && !collapsed.has(id);
  switch (key) {
    case 'ArrowDown':
      return focus(visible[index + 1]);
    case 'ArrowUp':
      return focus(visible[index - 1]);
    case 'Home':
      return focus(visible[0]);
    case 'End':
      return focus(visible[visible.length - 1]);
    case 'ArrowRight':
      if (node.children.length === 0) return null;
      return open ? focus(node.children[0]) : { kind: 'expand', id };
    case 'ArrowLeft':
      if (open) return { kind: 'collapse', id };
      return focus(visible.find((candidate) => candidate.code.id === node.code.parentId));
    default:
      return null;
  }
}
