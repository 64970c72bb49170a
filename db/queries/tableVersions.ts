import type { Db } from '../open.ts';

/** The tables whose writes are counted; caches of derived data (app/analysis/dataCache.ts) read them. */
export const VERSIONED_TABLES = ['documents', 'segments', 'codings', 'coders'] as const;
export type VersionedTable = (typeof VERSIONED_TABLES)[number];

/** A table's version: any write to it since the connection opened changes it. */
export type TableVersions = Readonly<Record<VersionedTable, string>>;

const COUNTERS = 'verbatim_table_versions';
const TRIGGER_PREFIX = 'verbatim_version_';
const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;

/**
 * Temporary triggers (this connection only, never stored in the project file) count every
 * row written to each versioned table, whatever wrote it: operations, undo, imports, merges.
 * A table rebuilt by a migration loses its triggers; they are put back on the next read.
 */
function installCounters(db: Db): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${COUNTERS} (name TEXT PRIMARY KEY, writes INTEGER NOT NULL)`);
  const insert = db.prepare(`INSERT OR IGNORE INTO temp.${COUNTERS} (name, writes) VALUES (?, 0)`);
  for (const table of VERSIONED_TABLES) {
    insert.run(table);
    for (const event of EVENTS) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${TRIGGER_PREFIX}${table}_${event.toLowerCase()}
           AFTER ${event} ON main.${table}
         BEGIN UPDATE ${COUNTERS} SET writes = writes + 1 WHERE name = '${table}'; END`,
      );
    }
  }
}

const TRIGGER_COUNT = VERSIONED_TABLES.length * EVENTS.length;

function readCounters(db: Db): Map<string, number> | null {
  try {
    const rows = db
      .prepare(
        `SELECT name, writes,
                (SELECT COUNT(*) FROM sqlite_temp_master
                  WHERE type = 'trigger' AND name LIKE '${TRIGGER_PREFIX}%') AS triggers
           FROM temp.${COUNTERS}`,
      )
      .all() as { name: string; writes: number; triggers: number }[];
    if (rows.length !== VERSIONED_TABLES.length || rows.some((row) => row.triggers !== TRIGGER_COUNT))
      return null;
    return new Map(rows.map((row) => [row.name, row.writes]));
  } catch {
    return null;
  }
}

/**
 * Per-table versions as seen from this connection: the count of rows this connection wrote
 * to the table, joined with data_version, which changes when another connection (the CLI,
 * say) commits — then every table counts as changed, since which one is not known.
 * Returns null when the counters cannot be kept (then nothing may be cached).
 */
export function tableVersionsOf(db: Db): TableVersions | null {
  // Inside a transaction the counts may yet be rolled back with the rows: no version then.
  if (db.inTransaction) return null;
  let counters = readCounters(db);
  if (!counters) {
    try {
      installCounters(db);
    } catch {
      return null;
    }
    counters = readCounters(db);
    if (!counters) return null;
    // Counters (re)installed now have missed earlier writes: a new epoch in every version.
    installEpochs.set(db, (epochs += 1));
  }
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const prefix = `${installEpochs.get(db) ?? 0}:${dataVersion}`;
  const versions = {} as Record<VersionedTable, string>;
  for (const table of VERSIONED_TABLES) versions[table] = `${prefix}:${counters.get(table) ?? 0}`;
  return versions;
}

const installEpochs = new WeakMap<Db, number>();
let epochs = 0;
