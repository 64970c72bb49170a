import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { InputOf, OperationName, OutputOf } from '../../app/contract/index.ts';
import { call } from './client.ts';
import { planCodingWrite } from './codingPatches.ts';
import { QueryCache } from './queryCache.ts';
import { queryKey } from './queryKey.ts';

/** A page in the background draws no frames: its stale reads are not held longer than this. */
const HIDDEN_PAGE_DELAY_MS = 100;

/**
 * Runs `task` once the next frame is drawn (a task queued from an animation frame runs after
 * that frame's paint), or after a short delay in a page that draws none.
 */
function afterNextPaint(task: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, HIDDEN_PAGE_DELAY_MS);
}

/**
 * The page's one cache of backend reads (see queryCache.ts); coding writes patch it
 * (codingPatches.ts) and the reads they only make stale are asked again after the patched
 * answer is painted.
 */
export const queries = new QueryCache(
  (name, input) => call(name as OperationName, input as never),
  planCodingWrite,
  afterNextPaint,
);

export interface QueryResult<T> {
  /** The latest answer; the previous one while a new answer is on its way. */
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly refetch: () => void;
}

const NOTHING = (): (() => void) => () => undefined;

export interface QueryOptions {
  /**
   * While a new input's first answer is on its way, show the previous input's answer (a
   * search as you type, a filter change) rather than nothing.
   */
  readonly keepPrevious?: boolean;
}

/**
 * One backend read, kept fresh: asked when shown, asked again after a write to its domain
 * (see queryDomains.ts). `input` null means "nothing to read yet" (no document open).
 * Answers to older requests never overwrite newer ones, so callers need no guards.
 * `onError` hears each failure once.
 */
export function useQuery<N extends OperationName>(
  name: N,
  input: InputOf<N> | null,
  onError?: (error: unknown) => void,
  options: QueryOptions = {},
): QueryResult<OutputOf<N>> {
  const key = input === null ? null : queryKey(name, input);
  const subscribe = useCallback(
    (listener: () => void) => (input === null ? NOTHING() : queries.subscribe(name, input, listener)),
    // The key is the input's identity: a new object with the same fields is the same read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const snapshot = useSyncExternalStore(subscribe, () =>
    key === null ? queries.snapshot('') : queries.snapshot(key),
  );
  const { error } = snapshot;
  useEffect(() => {
    if (error !== null && onError) onError(error);
  }, [error, onError]);
  const refetch = useCallback(() => {
    if (key !== null) void queries.refetch(key);
  }, [key]);
  // The last answer shown, for keepPrevious (derived state, updated during render).
  const [shown, setShown] = useState<unknown>(undefined);
  if (options.keepPrevious && snapshot.data !== undefined && snapshot.data !== shown) setShown(snapshot.data);
  const data = snapshot.data ?? (options.keepPrevious && key !== null ? shown : undefined);
  return { data: data as OutputOf<N> | undefined, error, loading: snapshot.loading, refetch };
}

/**
 * A write: sends it, then patches the reads its result tells how to change (a coding) and
 * asks again the others it changed. Rejects as `call` does.
 */
export function mutate<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  return queries.mutate(name, input) as Promise<OutputOf<N>>;
}
