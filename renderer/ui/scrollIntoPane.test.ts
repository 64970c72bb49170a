import { describe, expect, it } from 'vitest';
import { scrollIntoPane, type ScrollPane } from './scrollIntoPane.ts';

/** A pane 400 px high whose top is 100 px down the window. */
function pane(scrollTop = 1000): ScrollPane {
  return { scrollTop, getBoundingClientRect: () => ({ top: 100, bottom: 500 }) };
}

describe('scrollIntoPane', () => {
  it('leaves a visible target where it is', () => {
    const scroller = pane();
    scrollIntoPane(scroller, { top: 200, bottom: 230 });
    expect(scroller.scrollTop).toBe(1000);
  });

  it('scrolls the least distance to a target above or below, keeping a margin', () => {
    const above = pane();
    scrollIntoPane(above, { top: 40, bottom: 70 });
    expect(above.scrollTop).toBe(1000 - 84);
    const below = pane();
    scrollIntoPane(below, { top: 600, bottom: 630 });
    expect(below.scrollTop).toBe(1000 + 154);
  });

  it('shows the top of a target taller than the pane', () => {
    const scroller = pane();
    scrollIntoPane(scroller, { top: 700, bottom: 1700 });
    expect(scroller.scrollTop).toBe(1000 + 576);
  });

  it('centres on request', () => {
    const scroller = pane();
    scrollIntoPane(scroller, { top: 900, bottom: 940 }, 'center');
    expect(scroller.scrollTop).toBe(1000 + 620);
  });
});
