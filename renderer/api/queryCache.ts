import { domainOf, domainsInvalidatedBy, EVERY_DOMAIN, type Domain } from './queryDomains.ts';
import { queryKey } from './queryKey.ts';

/** What a component sees of one read. `data` stays while the read is asked again. */
export interface QuerySnapshot<T = unknown> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
}

/** Sends one operation to the backend (the client's `call`, or a fake in tests). */
export type Fetcher = (name: string, input: unknown) => Promise<unknown>;

/** Runs `task` later: the page passes "after the next frame is drawn"; tests run it now or hold it. */
export type Scheduler = (task: () => void) => void;

const RUN_NOW: Scheduler = (task) => task();

/** A read the cache holds an answer for, as a write's planner sees it. */
export interface CachedRead {
  readonly name: string;
  readonly input: unknown;
  readonly data: unknown;
}

/**
 * What a write does to one cached read: its new answer (patched from the write's result, no
 * request), `keep` (unchanged), `askAgain`, or undefined to let the write's domains decide.
 */
export type ReadPatch = { readonly data: unknown } | 'keep' | 'askAgain' | undefined;

/** How a write changes the cache: the domains asked again, and reads patched in place. */
export interface WriteEffect {
  readonly domains: readonly Domain[];
  patch?(read: CachedRead): ReadPatch;
}

/**
 * The effect of the write `name(input)` that answered `output`; `cached` lists the answers
 * held before the write (to find, say, the document of a deleted coding). Null: the write's
 * domains (queryDomains.ts) alone decide.
 */
export type WritePlanner = (
  name: string,
  input: unknown,
  output: unknown,
  cached: () => Iterable<CachedRead>,
) => WriteEffect | null;

interface Entry {
  readonly name: string;
  readonly input: unknown;
  snapshot: QuerySnapshot;
  readonly listeners: Set<() => void>;
  /** Bumped at every request: an answer to an older request is dropped. */
  version: number;
  inFlight: Promise<unknown> | null;
}

/**
 * Reads no component shows are kept for when they are shown again (back to a code, a
 * document), up to this many; the oldest are forgotten so long sessions do not keep every
 * transcript ever opened.
 */
export const KEPT_UNSHOWN = 50;

const IDLE: QuerySnapshot = Object.freeze({ data: undefined, error: null, loading: false });

/** The same answer as before keeps its identity, so components that read it do not re-render. */
function shared(previous: unknown, next: unknown): unknown {
  if (previous === undefined) return next;
  return JSON.stringify(previous) === JSON.stringify(next) ? previous : next;
}

/**
 * The renderer's cache of backend reads, keyed by operation and input. Components subscribe
 * through `useQuery`; a write made through `mutate` marks the reads of the domains it changes
 * stale, and those that are on screen are asked again (the others when next shown). Answers
 * arrive in any order: only the answer to an entry's latest request is kept.
 */
export class QueryCache {
  private readonly entries = new Map<string, Entry>();
  /** Keys of entries no component shows, oldest first. */
  private readonly unshown = new Set<string>();

  /**
   * `afterPatches` runs the requests of the reads a patched write made stale (code counts,
   * history): the patched reads (the new highlight) reach the screen first, and a frame is
   * not held up by sending a handful of requests.
   */
  constructor(
    private readonly fetcher: Fetcher,
    private readonly planner: WritePlanner = () => null,
    private readonly afterPatches: Scheduler = RUN_NOW,
  ) {}

  snapshot(key: string): QuerySnapshot {
    return this.entries.get(key)?.snapshot ?? IDLE;
  }

