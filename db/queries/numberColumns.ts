import type { Db } from '../open.ts';

/**
 * Integer columns of every row of a table (or view: blind mode's shadow views too), read
 * in one statement as one JSON array per column, in the same row order. For hundreds of
 * thousands of rows, better-sqlite3's array per row, and its garbage, took two to three
 * times as long (profiled on the 10x project's 400,000 segments and 200,000 codings).
 */
export function integerColumns(db: Db, table: string, columns: readonly string[]): number[][] {
  return jsonColumns(db, table, columns) as number[][];
}

/**
 * The same for columns of any type (numbers, text, nulls), read the same way; `where`
 * (with its parameters) keeps some rows only, for a reader that takes a batch at a time.
 */
export function jsonColumns(
  db: Db,
  table: string,
  columns: readonly string[],
  where?: { readonly sql: string; readonly params: readonly unknown[] },
): unknown[][] {
  const select = columns.map((column) => `json_group_array(${column})`).join(', ');
  const filter = where ? ` WHERE ${where.sql}` : '';
  const row = db
    .prepare(`SELECT ${select} FROM ${table}${filter}`)
    .raw()
    .get(...(where?.params ?? [])) as string[];
  return row.map((json) => JSON.parse(json) as unknown[]);
}
