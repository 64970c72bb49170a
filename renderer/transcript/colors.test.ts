import { describe, expect, it } from 'vitest';
import { highlightName, translucent } from './colors.ts';

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
