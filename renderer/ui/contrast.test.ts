import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseRgb, relativeLuminance } from './contrast.ts';

describe('contrast', () => {
  it('reads the colour notations the interface uses', () => {
    expect(parseRgb('#1F2328')).toEqual([31, 35, 40]);
    expect(parseRgb('rgb(238, 243, 251)')).toEqual([238, 243, 251]);
    expect(parseRgb('rgba(230, 25, 75, 0.32)')).toEqual([230, 25, 75]);
    expect(parseRgb('red')).toBeNull();
  });

  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21);
    // The muted grey of the interface on white: AA for text.
    expect(contrastRatio([0x5d, 0x63, 0x6b], [255, 255, 255])).toBeGreaterThan(4.5);
  });

  it('composes a translucent layer over what is below', () => {
    expect(over([0, 0, 0], 0.5, [255, 255, 255])).toEqual([127.5, 127.5, 127.5]);
  });
});
