import Fuse from 'fuse.js';
import type { Code } from '../../app/contract/index.ts';

export type PaletteOption =
  | { readonly kind: 'code'; readonly code: Code; readonly path: string }
  | { readonly kind: 'create'; readonly name: string };

/** Case- and accent-insensitive form of a name: "Éthique " → "ethique". */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').trim().toLocaleLowerCase();
}

/** "parent › child" for nested codes, so that two codes with one name can be told apart. */
export function codePath(code: Code, byId: ReadonlyMap<number, Code>): string {
  const names = [code.name];
  const seen = new Set([code.id]);
  for (let parent = code.parentId; parent !== null;) {
    const next = byId.get(parent);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    names.unshift(next.name);
    parent = next.parentId;
  }
  return names.join(' › ');
}

/**
 * A searcher over the codebook. Matching ignores case and accents, so "ethique" finds
 * "éthique" — researchers type fast and French codes carry accents.
 */
export function createCodeSearch(codes: readonly Code[]): (query: string) => PaletteOption[] {
  const active = codes.filter((code) => !code.archived);
  const byId = new Map(codes.map((code) => [code.id, code]));
  const fuse = new Fuse(active, {
    keys: ['name'],
    ignoreDiacritics: true,
    ignoreLocation: true,
    threshold: 0.4,
    includeScore: true,
  });
  const asOption = (code: Code): PaletteOption => ({ kind: 'code', code, path: codePath(code, byId) });
  const depthOf = (code: Code): number => codePath(code, byId).split(' › ').length;
  return (query) => {
    const typed = query.trim();
    if (typed.length === 0) return active.map(asOption);
    const folded = foldName(typed);
    // Names that start with what was typed first, then the closer matches; among equals the
    // broader code before its sub-codes ("opac" gives «opacité du travail» before
    // «opacité du travail › opacité salariale», which Fuse's shorter-name bias put first).
    const rank = (code: Code, score: number): [number, number, number] => [
      foldName(code.name).startsWith(folded) ? 0 : 1,
      Math.round(score * 10),
      depthOf(code),
    ];
    const found = fuse
      .search(typed)
      .map((result) => ({ code: result.item, rank: rank(result.item, result.score ?? 1) }))
      .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2])
      .map(({ code }) => asOption(code));
    // The typed name "exists" when a code has it, ignoring case and accents; then Enter
    // applies that code rather than creating a near-duplicate such as "ethique".
    const exact = active.find((code) => foldName(code.name) === foldName(typed));
    if (exact) {
      return [
        asOption(exact),
        ...found.filter((option) => option.kind === 'code' && option.code.id !== exact.id),
      ];
    }
    // Creating is the last row, never the default: Enter applies the closest existing code,
    // so a half-typed "hor" codes «horaires» instead of adding a junk code «hor».
    return [...found, { kind: 'create', name: typed }];
  };
}
