import type { Db } from '../open.ts';

// Rewrites of already imported documents by pseudonymisation (app/pseudonymise/operations.ts).
// Every function runs in the caller's transaction, except withSecureDelete and
// compactProjectFile, which must run outside one.

export interface SegmentIdRow {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
}

export function listSegmentIdsOfDocument(db: Db, documentId: number): SegmentIdRow[] {
  return db
    .prepare('SELECT id, start, end, speaker FROM segments WHERE document_id = ? ORDER BY ordinal')
    .all(documentId) as SegmentIdRow[];
}

export function listCodingSpansOfDocument(
  db: Db,
  documentId: number,
): { id: number; start: number; end: number }[] {
  return db
    .prepare('SELECT id, start, end FROM codings WHERE document_id = ? ORDER BY id')
    .all(documentId) as { id: number; start: number; end: number }[];
}

export function updateDocumentText(db: Db, id: number, text: string, checksum: string): void {
  db.prepare('UPDATE documents SET text = ?, checksum = ?, text_length = ? WHERE id = ?').run(
    text,
    checksum,
    text.length,
    id,
  );
}

/** Moves a segment, relabels its speaker and re-indexes its text for full-text search. */
export function updateSegment(
  db: Db,
  segment: { id: number; start: number; end: number; speaker: string | null },
  text: string,
): void {
  db.prepare('UPDATE segments SET start = ?, end = ?, speaker = ? WHERE id = ?').run(
    segment.start,
    segment.end,
    segment.speaker,
    segment.id,
  );
  db.prepare('DELETE FROM segments_fts WHERE rowid = ?').run(segment.id);
  db.prepare('INSERT INTO segments_fts (rowid, text) VALUES (?, ?)').run(segment.id, text);
}

export function updateCodingSpan(
  db: Db,
  coding: { id: number; start: number; end: number; quote: string },
): void {
  db.prepare('UPDATE codings SET start = ?, end = ?, quote = ? WHERE id = ?').run(
    coding.start,
    coding.end,
    coding.quote,
    coding.id,
  );
}

/**
 * Where a replaced name may be stored outside transcripts: what the user wrote or named
 * (`current`), and earlier copies kept by the history and the codebook review (`copies`).
 * Coders' names and settings are not in the list: they name the researchers.
 */
export const STORED_TEXT = {
  current: {
    documents: ['name', 'source_name'],
    codes: ['name', 'description', 'inclusion', 'exclusion'],
    memos: ['title', 'body', 'plain_text'],
    cases: ['name', 'description'],
    attributes: ['name', 'choices'],
    // A coding left without text keeps its last quote (migration 009).
    unplaced_codings: ['quote'],
    attribute_values: ['value'],
    document_sets: ['name'],
    code_groups: ['name'],
  },
  copies: {
    events: ['summary', 'meta', 'changes'],
    codebook_versions: ['name', 'codes'],
    proposals: ['payload', 'comment', 'decision_comment'],
    // A team project's rows pulled before what they refer to (row snapshots, transcripts
    // among them) and the losing side of a conflict (a code's former name, a memo's text).
    team_deferred: ['data'],
    team_conflicts: ['detail'],
  },
} as const;
type Stored = typeof STORED_TEXT;
export type StoredTextTable = keyof Stored['current'] | keyof Stored['copies'];

/** Each row's rowid and the listed text columns. */
export function readStoredText(
  db: Db,
  table: StoredTextTable,
  columns: readonly string[],
): (Record<string, string | null> & { rowid: number })[] {
  return db
    .prepare(`SELECT rowid AS rowid, ${columns.join(', ')} FROM ${table} ORDER BY rowid`)
    .all() as (Record<string, string | null> & { rowid: number })[];
}

export function writeStoredText(
  db: Db,
  table: StoredTextTable,
  rowid: number,
  column: string,
  value: string,
): void {
  db.prepare(`UPDATE ${table} SET ${column} = ? WHERE rowid = ?`).run(value, rowid);
}

export function documentExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
}

/**
 * ANALYZE keeps sample index keys (names among them) in sqlite_stat4; Verbatim never runs
 * it, but a file opened by another tool may have them. Recomputed from the rewritten rows.
 */
export function refreshStatistics(db: Db): void {
  const analysed = db.prepare("SELECT 1 FROM sqlite_master WHERE name LIKE 'sqlite_stat%'").get();
  if (analysed) db.exec('ANALYZE');
}

/**
 * FTS5 records a deletion as a marker and keeps the old terms in its b-tree until segments
 * merge; 'optimize' merges them all now, so replaced words leave the index.
 */
export function optimiseSearchIndex(db: Db): void {
  db.prepare("INSERT INTO segments_fts (segments_fts) VALUES ('optimize')").run();
}

/**
 * Runs `work` with PRAGMA secure_delete on, so that SQLite overwrites deleted content with
 * zeros instead of leaving it in free space of the file; restores the previous setting.
 */
export function withSecureDelete<T>(db: Db, work: () => T): T {
  const previous = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    return work();
  } finally {
    db.pragma(`secure_delete = ${previous ? 'ON' : 'OFF'}`);
  }
}

/** What `PRAGMA wal_checkpoint` reports: busy 1 when it could not finish, frames in the log. */
interface CheckpointResult {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

// Each attempt waits for readers through SQLite's busy handler for this long; a reader that
// finishes meanwhile lets it complete, one that starts between attempts is waited for again.
const CHECKPOINT_ATTEMPTS = 3;
const CHECKPOINT_WAIT_MS = 1000;

/**
 * Copies the WAL into the file and truncates it to zero. A connection reading an older
 * snapshot (another program) keeps the pages it reads: the copy cannot finish until it
 * ends. Returns false if it still could not after a few attempts.
 */
function truncateWal(db: Db): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${CHECKPOINT_WAIT_MS}`);
  try {
    for (let attempt = 0; attempt < CHECKPOINT_ATTEMPTS; attempt += 1) {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as CheckpointResult[];
      // log is -1 outside WAL mode, where there is no log to empty.
      if (result && result.busy === 0 && result.log <= 0) return true;
    }
    return false;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/**
 * Rebuilds the file (VACUUM) so that no page keeps text deleted before secure_delete was on
 * (an earlier edit or deletion), then copies the WAL into the file and truncates it to zero,
 * so the old text is neither in the project file nor in its -wal companion. Returns false
 * when another connection's read kept the WAL from being copied: the file's old pages, and
 * the text they hold, are then still there.
 */
export function compactProjectFile(db: Db): boolean {
  db.exec('VACUUM');
  return truncateWal(db);
}
