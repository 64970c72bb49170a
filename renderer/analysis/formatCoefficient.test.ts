import { describe, expect, it } from 'vitest';
import { formatCoefficient } from './formatCoefficient.ts';

describe('formatCoefficient', () => {
  it('shows three decimals', () => {
    expect(formatCoefficient(1 / 3, 'en')).toBe('0.333');
    expect(formatCoefficient(1, 'en')).toBe('1.000');
    expect(formatCoefficient(0.6666, 'en')).toBe('0.667');
  });
  it('uses the decimal comma in French', () => {
    expect(formatCoefficient(0.25, 'fr')).toBe('0,250');
  });
  it('shows a dash when c is undefined', () => {
    expect(formatCoefficient(null, 'en')).toBe('—');
  });
});
