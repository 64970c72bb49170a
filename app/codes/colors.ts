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
