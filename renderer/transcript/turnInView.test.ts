import { describe, expect, it } from 'vitest';
import { firstTurnInView, placeInView } from './turnInView.ts';

const boxes = [
  { top: -300, bottom: -100 },
  { top: -100, bottom: 2 },
  { top: 2, bottom: 120 },
  { top: 120, bottom: 400 },
];

describe('firstTurnInView', () => {
  it('starts from the first turn visible in the pane, not the first of the document', () => {
    expect(firstTurnInView(boxes, 0, 300)).toBe(2);
  });
  it('takes a turn cut by the top edge when enough of it shows', () => {
    expect(firstTurnInView(boxes, -150, 300)).toBe(0);
    expect(firstTurnInView(boxes, -50, 300)).toBe(1);
  });
  it('falls back to the first turn when none is measured', () => {
    expect(firstTurnInView([], 0, 300)).toBe(0);
    expect(firstTurnInView(boxes, 1000, 1300)).toBe(0);
  });
});

describe('placeInView', () => {
  it('gives the first turn in view and how much of it is scrolled past', () => {
    expect(placeInView(boxes, -150, 300)).toEqual({ index: 0, fraction: 0.75 });
    expect(placeInView(boxes, 0, 300)).toEqual({ index: 2, fraction: 0 });
  });
  it('stays below a whole turn, and at the start when nothing is rendered', () => {
    expect(placeInView([{ top: -100, bottom: 5 }], 4.99, 300).fraction).toBeLessThan(1);
    expect(placeInView([], 0, 300)).toEqual({ index: 0, fraction: 0 });
  });
});
