import type { Db } from '../open.ts';
import { isWholeTable, mainTableOf } from '../queries/wholeRows.ts';

/**
 * Ids for the rows a team pull inserts. SQLite gives a new row the id after the highest one
 * in its table, so a row deleted from the top frees its id. The undo history still names
 * that id (a coding undone or removed, whose undo or redo puts it back or takes it away by
 * id, and `codings/create` records its codings as an id range), so a colleague's row pulled
 * into it would be the one a later undo deletes, and the next sync would delete it on the
 * server. A pulled row therefore gets an id above every id the history knows in its table.
 */
export class FreshIds {
  private readonly db: Db;
  private historyHighs: Map<string, number> | undefined;

  constructor(db: Db) {
    this.db = db;
  }

  /** The id for a new row of `table` (one of the shared tables, each with an `id`). */
  next(table: string): number {
    const { high } = this.db.prepare(`SELECT coalesce(max(id), 0) AS high FROM ${table}`).get() as {
      high: number;
    };
    return Math.max(high, this.highestInHistory(table)) + 1;
  }

  private highestInHistory(table: string): number {
    this.historyHighs ??= historyHighs(this.db);
    return this.historyHighs.get(table) ?? 0;
  }
}

/** The highest id each table has in an event that can still be undone or redone. */
function historyHighs(db: Db): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT json_extract(r.value, '$.table') AS name, max(json_extract(r.value, '$.upTo')) AS high
         FROM events e, json_each(e.changes, '$.bulk.inserted') r
        WHERE e.state <> 'discarded' AND json_type(e.changes) = 'object'
        GROUP BY name
       UNION ALL
       SELECT json_extract(c.value, '$.table') AS name,
              max(coalesce(json_extract(c.value, '$.after.id'), json_extract(c.value, '$.before.id'))) AS high
         FROM events e, json_each(e.changes) c
        WHERE e.state <> 'discarded' AND json_type(e.changes) = 'array'
        GROUP BY name`,
    )
    .all() as { name: string | null; high: number | null }[];
  const highs = new Map<string, number>();
  for (const { name, high } of rows) {
    if (name === null || high === null) continue;
    const table = isWholeTable(name) ? mainTableOf(name) : name === 'document_contents' ? 'documents' : name;
    highs.set(table, Math.max(highs.get(table) ?? 0, Number(high)));
  }
  return highs;
}
