/** A word placed in the cloud: its centre, size and box (SVG user units). */
export interface PlacedWord {
  readonly word: string;
  readonly key: string;
  readonly count: number;
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
  readonly width: number;
  readonly height: number;
}

export interface CloudSize {
  readonly width: number;
  readonly height: number;
}

const MIN_FONT = 12;
const MAX_FONT = 48;
/** An average glyph's width as a share of the font size (system sans-serif, lower case). */
const GLYPH_WIDTH = 0.58;

function overlaps(a: PlacedWord, b: PlacedWord): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width + 4 && Math.abs(a.y - b.y) * 2 < a.height + b.height + 2;
}

/**
 * A deterministic word cloud: the words by decreasing count, each font size proportional to
 * the square root of its count (so areas follow counts), placed on an Archimedean spiral from
 * the centre at the first spot where it overlaps no word placed before. The same counts always
 * give the same picture (no randomness), so an exported figure can be made again. Words that
 * find no room are left out; the table lists every word.
 */
export function layoutCloud(
  words: readonly { readonly word: string; readonly key: string; readonly count: number }[],
  size: CloudSize,
): PlacedWord[] {
  const top = words[0]?.count ?? 0;
  const bottom = words.at(-1)?.count ?? 0;
  const scale = (count: number): number =>
    top === bottom
      ? (MIN_FONT + MAX_FONT) / 2
      : MIN_FONT +
        ((Math.sqrt(count) - Math.sqrt(bottom)) / (Math.sqrt(top) - Math.sqrt(bottom))) *
          (MAX_FONT - MIN_FONT);
  const placed: PlacedWord[] = [];
  for (const { word, key, count } of words) {
    const fontSize = Math.round(scale(count));
    const width = [...word].length * fontSize * GLYPH_WIDTH;
    const height = fontSize * 1.1;
    for (let step = 0; step < 2000; step++) {
      const angle = step * 0.35;
      const radius = 2 * angle;
      const candidate = {
        word,
        key,
        count,
        fontSize,
        width,
        height,
        // Wider than tall, as the frame.
        x: size.width / 2 + radius * Math.cos(angle) * 1.6,
        y: size.height / 2 + radius * Math.sin(angle),
      };
      const inside =
        candidate.x - width / 2 >= 0 &&
        candidate.x + width / 2 <= size.width &&
        candidate.y - height / 2 >= 0 &&
        candidate.y + height / 2 <= size.height;
      if (inside && !placed.some((other) => overlaps(candidate, other))) {
        placed.push(candidate);
        break;
      }
    }
  }
  return placed;
}
