import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/index.ts';
import type { TeamSyncReport } from '../contract/team.ts';
import { AppError } from '../errors.ts';
import { TeamBackground, type BackgroundTiming } from './background.ts';

// The scheduling of the background sync, with the sync, the listener and the link faked
// (the real ones against PostgreSQL: tests/integration/teamBackground.test.ts).

const fake = vi.hoisted(() => ({
  syncs: [] as { resolve: (report: unknown) => void; reject: (error: unknown) => void }[],
  running: 0,
  mostAtOnce: 0,
  listened: 0,
}));

vi.mock('../../db/index.ts', () => ({
  getTeamLink: () => ({ url: 'postgresql://alice@server/team', pullCursor: 0, role: 'coder' }),
}));
vi.mock('./sync.ts', () => ({
  syncProject: () =>
    new Promise((resolve, reject) => {
      fake.running += 1;
      fake.mostAtOnce = Math.max(fake.mostAtOnce, fake.running);
      const settle =
        (done: (value: unknown) => void) =>
        (value: unknown): void => {
          fake.running -= 1;
          done(value);
        };
      fake.syncs.push({ resolve: settle(resolve), reject: settle(reject) });
    }),
}));
vi.mock('./listen.ts', () => ({
  listenForChanges: () => {
    fake.listened += 1;
    return Promise.resolve(() => Promise.resolve());
  },
  isNewerThanCursor: () => true,
}));

const TIMING: BackgroundTiming = {
  afterWrite: 1_000,
  afterNotify: 50,
  period: 60_000,
  firstRetry: 2_000,
  maxRetry: 16_000,
  longPoll: 25_000,
};
const db = {} as Db;
const report = (pulled: number): TeamSyncReport =>
  ({ pushed: 0, pulled, conflicts: 0, proposals: 0, status: {} }) as unknown as TeamSyncReport;
const unreachable = new AppError('TEAM_SERVER', 'The team server cannot be reached.', {
  key: 'teamUnreachable',
  params: { server: 'server' },
});

/** Settles the oldest sync still running. */
async function settle(outcome: 'ok' | 'fail', pulled = 0): Promise<void> {
  const sync = fake.syncs.shift();
  if (!sync) throw new Error('No sync is running.');
  if (outcome === 'ok') sync.resolve(report(pulled));
  else sync.reject(unreachable);
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  vi.useFakeTimers();
  fake.syncs.length = 0;
  fake.running = 0;
  fake.mostAtOnce = 0;
  fake.listened = 0;
});
afterEach(() => vi.useRealTimers());

describe('TeamBackground', () => {
  it('syncs on open, after writes pause, and never twice at once', async () => {
    const team = new TeamBackground(true, () => 'alice', TIMING);
    team.opened(db);
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.syncs).toHaveLength(1);
    // Writes while a sync runs, and a click on Sync now: they wait for it.
    team.afterOperation('codings/create', 'writes', db);
    const clicked = team.syncNow(db, undefined);
    await vi.advanceTimersByTimeAsync(TIMING.afterWrite);
    expect(fake.syncs).toHaveLength(1);
    await settle('ok', 3);
    expect(team.activity()).toMatchObject({ connection: 'online', pulls: 1 });
    expect(fake.listened).toBe(1);
    // The click's sync starts as soon as the first is over, alone.
    expect(fake.syncs).toHaveLength(1);
    await settle('ok');
    await expect(clicked).resolves.toMatchObject({ pulled: 0 });
    await vi.advanceTimersByTimeAsync(TIMING.afterWrite);
    while (fake.syncs.length > 0) await settle('ok');
    expect(fake.mostAtOnce).toBe(1);
    // A read schedules nothing.
    team.afterOperation('codings/ofDocument', 'visible', db);
    await vi.advanceTimersByTimeAsync(TIMING.afterWrite * 2);
    expect(fake.syncs).toHaveLength(0);
    team.closed();
  });

  it('goes offline on a lost server and retries with a doubling delay, then online again', async () => {
    const team = new TeamBackground(true, () => 'alice', TIMING);
    team.opened(db);
    await vi.advanceTimersByTimeAsync(0);
    await settle('fail');
    expect(team.activity()).toMatchObject({ connection: 'offline', error: { key: 'teamUnreachable' } });
    // Retries after 2 s, then 4 s, then 8 s: none earlier.
    for (const delay of [2_000, 4_000, 8_000]) {
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(fake.syncs).toHaveLength(0);
      // A local write does not bring the retry forward.
      team.afterOperation('codings/create', 'writes', db);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.syncs).toHaveLength(1);
      await settle('fail');
    }
    await vi.advanceTimersByTimeAsync(16_000);
    await settle('ok');
    expect(team.activity()).toMatchObject({ connection: 'online', error: null });
    team.closed();
    expect(team.activity().connection).toBe('off');
  });

  it('answers a long poll when the activity changes, or unchanged after its limit', async () => {
    const team = new TeamBackground(true, () => 'alice', TIMING);
    const idle = team.waitForChange(team.activity().version);
    await vi.advanceTimersByTimeAsync(TIMING.longPoll);
    await expect(idle).resolves.toMatchObject({ connection: 'off' });
    const { version } = team.activity();
    const woken = team.waitForChange(version);
    team.opened(db);
    await expect(woken).resolves.toMatchObject({ connection: 'connecting' });
    team.closed();
  });

  it('does nothing in the background in the command line', async () => {
    const team = new TeamBackground(false, () => 'alice', TIMING);
    team.opened(db);
    team.afterOperation('codings/create', 'writes', db);
    await vi.advanceTimersByTimeAsync(TIMING.period);
    expect(fake.syncs).toHaveLength(0);
    expect(team.activity().connection).toBe('off');
  });
});
