import type { Db } from '../open.ts';
import type { TeamEntity, TeamRole } from './entities.ts';

/** The project's link to its team server (migration 012); one row, absent when not linked. */
export interface TeamLinkRow {
  /** The server's address without its password (never stored). */
  readonly url: string;
  readonly member: string;
  readonly role: TeamRole;
  readonly projectId: string;
  readonly coderGuid: string | null;
  readonly pullCursor: number;
  readonly visibilityEpoch: number;
  readonly blind: boolean;
  readonly lastSyncAt: string | null;
  readonly lastError: string | null;
}

export function getTeamLink(db: Db): TeamLinkRow | undefined {
  const row = db
    .prepare(
      `SELECT url, member, role, project_id AS projectId, coder_guid AS coderGuid, pull_cursor AS pullCursor,
              visibility_epoch AS visibilityEpoch, blind, last_sync_at AS lastSyncAt, last_error AS lastError
       FROM team_link`,
    )
    .get() as (Omit<TeamLinkRow, 'blind'> & { blind: number }) | undefined;
  return row ? { ...row, blind: row.blind === 1 } : undefined;
}

/** Links the project (the caller's transaction); from now on its changes fill the outbox. */
export function insertTeamLink(
  db: Db,
  link: Pick<TeamLinkRow, 'url' | 'member' | 'role' | 'projectId' | 'coderGuid'>,
): void {
  db.prepare(
    `INSERT INTO team_link (only_row, url, member, role, project_id, coder_guid) VALUES (1, ?, ?, ?, ?, ?)`,
  ).run(link.url, link.member, link.role, link.projectId, link.coderGuid);
}

export function setTeamCoder(db: Db, coderGuid: string): void {
  db.prepare('UPDATE team_link SET coder_guid = ?').run(coderGuid);
}

/** The outbox is silent while a pull writes the server's rows (inside the pull's transaction). */
export function setApplyingPulledRows(db: Db, applying: boolean): void {
  db.prepare('UPDATE team_link SET applying = ?').run(applying ? 1 : 0);
}

export function savePullPosition(db: Db, cursor: number, epoch: number, blind: boolean): void {
  db.prepare('UPDATE team_link SET pull_cursor = ?, visibility_epoch = ?, blind = ?').run(
    cursor,
    epoch,
    blind ? 1 : 0,
  );
}

export function saveSyncOutcome(db: Db, at: string | null, error: string | null): void {
  if (at === null) db.prepare('UPDATE team_link SET last_error = ?').run(error);
  else db.prepare('UPDATE team_link SET last_sync_at = ?, last_error = ?').run(at, error);
}

export function setTeamRole(db: Db, role: TeamRole): void {
  db.prepare('UPDATE team_link SET role = ?').run(role);
}

export interface OutboxEntry {
  readonly id: number;
  readonly entity: TeamEntity;
  readonly guid: string;
  readonly op: 'upsert' | 'delete';
  readonly changeGuid: string;
  readonly createdAt: string;
}

export function countOutbox(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM team_outbox').get() as { n: number }).n;
}

/** The oldest local changes not yet on the server. */
export function listOutbox(db: Db, limit: number): OutboxEntry[] {
  return db
    .prepare(
      `SELECT id, entity, guid, op, change_guid AS changeGuid, created_at AS createdAt
       FROM team_outbox ORDER BY id LIMIT ?`,
    )
    .all(limit) as OutboxEntry[];
}

/** Removes entries the server has committed (or that a conflict rule settled). */
export function deleteOutboxEntries(db: Db, ids: readonly number[]): void {
  const remove = db.prepare('DELETE FROM team_outbox WHERE id = ?');
  for (const id of ids) remove.run(id);
}

