import { describe, expect, it } from 'vitest';
import { contrastRatio, heatColour, textColourOn } from './colourScale.ts';

describe('heat colours', () => {
  it('runs from pale at 0 to deep at the maximum, clamped', () => {
    expect(heatColour(0, 10)).toBe('rgb(238, 243, 251)');
    expect(heatColour(10, 10)).toBe('rgb(31, 78, 140)');
    expect(heatColour(50, 10)).toBe('rgb(31, 78, 140)');
    expect(heatColour(3, 0)).toBe('rgb(238, 243, 251)');
  });

  it('writes white on dark cells only', () => {
    expect(textColourOn(10, 10)).toBe('#ffffff');
    expect(textColourOn(1, 10)).toBe('#000000');
  });

  it('keeps every cell’s text at 4.5:1 or more against its shading', () => {
    const rgb = (colour: string): number[] =>
      (colour.match(/[0-9a-f]{2}/gi) ?? []).map((hex) => parseInt(hex, 16));
    for (let value = 0; value <= 1000; value += 1) {
      const background = (heatColour(value, 1000).match(/\d+/g) ?? []).map(Number);
      expect(contrastRatio(rgb(textColourOn(value, 1000)), background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
