import type { Db } from '../open.ts';
import type { SetKind } from './sets.ts';

// REFI-QDA sets carry a GUID; ours are unique by name too, so an imported set is found by
// either before a new one is made.
const SET_TABLES: Record<SetKind, { sets: string; members: string; owner: string; member: string }> = {
  document: {
    sets: 'document_sets',
    members: 'document_set_members',
    owner: 'set_id',
    member: 'document_id',
  },
  code: { sets: 'code_groups', members: 'code_group_members', owner: 'group_id', member: 'code_id' },
};

/** A set of this kind with this GUID, else with this name (case-insensitive). */
export function findSetByGuidOrName(db: Db, kind: SetKind, guid: string, name: string): number | undefined {
  const table = SET_TABLES[kind].sets;
  const row = (db.prepare(`SELECT id FROM ${table} WHERE guid = ?`).get(guid) ??
    db.prepare(`SELECT id FROM ${table} WHERE name = ? COLLATE NOCASE`).get(name)) as
    { id: number } | undefined;
  return row?.id;
}

/** Adds members a set lacks (never removes any); returns how many were new. */
export function addSetMembers(db: Db, kind: SetKind, setId: number, memberIds: readonly number[]): number {
  const t = SET_TABLES[kind];
  const insert = db.prepare(`INSERT OR IGNORE INTO ${t.members} (${t.owner}, ${t.member}) VALUES (?, ?)`);
  let added = 0;
  for (const member of memberIds) added += insert.run(setId, member).changes;
  return added;
}
