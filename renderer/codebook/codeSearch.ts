import Fuse from 'fuse.js';
import type { Code } from '../../app/contract/index.ts';
import type { CodeTreeNode } from './codeTree.ts';

/** [start, end) ranges of a text, in UTF-16 units of the text as shown. */
export type TextRange = readonly [number, number];

export interface CodeMatch {
  readonly name: readonly TextRange[];
  readonly description: readonly TextRange[];
}

/** Shorter runs are noise in a fuzzy match over a long definition ("a", "e"…). */
const MIN_MATCH = 2;

/**
 * Fuse folds accents before matching and reports indexes in the folded text. For our NFC
 * text folding keeps one unit per unit, but a character that decomposes into several base
 * characters would shift them; this map takes each folded index back to the original.
 */
function foldedToOriginal(text: string): number[] {
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = char.normalize('NFD').replace(/\p{M}/gu, '');
    for (let unit = 0; unit < folded.length; unit++) map.push(index);
    index += char.length;
  }
  map.push(index);
  return map;
}

function toRanges(text: string, indices: readonly (readonly [number, number])[]): TextRange[] {
  const map = foldedToOriginal(text);
  const last = map.length - 1;
  return indices
    .filter(([start, end]) => end - start + 1 >= MIN_MATCH)
    .map(([start, end]): TextRange => {
      const from = map[Math.min(start, last)] ?? text.length;
      const to = map[Math.min(end + 1, last)] ?? text.length;
      return [from, Math.max(from + 1, to)];
    });
}

/**
 * Fuzzy search over code names and definitions, accents ignored as in the palette
 * ("ethique" finds "éthique"). Returns the matching codes with the ranges to highlight.
 */
export function searchCodes(codes: readonly Code[], query: string): Map<number, CodeMatch> {
  const typed = query.trim();
  const result = new Map<number, CodeMatch>();
  if (typed.length === 0) return result;
  const fuse = new Fuse(codes, {
    keys: ['name', 'description'],
    ignoreDiacritics: true,
    ignoreLocation: true,
    includeMatches: true,
    minMatchCharLength: MIN_MATCH,
    threshold: 0.3,
  });
  for (const found of fuse.search(typed)) {
    const code = found.item;
    const rangesOf = (key: 'name' | 'description'): TextRange[] =>
      (found.matches ?? [])
        .filter((match) => match.key === key)
        .flatMap((match) => toRanges(code[key], match.indices));
    result.set(code.id, { name: rangesOf('name'), description: rangesOf('description') });
  }
  return result;
}

/** The tree without the codes `keep` refuses, except those that lead to a kept code. */
export function filterTree(nodes: readonly CodeTreeNode[], keep: (code: Code) => boolean): CodeTreeNode[] {
  return nodes.flatMap((node) => {
    const children = filterTree(node.children, keep);
    return keep(node.code) || children.length > 0 ? [{ ...node, children }] : [];
  });
}
