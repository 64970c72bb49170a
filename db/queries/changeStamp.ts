import type { Db } from '../open.ts';

/**
 * A value that changes whenever the project's data may have changed, as seen from this
 * connection: total_changes() grows with every write of this connection, data_version with
 * every commit by another one. Caches of derived results (app/analysis/dataCache.ts) compare it.
 */
export function changeStampOf(db: Db): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${dataVersion}`;
}
