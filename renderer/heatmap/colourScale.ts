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

/** White text on dark cells, dark text on pale ones. */
export function textColourOn(value: number, max: number): string {
  return max > 0 && Math.sqrt(value / max) > 0.55 ? '#ffffff' : '#1f2328';
}
