import { describe, expect, it } from 'vitest';
import { isSafeUrl, memoTitle, normaliseUrl } from './memoText.ts';

describe('memoTitle', () => {
  it('takes the first non-empty line, trimmed', () => {
    expect(memoTitle('\n  Terrain à Lyon \nLe reste')).toBe('Terrain à Lyon');
  });
  it('is empty for an empty memo', () => {
    expect(memoTitle(' \n\n ')).toBe('');
  });
  it('shortens a long first line with an ellipsis', () => {
    const title = memoTitle('a'.repeat(200));
    expect(title).toHaveLength(80);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('links', () => {
  it('accepts web and mail addresses only', () => {
    expect(isSafeUrl('https://example.org/a')).toBe(true);
    expect(isSafeUrl('mailto:marie@example.org')).toBe(true);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl('file:///etc/passwd')).toBe(false);
  });
  it('makes a bare address a web address', () => {
    expect(normaliseUrl(' example.org/page ')).toBe('https://example.org/page');
    expect(normaliseUrl('mailto:a@b.fr')).toBe('mailto:a@b.fr');
  });
});
