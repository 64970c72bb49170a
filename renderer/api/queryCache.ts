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

  constructor(private readonly fetcher: Fetcher) {}

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

  /** Sends a write, then marks stale every read it may have changed. */
  async mutate(name: string, input: unknown): Promise<unknown> {
    const data = await this.fetcher(name, input);
    this.invalidate(domainsInvalidatedBy(name));
    return data;
  }

  /** Reads of these domains are stale: those on screen are asked again now, the others later. */
  invalidate(domains: readonly Domain[]): void {
    const everything = domains.includes(EVERY_DOMAIN);
    for (const [key, entry] of this.entries) {
      if (!everything && !domains.includes(domainOf(entry.name))) continue;
      if (entry.listeners.size > 0) {
        void this.request(key, entry);
      } else {
        // No one shows it: drop an answer that may predate the write, ask when next shown.
        entry.version += 1;
        entry.inFlight = null;
        if (entry.snapshot.loading) entry.snapshot = { ...entry.snapshot, loading: false };
      }
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
