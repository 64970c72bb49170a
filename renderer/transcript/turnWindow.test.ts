import { describe, expect, it } from 'vitest';
import { renderedTurns, shownPart, TurnHeights, turnRuns, windowFor } from './turnWindow.ts';

/** Ten turns of 100 characters, each measured at 100 px. */
function measuredTurns(): TurnHeights {
  const heights = new TurnHeights(Array.from({ length: 10 }, () => 100));
  heights.measure(new Map(Array.from({ length: 10 }, (_, index) => [index, 100])));
  return heights;
}

describe('TurnHeights', () => {
  it('guesses turns not rendered yet from the pixels per character of those that were', () => {
    const heights = new TurnHeights([100, 200, 300]);
    expect(heights.measure(new Map([[0, 148]]))).toBe(true);
    expect(heights.height(0)).toBe(148);
    // 100 px of text for 100 characters: the 300-character turn is guessed at 48 + 300.
    expect(heights.height(2)).toBe(348);
    expect(heights.top(2)).toBe(148 + 248);
    expect(heights.measure(new Map([[0, 148]]))).toBe(false);
  });

  it('finds the turn at a height', () => {
    const heights = measuredTurns();
    expect(heights.indexAt(0)).toBe(0);
    expect(heights.indexAt(250)).toBe(2);
    expect(heights.indexAt(5000)).toBe(9);
  });
});

describe('windowFor', () => {
  it('renders the view and one view of margin on each side', () => {
    expect(windowFor(measuredTurns(), 400, 600, null)).toEqual({ first: 2, last: 8 });
  });

  it('keeps the current window while the view stays well inside it', () => {
    const heights = measuredTurns();
    const current = windowFor(heights, 400, 600, null);
    expect(windowFor(heights, 420, 620, current)).toBe(current);
    expect(windowFor(heights, 700, 900, current)).toEqual({ first: 5, last: 9 });
  });
});

describe('turnRuns and renderedTurns', () => {
  it('stands for the turns not rendered with gaps of their height', () => {
    const heights = measuredTurns();
    const rendered = renderedTurns({ first: 3, last: 4 }, [8, 3], heights.count);
    expect(rendered).toEqual([3, 4, 8]);
    expect(turnRuns(heights, rendered)).toEqual([
      { kind: 'gap', first: 0, last: 2, height: 300 },
      { kind: 'turn', index: 3 },
      { kind: 'turn', index: 4 },
      { kind: 'gap', first: 5, last: 7, height: 300 },
      { kind: 'turn', index: 8 },
      { kind: 'gap', first: 9, last: 9, height: 100 },
    ]);
  });
});

describe('shownPart', () => {
  // Turns of 10 characters joined by "\n\n": [0,10) [12,22) [24,34) [36,46).
  const segments = [0, 12, 24, 36].map((start) => ({ start, end: start + 10 }));

  it('keeps a range inside rendered turns whole', () => {
    expect(shownPart(segments, [1, 2], { start: 14, end: 30 })).toEqual({ start: 14, end: 30 });
  });

  it('clips a range to the rendered turns it touches', () => {
    expect(shownPart(segments, [1, 2], { start: 3, end: 40 })).toEqual({ start: 12, end: 34 });
    expect(shownPart(segments, [0, 3], { start: 3, end: 40 })).toEqual({ start: 3, end: 40 });
  });

  it('leaves out a range in turns not rendered', () => {
    expect(shownPart(segments, [2, 3], { start: 3, end: 8 })).toBeNull();
    expect(shownPart(segments, [], { start: 3, end: 8 })).toBeNull();
  });
});