/** The newest pending local change to a row, if any. */
export function pendingChangeOf(db: Db, entity: TeamEntity, guid: string): OutboxEntry | undefined {
  return db
    .prepare(
      `SELECT id, entity, guid, op, change_guid AS changeGuid, created_at AS createdAt
       FROM team_outbox WHERE entity = ? AND guid = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(entity, guid) as OutboxEntry | undefined;
}

export function dropPendingChanges(db: Db, entity: TeamEntity, guid: string): void {
  db.prepare('DELETE FROM team_outbox WHERE entity = ? AND guid = ?').run(entity, guid);
}

export interface DeferredRow {
  readonly entity: TeamEntity;
  readonly guid: string;
  readonly data: string;
  readonly rev: number;
}

export function listDeferred(db: Db): DeferredRow[] {
  return db.prepare('SELECT entity, guid, data, rev FROM team_deferred ORDER BY rev').all() as DeferredRow[];
}

export function deferRow(db: Db, row: DeferredRow): void {
  db.prepare(
    `INSERT INTO team_deferred (entity, guid, data, rev) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity, guid) DO UPDATE SET data = excluded.data, rev = excluded.rev`,
  ).run(row.entity, row.guid, row.data, row.rev);
}

export function forgetDeferred(db: Db, entity: TeamEntity, guid: string): void {
  db.prepare('DELETE FROM team_deferred WHERE entity = ? AND guid = ?').run(entity, guid);
}

export interface TeamConflictRow {
  readonly entity: string;
  readonly guid: string;
  readonly rule: string;
  readonly detail: string;
  readonly recordedAt: string;
}

export function recordTeamConflict(db: Db, conflict: Omit<TeamConflictRow, 'recordedAt'>): void {
  db.prepare(
    'INSERT INTO team_conflicts (entity, guid, rule, detail, recorded_at) VALUES (?, ?, ?, ?, ?)',
  ).run(conflict.entity, conflict.guid, conflict.rule, conflict.detail, new Date().toISOString());
}

export function listTeamConflicts(db: Db): TeamConflictRow[] {
  return db
    .prepare('SELECT entity, guid, rule, detail, recorded_at AS recordedAt FROM team_conflicts ORDER BY id')
    .all() as TeamConflictRow[];
}

/** The GUID of a coder row, by id. */
export function coderGuidOf(db: Db, id: number): string {
  return (db.prepare('SELECT guid FROM coders WHERE id = ?').get(id) as { guid: string }).guid;
}

/** Gives the member's coder row (found by GUID) the identity's name, when it is free. */
export function renameCoderIfFree(db: Db, guid: string, name: string): void {
  const taken = db.prepare('SELECT 1 FROM coders WHERE name = ? AND guid <> ?').get(name, guid);
  if (!taken) db.prepare('UPDATE coders SET name = ? WHERE guid = ?').run(name, guid);
}

/** Unlinks the project (a publish that failed on the server); its outbox goes with it. */
export function deleteTeamLink(db: Db): void {
  db.prepare('DELETE FROM team_link').run();
  db.prepare('DELETE FROM team_outbox').run();
}

/** A coder row's id and GUID by name. */
export function coderByName(
  db: Db,
  name: string,
): { readonly id: number; readonly guid: string } | undefined {
  return db.prepare('SELECT id, guid FROM coders WHERE name = ?').get(name) as
    { id: number; guid: string } | undefined;
}

/**
 * Gives one coder's work (codings, unplaced codings, memos) to another and removes the first
 * (the caller's transaction). Used when a member's identity was renamed after they joined.
 */
export function moveCoderWork(db: Db, fromId: number, toId: number): void {
  db.prepare('UPDATE codings SET coder_id = ? WHERE coder_id = ?').run(toId, fromId);
  db.prepare('UPDATE unplaced_codings SET coder_id = ? WHERE coder_id = ?').run(toId, fromId);
  db.prepare('UPDATE memos SET author_id = ? WHERE author_id = ?').run(toId, fromId);
  db.prepare('UPDATE events SET coder_id = ? WHERE coder_id = ?').run(toId, fromId);
  db.prepare('DELETE FROM coders WHERE id = ?').run(fromId);
}
