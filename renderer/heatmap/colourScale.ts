import { contrastRatio, parseRgb, WCAG_AA_TEXT, type Rgb } from '../ui/contrast.ts';

/** From a pale to a deep blue: readable in print and for the common colour blindnesses. */
const LOW = [238, 243, 251] as const;
const HIGH = [31, 78, 140] as const;

/** The cell colour for a value in [0, max]; 0 stays the palest. */
export function heatColour(value: number, max: number): string {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  // A square-root ramp, so that small counts are still visibly tinted.
  const t = Math.sqrt(share);
  const channel = (index: 0 | 1 | 2): number => Math.round(LOW[index] + (HIGH[index] - LOW[index]) * t);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

const DARK_TEXT: Rgb = [0x1f, 0x23, 0x28];
const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/**
 * The interface's dark text where it reads at 4.5:1 on the cell, else white or black,
 * whichever reads better: on every cell colour one of those two reaches 4.5:1 (a fixed
 * threshold on the value left mid-blue cells at about 3:1 in both).
 */
export function textColourOn(value: number, max: number): string {
  const cell = parseRgb(heatColour(value, max)) ?? WHITE;
  if (contrastRatio(DARK_TEXT, cell) >= WCAG_AA_TEXT) return '#1f2328';
  return contrastRatio(WHITE, cell) >= contrastRatio(BLACK, cell) ? '#ffffff' : '#000000';
}
