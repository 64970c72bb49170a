import type { Db } from '../open.ts';
import type { MemoTargetKind } from '../../app/contract/enums.ts';

export interface MemoRow {
  readonly id: number;
  readonly guid: string;
  readonly targetKind: MemoTargetKind;
  readonly targetId: number | null;
  readonly title: string;
  readonly body: string;
  readonly plainText: string;
  readonly author: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The name of the document or code, or the quote of the coding, the memo is about. */
  readonly targetLabel: string | null;
}

const memoSelect = `SELECT m.id, m.guid, m.target_kind AS targetKind, m.target_id AS targetId, m.title, m.body,
    m.plain_text AS plainText, r.name AS author, m.created_at AS createdAt, m.updated_at AS updatedAt,
    CASE m.target_kind
      WHEN 'document' THEN (SELECT name FROM documents WHERE id = m.target_id)
      WHEN 'code' THEN (SELECT name FROM codes WHERE id = m.target_id)
      WHEN 'coding' THEN (SELECT quote FROM codings WHERE id = m.target_id)
      ELSE NULL END AS targetLabel
  FROM memos m LEFT JOIN coders r ON r.id = m.author_id`;

export function getMemo(db: Db, id: number): MemoRow | undefined {
  return db.prepare(`${memoSelect} WHERE m.id = ?`).get(id) as MemoRow | undefined;
}

export interface MemoFilter {
  readonly targetKind?: string | undefined;
  readonly targetId?: number | undefined;
}

export function listMemos(db: Db, filter: MemoFilter): MemoRow[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.targetKind !== undefined) {
    where.push('m.target_kind = ?');
    params.push(filter.targetKind);
  }
  if (filter.targetId !== undefined) {
    where.push('m.target_id = ?');
    params.push(filter.targetId);
  }
  // Summaries (migration 011) are memos of their own kind, read by the summary grid only.
  if (filter.targetKind === undefined) where.push("m.target_kind <> 'summary'");
  const clause = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
  return db
    .prepare(`${memoSelect}${clause} ORDER BY m.updated_at DESC, m.id DESC`)
    .all(...params) as MemoRow[];
}

export interface NewMemo {
  readonly guid: string;
  readonly targetKind: string;
  readonly targetId: number | null;
  readonly title: string;
  readonly body: string;
  readonly plainText: string;
  readonly authorId: number | null;
  readonly at: string;
}

export function insertMemo(db: Db, memo: NewMemo): number {
  const result = db
    .prepare(
      `INSERT INTO memos (guid, target_kind, target_id, title, body, plain_text, author_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      memo.guid,
      memo.targetKind,
      memo.targetId,
      memo.title,
      memo.body,
      memo.plainText,
      memo.authorId,
      memo.at,
      memo.at,
    );
  return Number(result.lastInsertRowid);
}

export function updateMemoContent(
  db: Db,
  id: number,
  content: { title: string; body: string; plainText: string; at: string },
): void {
  db.prepare('UPDATE memos SET title = ?, body = ?, plain_text = ?, updated_at = ? WHERE id = ?').run(
    content.title,
    content.body,
    content.plainText,
    content.at,
    id,
  );
}

/** The memos written about one document, code or coding (or a case's summaries), as ids in id order. */
export function memoIdsOfTarget(
  db: Db,
  targetKind: 'document' | 'code' | 'coding' | 'summary',
  targetId: number,
): number[] {
  return db
    .prepare('SELECT id FROM memos WHERE target_kind = ? AND target_id = ? ORDER BY id')
    .pluck()
    .all(targetKind, targetId) as number[];
}

/** Attaches a memo to another row of the same kind (a merged code's memos go to the target). */
export function updateMemoTarget(db: Db, id: number, targetId: number): void {
  db.prepare('UPDATE memos SET target_id = ? WHERE id = ?').run(targetId, id);
}
