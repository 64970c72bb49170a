/** An sRGB colour, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/** `#rrggbb`, `rgb(r, g, b)` or `rgba(r, g, b, a)` (alpha ignored); null for anything else. */
export function parseRgb(colour: string): Rgb | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(colour.trim());
  if (hex) return [1, 2, 3].map((index) => Number.parseInt(hex[index] ?? '0', 16)) as unknown as Rgb;
  const functional = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/iu.exec(colour.trim());
  if (functional) return [1, 2, 3].map((index) => Number(functional[index])) as unknown as Rgb;
  return null;
}

function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21; text needs 4.5 (AA). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** `layer` at `alpha` painted over `below`, as the browser composes translucent colours. */
export function over(layer: Rgb, alpha: number, below: Rgb): Rgb {
  return [0, 1, 2].map(
    (index) => alpha * (layer[index] ?? 0) + (1 - alpha) * (below[index] ?? 0),
  ) as unknown as Rgb;
}

export const WCAG_AA_TEXT = 4.5;
