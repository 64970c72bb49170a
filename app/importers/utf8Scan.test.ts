import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanUtf8 } from './utf8Scan.ts';

const isValidUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('scanUtf8', () => {
  it('finds invalid bytes exactly when a strict decoder refuses the bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(scanUtf8(bytes).invalid === 0).toBe(isValidUtf8(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts valid characters, and the lines of invalid bytes', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('é\n😅\nok'), 0xc3, 0x0a, 0xff, 0xfe]);
    expect(scanUtf8(bytes)).toEqual({ multibyte: 2, invalid: 3, lines: [3, 4] });
  });
});
