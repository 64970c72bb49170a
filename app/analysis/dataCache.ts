import type { Db } from '../../db/index.ts';

/**
 * Analysis reads every coding and segment of the project; on 100,000 codings that alone
 * takes a few hundred milliseconds here. The results are kept per open database and
 * dropped as soon as anything is written: total_changes() grows with every write of this
 * connection, data_version with every commit by another one.
 */
interface CacheEntry {
  version: string;
  values: Map<string, unknown>;
}

const caches = new WeakMap<Db, CacheEntry>();

function versionOf(db: Db): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${dataVersion}`;
}

export function cached<T>(db: Db, key: string, compute: () => T): T {
  const version = versionOf(db);
  let entry = caches.get(db);
  if (!entry || entry.version !== version) {
    entry = { version, values: new Map() };
    caches.set(db, entry);
  }
  if (!entry.values.has(key)) entry.values.set(key, compute());
  return entry.values.get(key) as T;
}
