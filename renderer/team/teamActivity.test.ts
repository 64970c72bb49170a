import { describe, expect, it, vi } from 'vitest';
import type { TeamActivity } from '../../app/contract/index.ts';
import { TeamActivityFeed } from './teamActivity.ts';

const activity = (version: number, pulls: number): TeamActivity => ({
  version,
  pulls,
  connection: 'online',
  syncing: false,
  sent: 0,
  error: null,
  passwordKnown: true,
});

describe('TeamActivityFeed', () => {
  it('polls from the last version seen and refreshes the views only when a pull brought changes', async () => {
    // The backend's answers, in order; the last poll stays open like a real long poll.
    const answers = [activity(3, 0), activity(4, 0), activity(6, 1), activity(7, 1)];
    const asked: number[] = [];
    const wait = vi.fn((since: number) => {
      asked.push(since);
      const next = answers.shift();
      return next ? Promise.resolve(next) : new Promise<TeamActivity>(() => undefined);
    });
    const feed = new TeamActivityFeed(wait);
    const seen: (number | undefined)[] = [];
    feed.subscribe(() => seen.push(feed.snapshot()?.version));
    const onPulled = vi.fn();
    const stop = feed.start(onPulled);
    await vi.waitFor(() => expect(asked).toHaveLength(5));
    stop();
    expect(asked).toEqual([-1, 3, 4, 6, 7]);
    expect(seen).toEqual([3, 4, 6, 7]);
    // The first answer is the state on arrival, not a change; then one pull.
    expect(onPulled).toHaveBeenCalledOnce();
  });

  it('waits and asks again after a failed poll', async () => {
    const wait = vi
      .fn<(since: number) => Promise<TeamActivity>>()
      .mockRejectedValueOnce(new Error('backend restarting'))
      .mockResolvedValueOnce(activity(1, 0))
      .mockReturnValue(new Promise(() => undefined));
    const pause = vi.fn(() => Promise.resolve());
    const feed = new TeamActivityFeed(wait, pause);
    const stop = feed.start(() => undefined);
    await vi.waitFor(() => expect(feed.snapshot()?.version).toBe(1));
    stop();
    expect(pause).toHaveBeenCalledOnce();
  });
});
