import { describe, expect, it } from 'vitest';
import { moveBoundary, wordBoundary } from './boundaryMoves.ts';

describe('moveBoundary', () => {
  it('moves one end and keeps the range at least one character long, inside the text', () => {
    expect(moveBoundary({ start: 5, end: 10 }, 'start', 2, 50)).toEqual({ start: 2, end: 10 });
    expect(moveBoundary({ start: 5, end: 10 }, 'start', 12, 50)).toEqual({ start: 9, end: 10 });
    expect(moveBoundary({ start: 5, end: 10 }, 'end', 3, 50)).toEqual({ start: 5, end: 6 });
    expect(moveBoundary({ start: 5, end: 10 }, 'end', 80, 50)).toEqual({ start: 5, end: 50 });
    expect(moveBoundary({ start: 5, end: 10 }, 'start', -4, 50)).toEqual({ start: 0, end: 10 });
  });
});

describe('wordBoundary', () => {
  const text = 'Je suis seule, devant l’écran.';
  it('jumps to the end of the next word by default', () => {
    expect(wordBoundary(text, 0, 1)).toBe(2);
    expect(wordBoundary(text, 8, 1)).toBe(13);
    expect(wordBoundary(text, text.length, -1, 'start')).toBe(text.indexOf('l’écran'));
    expect(wordBoundary(text, 0, -1)).toBe(0);
  });

  it('moves a start to word starts and an end to word ends', () => {
    expect(wordBoundary(text, 0, 1, 'start')).toBe(3);
    expect(wordBoundary(text, 3, 1, 'start')).toBe(8);
    expect(wordBoundary(text, 8, -1, 'start')).toBe(3);
    expect(wordBoundary(text, 13, -1, 'end')).toBe(7);
  });
});
