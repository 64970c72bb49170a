import type { Db } from '../open.ts';

// Codings whose whole text an edit removed (migration 009): kept apart until placed again.

export interface UnplacedCodingRow {
  readonly id: number;
  readonly documentId: number;
  readonly codeId: number;
  readonly code: string;
  readonly coder: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly unplacedAt: string;
}

const COLUMNS = `u.id, u.document_id AS documentId, u.code_id AS codeId, c.name AS code, r.name AS coder,
  u.start, u.end, u.quote, u.unplaced_at AS unplacedAt`;
const FROM = 'unplaced_codings u JOIN codes c ON c.id = u.code_id JOIN coders r ON r.id = u.coder_id';

export function listUnplacedCodings(db: Db, documentId: number): UnplacedCodingRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE u.document_id = ? ORDER BY u.start, u.id`)
    .all(documentId) as UnplacedCodingRow[];
}

export function getUnplacedCoding(db: Db, id: number): UnplacedCodingRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE u.id = ?`).get(id) as UnplacedCodingRow | undefined;
}

/** Copies a coding into unplaced_codings under the same id; the caller then deletes it. */
export function copyCodingToUnplaced(db: Db, codingId: number, unplacedAt: string): void {
  db.prepare(
    `INSERT INTO unplaced_codings (id, guid, document_id, code_id, coder_id, start, end, quote, created_at, unplaced_at)
     SELECT id, guid, document_id, code_id, coder_id, start, end, quote, created_at, ? FROM codings WHERE id = ?`,
  ).run(unplacedAt, codingId);
}

/**
 * Puts an unplaced coding back into codings on [start, end) with its quote, under its own id
 * when no coding took it meanwhile; returns the id. The caller then deletes the unplaced row.
 */
export function placeCodingAgain(db: Db, id: number, start: number, end: number, quote: string): number {
  const taken = db.prepare('SELECT 1 FROM codings WHERE id = ?').get(id) !== undefined;
  const result = db
    .prepare(
      `INSERT INTO codings (id, guid, document_id, code_id, coder_id, start, end, quote, created_at)
       SELECT ?, guid, document_id, code_id, coder_id, ?, ?, ?, created_at FROM unplaced_codings WHERE id = ?`,
    )
    .run(taken ? null : id, start, end, quote, id);
  return Number(result.lastInsertRowid);
}

export function listUnplacedIdsOfCodes(db: Db, codeIds: readonly number[]): number[] {
  if (codeIds.length === 0) return [];
  return (
    db
      .prepare(
        `SELECT id FROM unplaced_codings WHERE code_id IN (${codeIds.map(() => '?').join(', ')}) ORDER BY id`,
      )
      .all(...codeIds) as { id: number }[]
  ).map((row) => row.id);
}

export function setUnplacedCodingCode(db: Db, id: number, codeId: number): void {
  db.prepare('UPDATE unplaced_codings SET code_id = ? WHERE id = ?').run(codeId, id);
}
