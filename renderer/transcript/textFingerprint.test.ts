import { describe, expect, it } from 'vitest';
import { textFingerprint } from './textFingerprint.ts';

describe('textFingerprint', () => {
  it('differs for texts of the same length and is stable', () => {
    expect(textFingerprint('Marie Dupont')).not.toBe(textFingerprint('[Personne 1]'));
    expect(textFingerprint('Marie Dupont')).toBe(textFingerprint('Marie Dupont'));
    // FNV-1a of the empty string is the offset basis.
    expect(textFingerprint('')).toBe('811c9dc5');
  });
});
