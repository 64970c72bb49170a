import { locateInSegments, type SegmentSpan } from './offsets.ts';

/**
 * Which turns of a transcript are in the DOM. A three-hour interview has a thousand turns:
 * laying out all of them (and measuring every coding's stripe in them) took seconds, so
 * only the turns near the visible part are rendered; the others are stood in for by gaps of
 * their estimated height, so the scroll bar stays true. Pure arithmetic, no DOM.
 */

/** A turn's height before it was ever rendered: its label and margins, then its characters. */
const BASE_HEIGHT = 48;
const FIRST_GUESS_PER_CHARACTER = 0.3;

export class TurnHeights {
  private readonly measured = new Map<number, number>();
  private perCharacter = FIRST_GUESS_PER_CHARACTER;
  private tops: number[] | null = null;

  constructor(private readonly lengths: readonly number[]) {}

  get count(): number {
    return this.lengths.length;
  }

  /** Records rendered heights; true when one changed (the layout moved). */
  measure(heights: ReadonlyMap<number, number>): boolean {
    let changed = false;
    for (const [index, height] of heights) {
      if (this.measured.get(index) === height) continue;
      this.measured.set(index, height);
      changed = true;
    }
    if (!changed) return false;
    // Turns not rendered yet are guessed from those that were: pixels per character.
    let characters = 0;
    let pixels = 0;
    for (const [index, height] of this.measured) {
      characters += this.lengths[index] ?? 0;
      pixels += Math.max(0, height - BASE_HEIGHT);
    }
    if (characters > 0) this.perCharacter = Math.max(0.02, pixels / characters);
    this.tops = null;
    return true;
  }

  height(index: number): number {
    return this.measured.get(index) ?? BASE_HEIGHT + (this.lengths[index] ?? 0) * this.perCharacter;
  }

  /** The top of turn `index` (count: the bottom of the last), from the top of the first. */
  top(index: number): number {
    if (!this.tops) {
      const tops = [0];
      for (let i = 0; i < this.lengths.length; i++) tops.push((tops[i] ?? 0) + this.height(i));
      this.tops = tops;
    }
    return this.tops[Math.max(0, Math.min(index, this.lengths.length))] ?? 0;
  }

  /** The turn at `y` pixels from the top of the first (the last one below the end). */
  indexAt(y: number): number {
    let low = 0;
    let high = this.lengths.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.top(middle) <= y) low = middle;
      else high = middle - 1;
    }
    return Math.max(0, low);
  }
}

/** Turns first..last, inclusive. */
export interface TurnWindow {
  readonly first: number;
  readonly last: number;
}

/**
 * The turns to render for a view of `viewTop`..`viewBottom` pixels: the visible ones and a
 * margin of one view's height on each side, so a scroll by the wheel shows text at once.
 * The current window is kept while the view stays inside it with half a margin to spare,
 * so small scrolls render nothing.
 */
export function windowFor(
  heights: TurnHeights,
  viewTop: number,
  viewBottom: number,
  current: TurnWindow | null,
): TurnWindow {
  if (heights.count === 0) return { first: 0, last: -1 };
  const margin = Math.max(200, viewBottom - viewTop);
  if (
    current &&
    current.first <= current.last &&
    heights.top(current.first) <= Math.max(0, viewTop - margin / 2) &&
    heights.top(current.last + 1) >= Math.min(heights.top(heights.count), viewBottom + margin / 2)
  ) {
    return current;
  }
  return {
    first: heights.indexAt(Math.max(0, viewTop - margin)),
    last: heights.indexAt(viewBottom + margin),
  };
}

/** What the list renders, in order: turns, and gaps standing for the turns between them. */
export type TurnRun =
  | { readonly kind: 'turn'; readonly index: number }
  | { readonly kind: 'gap'; readonly first: number; readonly last: number; readonly height: number };

/** The turns to render (the window and the pinned ones) with gaps between them. */
export function turnRuns(heights: TurnHeights, rendered: readonly number[]): TurnRun[] {
  const runs: TurnRun[] = [];
  let next = 0;
  for (const index of rendered) {
    if (index > next) {
      runs.push({
        kind: 'gap',
        first: next,
        last: index - 1,
        height: heights.top(index) - heights.top(next),
      });
    }
    runs.push({ kind: 'turn', index });
    next = index + 1;
  }
  if (next < heights.count) {
    runs.push({
      kind: 'gap',
      first: next,
      last: heights.count - 1,
      height: heights.top(heights.count) - heights.top(next),
    });
  }
  return runs;
}

/** The window and the pinned turns, in order, each once. */
export function renderedTurns(window: TurnWindow, pinned: Iterable<number>, count: number): number[] {
  const indices = new Set<number>();
  for (let index = Math.max(0, window.first); index <= Math.min(window.last, count - 1); index++) {
    indices.add(index);
  }
  for (const index of pinned) if (index >= 0 && index < count) indices.add(index);
  return [...indices].sort((a, b) => a - b);
}

/**
 * The part of `range` shown when only the `rendered` turns (sorted) are in the DOM: from
 * the first rendered turn it touches to the last one. Null when it touches none.
 */
export function shownPart(
  segments: readonly SegmentSpan[],
  rendered: readonly number[],
  range: { readonly start: number; readonly end: number },
): { start: number; end: number } | null {
  const first = locateInSegments(segments, range.start, 'start')?.index;
  const last = locateInSegments(segments, range.end, 'end')?.index;
  if (first === undefined || last === undefined || rendered.length === 0) return null;
  const from = rendered[firstAtLeast(rendered, first)];
  const to = rendered[firstAtLeast(rendered, last + 1) - 1];
  if (from === undefined || to === undefined || from > last || to < first || from > to) return null;
  const start = from === first ? range.start : (segments[from]?.start ?? range.start);
  const end = to === last ? range.end : (segments[to]?.end ?? range.end);
  return start < end ? { start, end } : null;
}

/** Index of the first value >= `value` in a sorted list (its length when none). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
