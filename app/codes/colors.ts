/**
 * Colours given to new codes in turn: distinguishable, readable as a translucent
 * highlight on white, and not relying on red/green alone.
 */
export const CODE_PALETTE = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#bfef45',
  '#469990',
  '#9a6324',
  '#800000',
  '#808000',
  '#000075',
  '#ffe119',
] as const;

export function paletteColor(index: number): string {
  return CODE_PALETTE[index % CODE_PALETTE.length] ?? '#4363d8';
}

/**
 * `count` colours for codes that come without one (an import): first the palette colours
 * not in `used`, in palette order, so codes brought in together can be told apart from each
 * other and from those already there; once every colour is taken, the palette again from its
 * start. The same `used` gives the same colours, so a re-import is stable.
 */
export function unusedPaletteColors(used: Iterable<string>, count: number): string[] {
  const taken = new Set([...used].map((color) => color.toLowerCase()));
  const free = CODE_PALETTE.filter((color) => !taken.has(color));
  return Array.from({ length: count }, (_, index) => free[index] ?? paletteColor(index - free.length));
}
