import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime.ts';

describe('relativeTime', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');
  it('says how long ago, in the interface’s language', () => {
    expect(relativeTime('2026-12-07T09:58:00Z', 'en', now)).toBe('2 minutes ago');
    expect(relativeTime('2026-12-07T09:58:00Z', 'fr', now)).toBe('il y a 2 minutes');
    expect(relativeTime('2026-12-07T07:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(relativeTime('2026-12-06T10:00:00Z', 'fr', now)).toBe('hier');
    expect(relativeTime('2026-12-07T10:00:00Z', 'en', now)).toBe('now');
    expect(relativeTime('2026-12-07T09:59:31Z', 'fr', now)).toBe('maintenant');
  });
});
