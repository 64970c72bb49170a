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

// Pure black: against a mid blue only black or white reach 4.5:1, a softer dark grey would not.
const DARK_TEXT = [0, 0, 0] as const;
const WHITE = [255, 255, 255] as const;

/** WCAG relative luminance of an sRGB colour. */
function luminance(rgb: readonly number[]): number {
  const linear = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0);
}

/** WCAG contrast ratio between two sRGB colours (1 to 21). */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

function channels(colour: string): number[] {
  return (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

/**
 * White or dark text, whichever contrasts more with the cell's own colour: chosen by the
 * background's luminance rather than a threshold on the value, so every cell reaches 4.5:1.
 */
export function textColourOn(value: number, max: number): string {
  const background = channels(heatColour(value, max));
  return contrastRatio(WHITE, background) > contrastRatio(DARK_TEXT, background) ? '#ffffff' : '#000000';
}
