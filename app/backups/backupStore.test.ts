import { describe, expect, it } from 'vitest';
import { expiredBackups, KEEP_DAYS, KEEP_RECENT } from './backupStore.ts';

const HOUR = 3600 * 1000;

function entriesEvery(hours: number, count: number, now: Date) {
  return Array.from({ length: count }, (_, index) => ({
    id: `b${index}`,
    createdAt: new Date(now.getTime() - index * hours * HOUR).toISOString(),
    reason: 'auto' as const,
  }));
}

describe('backup rotation', () => {
  it('keeps the newest ones, then the newest of each day for two weeks, and nothing older', () => {
    const now = new Date('2026-12-07T12:00:00.000Z');
    const list = entriesEvery(6, 200, now);
    const expired = new Set(expiredBackups(list, now).map((entry) => entry.id));
    const kept = list.filter((entry) => !expired.has(entry.id));
    expect(kept.slice(0, KEEP_RECENT)).toEqual(list.slice(0, KEEP_RECENT));
    const older = kept.slice(KEEP_RECENT);
    const days = older.map((entry) => entry.createdAt.slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    for (const entry of older)
      expect(now.getTime() - Date.parse(entry.createdAt)).toBeLessThan(KEEP_DAYS * 24 * HOUR);
    expect(older.length).toBeGreaterThan(5);
  });

  it('deletes nothing while there are few backups', () => {
    const now = new Date('2026-12-07T12:00:00.000Z');
    expect(expiredBackups(entriesEvery(24 * 30, KEEP_RECENT, now), now)).toEqual([]);
  });
});
