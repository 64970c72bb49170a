import { describe, expect, it } from 'vitest';
import { contrastRatio, over, type Rgb } from '../ui/contrast.ts';
import {
  HIGHLIGHT_CHANNEL_FLOOR,
  highlightColour,
  highlightName,
  highlightTint,
  translucent,
} from './colors.ts';

describe('translucent', () => {
  it('turns #rrggbb into rgba with the alpha', () => {
    expect(translucent('#FF8000', 0.35)).toBe('rgba(255, 128, 0, 0.35)');
  });
  it('falls back to grey for anything else', () => {
    expect(translucent('red', 0.5)).toBe('rgba(128, 128, 128, 0.5)');
  });
  it('names highlights after the code id', () => {
    expect(highlightName(12)).toBe('code-12');
  });
});

describe('highlight tints', () => {
  const TEXT: Rgb = [0x1f, 0x23, 0x28];
  const WHITE: Rgb = [255, 255, 255];
  // Any colour a user or another program may give a code: a grid over the whole RGB cube.
  const steps = ['00', '40', '80', 'c0', 'ff'];
  const colours = steps.flatMap((r) => steps.flatMap((g) => steps.map((b) => `#${r}${g}${b}`)));

  it('lightens only what is darker than the floor, keeping the hue', () => {
    expect(highlightTint('#ffffff')).toEqual([255, 255, 255]);
    expect(highlightTint('#000000')).toEqual([150, 150, 150]);
    const [r, g, b] = highlightTint('#e6194b');
    expect(Math.min(r, g, b)).toBeGreaterThanOrEqual(HIGHLIGHT_CHANNEL_FLOOR);
    expect(r).toBeGreaterThan(g);
    expect(highlightColour('#000000', 0.45)).toBe('rgba(150, 150, 150, 0.45)');
  });

  it('keeps the text at 4.5:1 or more under any stack of highlights', () => {
    // Every colour stacked on every other, up to eight layers deep, at the alpha used and above.
    for (const alpha of [0.45, 0.8, 1]) {
      for (const first of colours) {
        let below: Rgb = WHITE;
        for (let depth = 0; depth < 8; depth++) {
          const layer = colours[(colours.indexOf(first) + depth * 3) % colours.length] ?? first;
          below = over(highlightTint(layer), alpha, below);
          expect(contrastRatio(TEXT, below), `${first} ×${depth + 1} at ${alpha}`).toBeGreaterThanOrEqual(
            4.5,
          );
        }
      }
    }
  });
});
