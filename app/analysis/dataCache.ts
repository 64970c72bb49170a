import { changeStampOf, type Db } from '../../db/index.ts';

/**
 * Analysis reads every coding and segment of the project; on 100,000 codings that alone
 * takes a few hundred milliseconds here. The results are kept per open database and
 * dropped as soon as anything is written (db/queries/changeStamp.ts says how that is seen).
 */
interface CacheEntry {
  version: string;
  values: Map<string, unknown>;
}

const caches = new WeakMap<Db, CacheEntry>();

export function cached<T>(db: Db, key: string, compute: () => T): T {
  const version = changeStampOf(db);
  let entry = caches.get(db);
  if (!entry || entry.version !== version) {
    entry = { version, values: new Map() };
    caches.set(db, entry);
  }
  if (!entry.values.has(key)) entry.values.set(key, compute());
  return entry.values.get(key) as T;
}
