import { tableVersionsOf, type Db, type TableVersions, type VersionedTable } from '../../db/index.ts';

/**
 * Analysis reads every coding (and, for some scopes, every segment) of the project; on
 * 200,000 codings that alone takes a few hundred milliseconds. Each value is kept per open
 * database with the versions of the tables it was read from (db/queries/tableVersions.ts),
 * and read again only when one of those tables was written: adding a coding reloads the
 * codings but not the segments or the documents, and writing a memo or renaming a code
 * reloads nothing.
 */
interface CacheEntry {
  readonly versions: readonly string[];
  readonly value: unknown;
}

const caches = new WeakMap<Db, Map<string, CacheEntry>>();
/** How many times each value was read from the database, per open database (tests, benches). */
const loads = new WeakMap<Db, Map<string, number>>();

export function cacheLoads(db: Db, key: string): number {
  return loads.get(db)?.get(key) ?? 0;
}

function versionsOf(all: TableVersions, tables: readonly VersionedTable[]): string[] {
  return tables.map((table) => all[table]);
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * The value of `key`, computed again only if one of `tables` changed since it was kept.
 * `compute` is given the value it replaces, if any, to reuse what did not change.
 */
export function cached<T>(
  db: Db,
  key: string,
  tables: readonly VersionedTable[],
  compute: (previous: T | undefined) => T,
): T {
  const all = tableVersionsOf(db);
  if (all === null) return compute(undefined);
  const versions = versionsOf(all, tables);
  let entries = caches.get(db);
  if (!entries) {
    entries = new Map();
    caches.set(db, entries);
  }
  const entry = entries.get(key);
  if (entry && same(entry.versions, versions)) return entry.value as T;
  const value = compute(entry?.value as T | undefined);
  const counts = loads.get(db) ?? new Map<string, number>();
  counts.set(key, (counts.get(key) ?? 0) + 1);
  loads.set(db, counts);
  entries.set(key, { versions, value });
  return value;
}
