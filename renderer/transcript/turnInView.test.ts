import { describe, expect, it } from 'vitest';
import { firstTurnInView } from './turnInView.ts';

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
