import type { Db } from '../open.ts';

// Summaries of the summary grid (migration 011): memos of kind 'summary' about one case
// (target_id) and one code (code_id). body and plain_text hold the same plain text.

export interface SummaryRow {
  readonly id: number;
  readonly caseId: number;
  readonly codeId: number;
  readonly text: string;
  readonly author: string | null;
  readonly updatedAt: string;
}

const summarySelect = `SELECT m.id, m.target_id AS caseId, m.code_id AS codeId, m.plain_text AS text,
    r.name AS author, m.updated_at AS updatedAt
  FROM memos m LEFT JOIN coders r ON r.id = m.author_id`;

/** Every summary of an existing case (a deleted case's are left out), oldest first. */
export function listSummaries(db: Db): SummaryRow[] {
  return db
    .prepare(
      `${summarySelect} WHERE m.target_kind = 'summary' AND m.target_id IN (SELECT id FROM cases) ORDER BY m.id`,
    )
    .all() as SummaryRow[];
}

/** The summary one author wrote for a case and a code. */
export function findSummary(
  db: Db,
  caseId: number,
  codeId: number,
  authorId: number,
): SummaryRow | undefined {
  return db
    .prepare(
      `${summarySelect} WHERE m.target_kind = 'summary' AND m.target_id = ? AND m.code_id = ? AND m.author_id = ?`,
    )
    .get(caseId, codeId, authorId) as SummaryRow | undefined;
}

export function getSummary(db: Db, id: number): SummaryRow | undefined {
  return db.prepare(`${summarySelect} WHERE m.target_kind = 'summary' AND m.id = ?`).get(id) as
    SummaryRow | undefined;
}

/** The summaries about any of these codes (every case, every author), by id. */
export function summaryIdsOfCodes(db: Db, codeIds: readonly number[]): number[] {
  if (codeIds.length === 0) return [];
  return db
    .prepare(
      `SELECT id FROM memos WHERE target_kind = 'summary' AND code_id IN (${codeIds.map(() => '?').join(', ')}) ORDER BY id`,
    )
    .pluck()
    .all(...codeIds) as number[];
}

export interface NewSummary {
  readonly guid: string;
  readonly caseId: number;
  readonly codeId: number;
  readonly text: string;
  readonly authorId: number;
  readonly at: string;
}

export function insertSummary(db: Db, summary: NewSummary): number {
  const result = db
    .prepare(
      `INSERT INTO memos (guid, target_kind, target_id, code_id, title, body, plain_text, author_id, created_at, updated_at)
       VALUES (?, 'summary', ?, ?, '', ?, ?, ?, ?, ?)`,
    )
    .run(
      summary.guid,
      summary.caseId,
      summary.codeId,
      summary.text,
      summary.text,
      summary.authorId,
      summary.at,
      summary.at,
    );
  return Number(result.lastInsertRowid);
}

export function updateSummaryText(db: Db, id: number, text: string, at: string): void {
  db.prepare('UPDATE memos SET body = ?, plain_text = ?, updated_at = ? WHERE id = ?').run(
    text,
    text,
    at,
    id,
  );
}
