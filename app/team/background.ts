import { getTeamLink, type Db } from '../../db/index.ts';
import type { TeamActivity, TeamSyncReport } from '../contract/team.ts';
import { AppError, wireErrorOf, type WireError } from '../errors.ts';
import type { Visibility } from '../visibility/policy.ts';
import { isNewerThanCursor, listenForChanges } from './listen.ts';
import { syncProject } from './sync.ts';

/** When the background sync runs, in milliseconds (docs/TEAM.md, "The Team panel"). */
export interface BackgroundTiming {
  /** After a local write, once writes pause this long. */
  readonly afterWrite: number;
  /** After a notification from the server (several notifications, one sync). */
  readonly afterNotify: number;
  /** Between syncs while nothing else asks for one (a missed notification, blind mode lifted). */
  readonly period: number;
  /** The first retry after a failure; doubled at each failure up to `maxRetry`. */
  readonly firstRetry: number;
  readonly maxRetry: number;
  /** The longest `team/waitForChange` waits before answering unchanged. */
  readonly longPoll: number;
}

export const DEFAULT_TIMING: BackgroundTiming = {
  afterWrite: 1_000,
  afterNotify: 50,
  period: 60_000,
  firstRetry: 2_000,
  maxRetry: 5 * 60_000,
  longPoll: 25_000,
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The open project this sync works for; replaced (a new generation) at each open and close. */
interface Target {
  readonly db: Db;
  readonly url: string;
}

/**
 * The background sync of a session's open linked project (desktop app, web shell): on open,
 * after local writes (debounced), periodically, and when the server notifies a change
 * (LISTEN, `listenForChanges`), so that a colleague's coding shows within about a second.
 * Never two syncs at once (a manual `team/sync` joins the same queue). When the server goes
 * away the state turns `offline` and it retries with a growing delay, quietly; the panel shows
 * the state. The page learns of pulled changes through `team/waitForChange`, a long poll any
 * transport carries (Electron IPC, the web shell's HTTP).
 *
 * Passwords are kept here, in memory, by server address, for the session only: the web
 * shell's, and the desktop app's handed over by main from the OS keychain. In the CLI
 * (`enabled` false) nothing runs in the background; a sync is just a sync.
 */
export class TeamBackground {
  private readonly passwords = new Map<string, string>();
  private target: Target | null = null;
  /** Bumped at each open and close: work started for an older target is ignored. */
  private generation = 0;
  private running: Promise<TeamSyncReport> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerDue = Infinity;
  private retryAt = 0;
  private failures = 0;
  private stopListening: (() => Promise<void>) | null = null;
  private listening = false;
  private readonly state: Mutable<TeamActivity> = {
    version: 0,
    pulls: 0,
    connection: 'off',
    syncing: false,
    sent: 0,
    error: null,
    passwordKnown: false,
  };
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly enabled: boolean,
    /** Who is coding (session.coder): a sync keeps that identity's work the member's. */
    private readonly identity: () => string,
    private readonly timing: BackgroundTiming = DEFAULT_TIMING,
  ) {}

  activity(): TeamActivity {
    return { ...this.state };
  }

  /** Answers once the activity's version passes `since`, or after the long-poll limit. */
  waitForChange(since: number): Promise<TeamActivity> {
    if (this.state.version > since) return Promise.resolve(this.activity());
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(limit);
        this.waiters.delete(done);
        resolve(this.activity());
      };
      const limit = setTimeout(done, this.timing.longPoll);
      limit.unref?.();
      this.waiters.add(done);
    });
  }

  /** The password this session holds for the open project's server, if any. */
  passwordFor(db: Db): string | undefined {
    const url = getTeamLink(db)?.url;
    return url === undefined ? undefined : this.passwords.get(url);
  }

  /** Keeps a member's password for this session (by the server's address without it). */
  rememberPassword(url: string | null, password: string | undefined): void {
    if (url === null || password === undefined || this.passwords.get(url) === password) return;
    this.passwords.set(url, password);
    if (this.target?.url === url) {
      // A new password: try at once, the earlier failure may have been the password.
      this.failures = 0;
      this.retryAt = 0;
      this.update({ passwordKnown: true });
      this.schedule(0);
    }
  }

  /** A project was opened (or linked by publish or join): start when it is linked. */
  opened(db: Db): void {
    this.stop();
    const link = this.enabled ? getTeamLink(db) : null;
    if (!link) return;
    this.target = { db, url: link.url };
    this.update({ connection: 'connecting', error: null, passwordKnown: this.passwords.has(link.url) });
    this.schedule(0);
  }

  /** The project is closing: stop everything, before its connection closes. */
  closed(): void {
    this.stop();
  }

  /** After each operation (dispatch): a local write is sent once writes pause. */
  afterOperation(name: string, visibility: Visibility | undefined, db: Db | null): void {
    if (!this.enabled || db === null) return;
    if (name === 'team/publish' || name === 'team/join') {
      if (this.target?.db !== db) this.opened(db);
      return;
    }
    if (this.target?.db === db && !name.startsWith('team/') && visibility === 'writes')
      this.schedule(this.timing.afterWrite);
  }

  /**
   * A sync now (the panel's button, `team/sync`): joins the one under way, or starts one
   * at once. Throws its failure, which the activity also shows.
   */
  async syncNow(db: Db, password: string | undefined): Promise<TeamSyncReport> {
    const url = getTeamLink(db)?.url ?? null;
    if (password !== undefined) this.rememberPassword(url, password);
    if (this.target?.db !== db) {
      return await syncProject(db, { password: password ?? this.passwordFor(db), identity: this.identity() });
    }
    // The sync under way may have read the outbox before the latest write: one more.
    if (this.running) await this.running.catch(() => undefined);
    return await this.runSync();
  }

  private stop(): void {
    this.generation += 1;
    this.target = null;
    this.again = false;
    this.failures = 0;
    this.retryAt = 0;
    this.clearTimer();
    const stop = this.stopListening;
    this.stopListening = null;
    this.listening = false;
    void stop?.().catch(() => undefined);
    if (this.state.connection !== 'off' || this.state.syncing)
      this.update({ connection: 'off', syncing: false, sent: 0, error: null, passwordKnown: false });
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.timerDue = Infinity;
  }

  /** A sync within `delay` (an earlier one planned stays); not before the retry time. */
  private schedule(delay: number): void {
    if (this.target === null) return;
    const due = Math.max(Date.now() + delay, this.retryAt);
    if (due >= this.timerDue) return;
    this.clearTimer();
    this.timerDue = due;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.timerDue = Infinity;
        void this.runSync().catch(() => undefined);
      },
      Math.max(0, due - Date.now()),
    );
    this.timer.unref?.();
  }

  private update(changes: Partial<Omit<TeamActivity, 'version'>>): void {
    Object.assign(this.state, changes, { version: this.state.version + 1 });
    for (const wake of [...this.waiters]) wake();
  }

  private runSync(): Promise<TeamSyncReport> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const target = this.target;
    if (target === null) return Promise.reject(new AppError('NO_PROJECT', 'No linked project is open.'));
    const generation = this.generation;
    const current = (): boolean => this.generation === generation;
    this.update({ syncing: true, sent: 0 });
    const running = syncProject(target.db, {
      password: this.passwords.get(target.url),
      identity: this.identity(),
      onBatch: (applied) => {
        if (current()) this.update({ sent: this.state.sent + applied });
      },
    });
    this.running = running;
    running.then(
      (report) => {
        if (!current()) return;
        this.failures = 0;
        this.retryAt = 0;
        const pulled = report.pulled > 0 || report.conflicts > 0;
        this.update({
          syncing: false,
          connection: 'online',
          error: null,
          pulls: this.state.pulls + (pulled ? 1 : 0),
        });
        this.listen(target, generation);
        this.schedule(this.timing.period);
      },
      (error: unknown) => {
        if (!current()) return;
        this.failures += 1;
        const delay = Math.min(this.timing.firstRetry * 2 ** (this.failures - 1), this.timing.maxRetry);
        this.retryAt = Date.now() + delay;
        const wire = wireOf(error);
        this.update({
          syncing: false,
          connection: wire.key === 'teamUnreachable' ? 'offline' : 'error',
          error: wire,
        });
        this.schedule(delay);
      },
    );
    const settled = running.finally(() => {
      if (this.running === running) this.running = null;
      if (this.again && current()) {
        this.again = false;
        this.schedule(0);
      }
    });
    void settled.catch(() => undefined);
    return running;
  }

  /** LISTEN once online; a lost listener is offline until the next sync works. */
  private listen(target: Target, generation: number): void {
    if (this.listening) return;
    this.listening = true;
    const current = (): boolean => this.generation === generation;
    const lost = (): void => {
      if (!current()) return;
      this.listening = false;
      this.stopListening = null;
      // The next sync tells whether the server is back; it listens again then.
      this.schedule(this.timing.firstRetry);
    };
    listenForChanges(
      target.db,
      this.passwords.get(target.url),
      (revision) => {
        if (current() && isNewerThanCursor(target.db, revision)) this.schedule(this.timing.afterNotify);
      },
      lost,
    ).then((stop) => {
      if (current()) this.stopListening = stop;
      else void stop().catch(() => undefined);
    }, lost);
  }
}

function wireOf(error: unknown): WireError {
  if (error instanceof AppError) return wireErrorOf(error);
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
