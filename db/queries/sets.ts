import type { Db } from '../open.ts';
import type { SetKind } from '../../app/contract/enums.ts';

// Document sets and code groups share one shape: a named set of members.
export type { SetKind };

const TABLES: Record<SetKind, { sets: string; members: string; owner: string; member: string }> = {
  document: {
    sets: 'document_sets',
    members: 'document_set_members',
    owner: 'set_id',
    member: 'document_id',
  },
  code: { sets: 'code_groups', members: 'code_group_members', owner: 'group_id', member: 'code_id' },
};

export interface SetRow {
  readonly id: number;
  readonly guid: string;
  readonly name: string;
  readonly memberIds: readonly number[];
}

export function listSets(db: Db, kind: SetKind): SetRow[] {
  const t = TABLES[kind];
  const sets = db.prepare(`SELECT id, guid, name FROM ${t.sets} ORDER BY name COLLATE NOCASE`).all() as {
    id: number;
    guid: string;
    name: string;
  }[];
  const members = db.prepare(
    `SELECT ${t.member} AS member FROM ${t.members} WHERE ${t.owner} = ? ORDER BY ${t.member}`,
  );
  return sets.map((set) => ({
    ...set,
    memberIds: (members.all(set.id) as { member: number }[]).map((row) => row.member),
  }));
}

export function insertSet(db: Db, kind: SetKind, guid: string, name: string): number {
  return Number(
    db.prepare(`INSERT INTO ${TABLES[kind].sets} (guid, name) VALUES (?, ?)`).run(guid, name).lastInsertRowid,
  );
}

export function renameSet(db: Db, kind: SetKind, id: number, name: string): void {
  db.prepare(`UPDATE ${TABLES[kind].sets} SET name = ? WHERE id = ?`).run(name, id);
}

export function setMembers(db: Db, kind: SetKind, id: number, memberIds: readonly number[]): void {
  const t = TABLES[kind];
  db.prepare(`DELETE FROM ${t.members} WHERE ${t.owner} = ?`).run(id);
  const insert = db.prepare(`INSERT OR IGNORE INTO ${t.members} (${t.owner}, ${t.member}) VALUES (?, ?)`);
  for (const member of memberIds) insert.run(id, member);
}

/** The sets (of `kind`) holding any of these members, by id. */
export function setIdsHoldingAny(db: Db, kind: SetKind, memberIds: readonly number[]): number[] {
  if (memberIds.length === 0) return [];
  const t = TABLES[kind];
  return db
    .prepare(
      `SELECT DISTINCT ${t.owner} FROM ${t.members} WHERE ${t.member} IN (${memberIds.map(() => '?').join(', ')}) ORDER BY ${t.owner}`,
    )
    .pluck()
    .all(...memberIds) as number[];
}

/** Takes these members out of one set; the other members keep their rows. */
export function removeSetMembers(db: Db, kind: SetKind, id: number, memberIds: readonly number[]): void {
  const t = TABLES[kind];
  const remove = db.prepare(`DELETE FROM ${t.members} WHERE ${t.owner} = ? AND ${t.member} = ?`);
  for (const member of memberIds) remove.run(id, member);
}
