import Database from 'better-sqlite3';
import type { Db, OpenOptions } from '../open.ts';

// Blind mode (docs/security/visibility.md) is enforced here, below every query: a second,
// read-only connection to the project file on which TEMP views shadow the tables that hold
// coders' work. SQLite resolves an unqualified table name in the temp schema first, so every
// query run on this connection (`FROM codings`, `JOIN memos`, a COUNT in a sub-select) reads
// only what the viewer may see, without any query knowing about blind mode. Writes never run
// here: the connection is read-only, and a view cannot be written, so a write that strayed
// onto it fails loudly instead of changing only the visible rows.

/** The viewer's coder row(s), by the name kept in the connection's temp table. */
const VIEWER = '(SELECT c.id FROM main.coders c JOIN temp.visibility_viewer v ON v.name = c.name)';

interface ShadowView {
  readonly table: string;
  /** Which rows the viewer sees. */
  readonly where: string;
  /** Columns shown differently from the table's value, by column name. */
  readonly columns?: Readonly<Record<string, string>>;
}

// In order: each view may read the views before it (a memo on a coding is visible when the
// coding is).
const SHADOW_VIEWS: readonly ShadowView[] = [
  { table: 'codings', where: `coder_id IN ${VIEWER}` },
  // Codings an edit left without text (migration 009) are coders' work like codings.
  { table: 'unplaced_codings', where: `coder_id IN ${VIEWER}` },
  {
    // Memos on a coding follow the coding. Other memos are the viewer's own, the team's
    // project memos, or memos without an author (e.g. imported); another coder's memo on a
    // document or code is that coder's reading and stays hidden.
    table: 'memos',
    where: `(target_kind <> 'coding' OR target_id IN (SELECT id FROM temp.codings))
      AND (author_id IS NULL OR author_id IN ${VIEWER} OR target_kind = 'project')`,
  },
  {
    // The history shows the viewer's own changes, and the codebook edits everyone shares
    // (their phrases name codes only). A split names how many codings it moved: hidden.
    table: 'events',
    where: `coder_id IS NULL OR coder_id IN ${VIEWER} OR (kind LIKE 'code.%' AND kind <> 'code.split')`,
  },
  {
    // A coder is seen through something of theirs the viewer may see, and the viewer.
    table: 'coders',
    where: `id IN ${VIEWER} OR id IN (SELECT author_id FROM temp.memos) OR id IN (SELECT coder_id FROM temp.events)`,
  },
  {
    // A code's anchor example is a coding: shown only when that coding is visible.
    table: 'codes',
    where: '1',
    columns: {
      example_coding_id:
        'CASE WHEN example_coding_id IN (SELECT id FROM temp.codings) THEN example_coding_id END',
    },
  },
];

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function createShadowView(reader: Db, view: ShadowView): void {
  // The columns come from the table itself, so a column added by a later migration is
  // shadowed too, with its own value.
  const columns = (
    reader.prepare(`PRAGMA main.table_info(${quoteName(view.table)})`).all() as { name: string }[]
  )
    .map(({ name }) => {
      const shown = view.columns?.[name];
      return shown ? `${shown} AS ${quoteName(name)}` : quoteName(name);
    })
    .join(', ');
  reader.exec(
    `CREATE TEMP VIEW ${quoteName(view.table)} AS SELECT ${columns} FROM main.${quoteName(view.table)} WHERE ${view.where}`,
  );
}

/**
 * Opens a read-only connection to the project at `path` on which the coders' tables show
 * only what `coderName` may see in blind mode. The caller closes it.
 */
export function openBlindReader(path: string, coderName: string, options: OpenOptions = {}): Db {
  const reader = new Database(path, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    reader.pragma('busy_timeout = 5000');
    // Sorts and temp tables of this connection hold quotes: keep them off the disk.
    reader.pragma('temp_store = MEMORY');
    // The temp schema lives in this connection's memory; the project file is not written.
    reader.exec('CREATE TEMP TABLE visibility_viewer (name TEXT NOT NULL)');
    reader.prepare('INSERT INTO temp.visibility_viewer (name) VALUES (?)').run(coderName);
    for (const view of SHADOW_VIEWS) createShadowView(reader, view);
    return reader;
  } catch (error) {
    reader.close();
    throw error;
  }
}
