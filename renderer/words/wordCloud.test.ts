import { describe, expect, it } from 'vitest';
import { layoutCloud } from './wordCloud.ts';

const WORDS = [
  'opacité',
  'plateforme',
  'micro-travail',
  'nuit',
  'isolement',
  'tâche',
  'client',
  'salaire',
].map((word, index) => ({ word, key: word, count: 40 - index * 5 }));
const SIZE = { width: 640, height: 320 };

describe('layoutCloud', () => {
  it('places every word inside the frame without overlaps, the most frequent largest and central', () => {
    const placed = layoutCloud(WORDS, SIZE);
    expect(placed.map((word) => word.word)).toEqual(WORDS.map((word) => word.word));
    for (const [i, a] of placed.entries()) {
      expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width / 2).toBeLessThanOrEqual(SIZE.width);
      for (const b of placed.slice(i + 1)) {
        const apart =
          Math.abs(a.x - b.x) * 2 >= a.width + b.width || Math.abs(a.y - b.y) * 2 >= a.height + b.height;
        expect(apart, `${a.word} / ${b.word}`).toBe(true);
      }
    }
    expect(placed[0]).toMatchObject({ x: SIZE.width / 2, y: SIZE.height / 2, fontSize: 48 });
    expect(placed.at(-1)?.fontSize).toBe(12);
  });

  it('gives the same picture for the same counts', () => {
    expect(layoutCloud(WORDS, SIZE)).toEqual(layoutCloud(WORDS, SIZE));
  });

  it('leaves out words that find no room', () => {
    expect(layoutCloud(WORDS, { width: 200, height: 60 }).length).toBeLessThan(WORDS.length);
  });
});