  /** Shows the read `name(input)` to `listener`; asks the backend unless it is already on screen. */
  subscribe(name: string, input: unknown, listener: () => void): () => void {
    const key = queryKey(name, input);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { name, input, snapshot: IDLE, listeners: new Set(), version: 0, inFlight: null };
      this.entries.set(key, entry);
    }
    // Each component coming into view asks again (the project may have changed outside the
    // page: the CLI, another window), the last answer shown meanwhile, as the hand-written
    // effects re-read on mount. Components mounting together share one request.
    entry.listeners.add(listener);
    this.unshown.delete(key);
    if (entry.inFlight === null) void this.request(key, entry);
    const subscribed = entry;
    return () => {
      subscribed.listeners.delete(listener);
      if (subscribed.listeners.size === 0) this.forgetBeyondLimit(key);
    };
  }

  private forgetBeyondLimit(key: string): void {
    this.unshown.add(key);
    for (const oldest of this.unshown) {
      if (this.unshown.size <= KEPT_UNSHOWN) break;
      this.unshown.delete(oldest);
      this.entries.delete(oldest);
    }
  }

  /** Asks again now, even if an answer is on its way (that older answer is then dropped). */
  refetch(key: string): Promise<unknown> {
    const entry = this.entries.get(key);
    return entry ? this.request(key, entry) : Promise.resolve(undefined);
  }

  /**
   * Sends a write, then updates in place the reads its planner can patch from its result and
   * marks stale every other read it may have changed.
   */
  async mutate(name: string, input: unknown): Promise<unknown> {
    const data = await this.fetcher(name, input);
    const effect = this.planner(name, input, data, () => this.cachedReads());
    if (effect) this.applyEffect(effect);
    else this.invalidate(domainsInvalidatedBy(name));
    return data;
  }

  private *cachedReads(): Generator<CachedRead> {
    for (const entry of this.entries.values()) {
      if (entry.snapshot.data !== undefined)
        yield { name: entry.name, input: entry.input, data: entry.snapshot.data };
    }
  }

  private applyEffect(effect: WriteEffect): void {
    const everything = effect.domains.includes(EVERY_DOMAIN);
    const later: [string, Entry][] = [];
    for (const [key, entry] of this.entries) {
      const { data } = entry.snapshot;
      const patch =
        data === undefined ? undefined : effect.patch?.({ name: entry.name, input: entry.input, data });
      if (patch === 'keep') continue;
      if (patch === undefined) {
        if (everything || effect.domains.includes(domainOf(entry.name))) {
          // An answer on its way predates the write: dropped now, asked again after the patches.
          this.markStale(key, entry, false);
          if (entry.listeners.size > 0) later.push([key, entry]);
        }
      } else if (patch === 'askAgain') {
        this.markStale(key, entry);
      } else {
        // An answer on its way was asked before the write: the patched one is newer.
        entry.version += 1;
        entry.inFlight = null;
        this.update(entry, { data: patch.data, error: null, loading: false });
      }
    }
    if (later.length === 0) return;
    this.afterPatches(() => {
      for (const [key, entry] of later) {
        // Forgotten, or already asked again (a component shown meanwhile): nothing to do.
        if (this.entries.get(key) === entry && entry.inFlight === null && entry.listeners.size > 0)
          void this.request(key, entry);
      }
    });
  }

  /** Reads of these domains are stale: those on screen are asked again now, the others later. */
  invalidate(domains: readonly Domain[]): void {
    const everything = domains.includes(EVERY_DOMAIN);
    for (const [key, entry] of this.entries) {
      if (everything || domains.includes(domainOf(entry.name))) this.markStale(key, entry);
    }
  }

  /**
   * On screen: asked again now (unless `askNow` is false). Not shown: its answer may predate
   * a write, asked when next shown.
   */
  private markStale(key: string, entry: Entry, askNow = true): void {
    if (askNow && entry.listeners.size > 0) {
      void this.request(key, entry);
    } else {
      entry.version += 1;
      entry.inFlight = null;
      if (entry.snapshot.loading) entry.snapshot = { ...entry.snapshot, loading: false };
    }
  }

  /**
   * Another project (or a backup) replaced the open one: no answer of the previous one may
   * be shown, even for a moment. Every answer is forgotten; reads on screen are asked again.
   */
  reset(): void {
    for (const [key, entry] of this.entries) {
      entry.version += 1;
      entry.inFlight = null;
      entry.snapshot = IDLE;
      if (entry.listeners.size > 0) void this.request(key, entry);
    }
  }

  private request(key: string, entry: Entry): Promise<unknown> {
    entry.version += 1;
    const version = entry.version;
    this.update(entry, { ...entry.snapshot, loading: true });
    const settle = (next: QuerySnapshot): void => {
      if (this.entries.get(key) !== entry || entry.version !== version) return;
      entry.inFlight = null;
      this.update(entry, next);
    };
    const pending = this.fetcher(entry.name, entry.input).then(
      (data) => {
        settle({ data: shared(entry.snapshot.data, data), error: null, loading: false });
        return data;
      },
      (error: unknown) => {
        settle({ data: entry.snapshot.data, error, loading: false });
        return undefined;
      },
    );
    entry.inFlight = pending;
    return pending;
  }

  private update(entry: Entry, snapshot: QuerySnapshot): void {
    entry.snapshot = snapshot;
    for (const listener of entry.listeners) listener();
  }
}
