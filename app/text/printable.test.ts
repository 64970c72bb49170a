import { describe, expect, it } from 'vitest';
import { printable } from './printable.ts';

describe('printable', () => {
  it('drops control characters and keeps tabs, line breaks and every letter', () => {
    expect(printable('a\u0000b\u0007c\u001bd\u007fe')).toBe('abcde');
    expect(printable('ligne\tun\r\nligne deux 😅 é')).toBe('ligne\tun\r\nligne deux 😅 é');
  });
});
