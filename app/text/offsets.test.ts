import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRange,
  codePointCounter,
  codePointToUtf16,
  isCodePointBoundary,
  utf16ToCodePoint,
} from './offsets.ts';

describe('offsets', () => {
  const text = 'a😀é\u0301b'; // a, emoji (2 units), e + combining acute (2 code points), b

  it('knows which offsets split a surrogate pair', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => isCodePointBoundary(text, offset))).toEqual([
      true,
      true,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(isCodePointBoundary(text, 7)).toBe(false);
    expect(isCodePointBoundary(text, -1)).toBe(false);
  });

  it('checks coding ranges', () => {
    expect(checkRange(text, 0, 3)).toBeNull();
    expect(checkRange(text, 0, 2)).toBe('inside-surrogate-pair');
    expect(checkRange(text, 2, 2)).toBe('empty');
    expect(checkRange(text, 3, 1)).toBe('empty');
    expect(checkRange(text, 0, 99)).toBe('out-of-range');
    expect(checkRange(text, 0.5, 2)).toBe('not-integer');
  });

  it('converts UTF-16 offsets to code points and back', () => {
    expect(utf16ToCodePoint(text, 3)).toBe(2);
    expect(utf16ToCodePoint(text, 6)).toBe(5);
    expect(codePointToUtf16(text, 2)).toBe(3);
    expect(codePointToUtf16(text, 5)).toBe(6);
    expect(codePointToUtf16(text, 50)).toBe(text.length);
  });

  it('round-trips every code-point boundary (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (sample) => {
        const points = [...sample].length;
        for (let cp = 0; cp <= points; cp++) {
          const unit = codePointToUtf16(sample, cp);
          expect(isCodePointBoundary(sample, unit)).toBe(true);
          expect(utf16ToCodePoint(sample, unit)).toBe(cp);
        }
      }),
    );
  });

  it('counts code points for many offsets at once as utf16ToCodePoint does (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (sample) => {
        const count = codePointCounter(sample);
        for (let cp = 0; cp <= [...sample].length; cp++) {
          const unit = codePointToUtf16(sample, cp);
          expect(count(unit)).toBe(utf16ToCodePoint(sample, unit));
        }
      }),
    );
  });
});
