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
