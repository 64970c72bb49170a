import type { Code } from '../../app/contract/index.ts';

export interface CodeTreeNode {
  readonly code: Code;
  readonly depth: number;
  readonly children: readonly CodeTreeNode[];
}

// Same order as the backend's codes/move (sortOrder, then name), so that a keyboard move
// computed on this tree lands where the user sees it.
function bySortOrder(a: Code, b: Code): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name) || a.id - b.id;
}

/** Codes nested by parentId; a code whose parent is missing is shown at the top level. */
export function buildCodeTree(codes: readonly Code[]): CodeTreeNode[] {
  const ids = new Set(codes.map((code) => code.id));
  const childrenOf = new Map<number | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), code]);
  }
  const visited = new Set<number>();
  const build = (parent: number | null, depth: number): CodeTreeNode[] =>
    (childrenOf.get(parent) ?? [])
      .filter((code) => !visited.has(code.id))
      .sort(bySortOrder)
      .map((code) => {
        visited.add(code.id);
        return { code, depth, children: build(code.id, depth + 1) };
      });
  return build(null, 0);
}

/** The code and every code below it. */
export function subtreeIds(codes: readonly Code[], id: number): Set<number> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const code of codes) {
      if (code.parentId !== null && result.has(code.parentId) && !result.has(code.id)) {
        result.add(code.id);
        grew = true;
      }
    }
  }
  return result;
}

/** Codes a code may be moved under: not itself and not one of its descendants. */
export function possibleParents(codes: readonly Code[], id: number): Code[] {
  const excluded = subtreeIds(codes, id);
  return codes.filter((code) => !excluded.has(code.id)).sort((a, b) => a.name.localeCompare(b.name));
}

/** Depth-first order of the tree, for keyboard navigation and rendering. */
export function flattenTree(nodes: readonly CodeTreeNode[]): CodeTreeNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}
