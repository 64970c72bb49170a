import { describe, expect, it } from 'vitest';
import { contrastRatio, parseRgb } from '../ui/contrast.ts';
import { heatColour, textColourOn } from './colourScale.ts';

describe('heat colours', () => {
  it('runs from pale at 0 to deep at the maximum, clamped', () => {
    expect(heatColour(0, 10)).toBe('rgb(238, 243, 251)');
    expect(heatColour(10, 10)).toBe('rgb(31, 78, 140)');
    expect(heatColour(50, 10)).toBe('rgb(31, 78, 140)');
    expect(heatColour(3, 0)).toBe('rgb(238, 243, 251)');
  });

  it('writes white on dark cells only', () => {
    expect(textColourOn(10, 10)).toBe('#ffffff');
    expect(textColourOn(1, 10)).toBe('#1f2328');
  });

  it('keeps every cell’s number at 4.5:1 or more, mid-blue cells included', () => {
    for (let value = 0; value <= 1000; value++) {
      const cell = parseRgb(heatColour(value, 1000));
      const text = parseRgb(textColourOn(value, 1000));
      if (!cell || !text) throw new Error('unreadable colour');
      expect(contrastRatio(cell, text), `${value}/1000`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
