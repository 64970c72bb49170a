import { parseRgb, type Rgb } from '../ui/contrast.ts';

/** `#rrggbb` with an alpha, as CSS rgba(); translucent so that overlapping codings mix. */
export function translucent(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex);
  if (!match) return `rgba(128, 128, 128, ${alpha})`;
  const [r, g, b] = match.slice(1).map((part) => Number.parseInt(part, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** The name of the CSS highlight of a code (a valid CSS identifier). */
export function highlightName(codeId: number): string {
  return `code-${codeId}`;
}

/**
 * The lowest value of any channel of a coding's highlight. Over the white page, layers of
 * such colours, however many codings stack and at any alpha, keep every channel at least
 * this high, so the text (#1f2328) keeps a contrast above 4.5:1 (about 5.3:1 at worst, a
 * grey of 150): a dark code colour is lightened for its highlight, not for its stripe.
 */
export const HIGHLIGHT_CHANNEL_FLOOR = 150;

/** A code's colour mixed with white just enough that no channel is below the floor. */
export function highlightTint(hex: string): Rgb {
  const rgb = parseRgb(hex) ?? [128, 128, 128];
  const needed = Math.max(
    0,
    ...rgb.map((channel) => (HIGHLIGHT_CHANNEL_FLOOR - channel) / (255 - channel || 1)),
  );
  return rgb.map((channel) => Math.round(channel + needed * (255 - channel))) as unknown as Rgb;
}

/** The translucent highlight of a code: its tint (above) at `alpha`. */
export function highlightColour(hex: string, alpha: number): string {
  const [r, g, b] = highlightTint(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
