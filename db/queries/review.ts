import type { ProposalRow } from '../../app/contract/rows.ts';
import type { Db } from '../open.ts';

export interface VersionRow {
  readonly id: number;
  readonly guid: string;
  readonly name: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly lastEventId: number;
  /** JSON: the codes as they were (see app/review/snapshot.ts). */
  readonly codes: string;
}

const versionColumns =
  'id, guid, name, created_at AS createdAt, created_by AS createdBy, last_event_id AS lastEventId, codes';

export function insertVersion(db: Db, row: Omit<VersionRow, 'id'>): number {
  return Number(
    db
      .prepare(
        'INSERT INTO codebook_versions (guid, name, created_at, created_by, last_event_id, codes) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(row.guid, row.name, row.createdAt, row.createdBy, row.lastEventId, row.codes).lastInsertRowid,
  );
}

export function listVersions(db: Db): VersionRow[] {
  return db.prepare(`SELECT ${versionColumns} FROM codebook_versions ORDER BY id DESC`).all() as VersionRow[];
}

export function getVersion(db: Db, id: number): VersionRow | undefined {
  return db.prepare(`SELECT ${versionColumns} FROM codebook_versions WHERE id = ?`).get(id) as
    VersionRow | undefined;
}

export function maxEventId(db: Db): number {
  return (db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM events').get() as { n: number }).n;
}

/** Events (done) after a given id, oldest first: what happened since a version was frozen. */
export function eventsSince(
  db: Db,
  eventId: number,
): { id: number; kind: string; summary: string; meta: string }[] {
  return db
    .prepare("SELECT id, kind, summary, meta FROM events WHERE id > ? AND state = 'done' ORDER BY id")
    .all(eventId) as { id: number; kind: string; summary: string; meta: string }[];
}

export type { ProposalRow } from '../../app/contract/rows.ts';

const proposalColumns = `id, guid, kind, payload, comment, author, created_at AS createdAt, status, decided_by AS decidedBy,
  decided_at AS decidedAt, decision_comment AS decisionComment`;

export function insertProposal(
  db: Db,
  row: { guid: string; kind: string; payload: string; comment: string; author: string; createdAt: string },
): number {
  return Number(
    db
      .prepare(
        'INSERT INTO proposals (guid, kind, payload, comment, author, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(row.guid, row.kind, row.payload, row.comment, row.author, row.createdAt).lastInsertRowid,
  );
}

export function listProposals(db: Db): ProposalRow[] {
  return db.prepare(`SELECT ${proposalColumns} FROM proposals ORDER BY id DESC`).all() as ProposalRow[];
}

export function getProposal(db: Db, id: number): ProposalRow | undefined {
  return db.prepare(`SELECT ${proposalColumns} FROM proposals WHERE id = ?`).get(id) as
    ProposalRow | undefined;
}

export function decideProposal(
  db: Db,
  id: number,
  status: 'accepted' | 'rejected',
  by: string,
  comment: string,
): void {
  db.prepare(
    'UPDATE proposals SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ? WHERE id = ?',
  ).run(status, by, new Date().toISOString(), comment, id);
}
