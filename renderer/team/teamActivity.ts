import { useEffect, useSyncExternalStore } from 'react';
import type { TeamActivity } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';

/**
 * The open project's background sync as the page knows it: one long poll
 * (`team/waitForChange`, over Electron IPC or the web shell's HTTP alike) answered by the
 * backend when the activity changes. When a pull brought other people's changes, `onPulled`
 * runs: the workspace reads again what it shows, keeping each answer on screen until the
 * new one arrives, so the open transcript keeps its scroll and selection.
 */
export class TeamActivityFeed {
  private current: TeamActivity | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly wait: (since: number) => Promise<TeamActivity>,
    /** After a failed poll (the page's backend restarting), try again after this long. */
    private readonly pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ) {}

  snapshot = (): TeamActivity | null => this.current;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Polls until the returned function is called. */
  start(onPulled: () => void): () => void {
    let live = true;
    void (async () => {
      while (live) {
        try {
          const next = await this.wait(this.current?.version ?? -1);
          if (!live) break;
          const previous = this.current;
          this.current = next;
          if (previous !== null && next.pulls !== previous.pulls) onPulled();
          for (const listener of this.listeners) listener();
        } catch {
          if (live) await this.pause(5_000);
        }
      }
    })();
    return () => {
      live = false;
      this.current = null;
    };
  }
}

export const teamActivity = new TeamActivityFeed((since) => call('team/waitForChange', { since }));

/** Follows the background sync while the workspace is shown; `onPulled` refreshes the views. */
export function useTeamActivity(onPulled: () => void): TeamActivity | null {
  useEffect(() => teamActivity.start(onPulled), [onPulled]);
  return useSyncExternalStore(teamActivity.subscribe, teamActivity.snapshot);
}
