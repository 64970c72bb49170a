import type { Migration } from './index.ts';

// Team server (docs/TEAM.md). `team_link` says which server the project syncs with (the
// address without its password, which is never stored), as which member, and how far its
// pull has read. Every change to a shared table lands in `team_outbox` through triggers, the
// one place every operation passes through, so no operation can forget to sync; they are
// silent while the project is not linked (no link row) and while a pull applies the server's
// rows (`applying`, set inside the pull's transaction: triggers on main tables cannot read
// temp tables). A child row (a turn, a case's documents or values, a set's members) counts
// as a change to its parent. `team_deferred` keeps pulled rows whose parents have not come
// yet; `team_conflicts` records what the conflict rules decided.
const SYNCED: readonly (readonly [string, string])[] = [
  ['coders', 'coders'],
  ['codes', 'codes'],
  ['documents', 'documents'],
  ['attributes', 'attributes'],
  ['cases', 'cases'],
  ['document_sets', 'document_sets'],
  ['code_groups', 'code_groups'],
  ['codings', 'codings'],
  ['unplaced_codings', 'unplaced_codings'],
  ['memos', 'memos'],
  ['proposals', 'proposals'],
];

// [child table, parent entity, parent table, the child's column naming the parent]
const CHILDREN: readonly (readonly [string, string, string])[] = [
  ['segments', 'documents', 'document_id'],
  ['case_documents', 'cases', 'case_id'],
  ['attribute_values', 'cases', 'case_id'],
  ['document_set_members', 'document_sets', 'set_id'],
  ['code_group_members', 'code_groups', 'group_id'],
];

const ACTIVE = 'WHEN (SELECT applying FROM team_link) = 0';
const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
const CHANGE_GUID = 'lower(hex(randomblob(16)))';

function rowTriggers(table: string, entity: string): string {
  return (['INSERT', 'UPDATE', 'DELETE'] as const)
    .map((event) => {
      const row = event === 'DELETE' ? 'old' : 'new';
      const op = event === 'DELETE' ? 'delete' : 'upsert';
      return `CREATE TRIGGER team_outbox_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} ${ACTIVE} BEGIN
  INSERT INTO team_outbox (entity, guid, op, change_guid, created_at)
    VALUES ('${entity}', ${row}.guid, '${op}', ${CHANGE_GUID}, ${NOW});
END;`;
    })
    .join('\n');
}

function childTriggers(table: string, entity: string, column: string): string {
  return (['INSERT', 'UPDATE', 'DELETE'] as const)
    .map((event) => {
      const row = event === 'DELETE' ? 'old' : 'new';
      return `CREATE TRIGGER team_outbox_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} ${ACTIVE} BEGIN
  INSERT INTO team_outbox (entity, guid, op, change_guid, created_at)
    SELECT '${entity}', guid, 'upsert', ${CHANGE_GUID}, ${NOW} FROM ${entity} WHERE id = ${row}.${column};
END;`;
    })
    .join('\n');
}

export const migration012TeamSync: Migration = {
  version: 12,
  name: 'team-sync',
  sql: `
CREATE TABLE team_link (
  only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
  url TEXT NOT NULL,
  member TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('lead', 'coder', 'viewer')),
  project_id TEXT NOT NULL,
  coder_guid TEXT,
  pull_cursor INTEGER NOT NULL DEFAULT 0,
  visibility_epoch INTEGER NOT NULL DEFAULT 0,
  blind INTEGER NOT NULL DEFAULT 0,
  last_sync_at TEXT,
  last_error TEXT,
  applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1))
);
CREATE TABLE team_outbox (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  guid TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
  change_guid TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE INDEX team_outbox_row ON team_outbox(entity, guid);
CREATE TABLE team_deferred (
  entity TEXT NOT NULL,
  guid TEXT NOT NULL,
  data TEXT NOT NULL,
  rev INTEGER NOT NULL,
  PRIMARY KEY (entity, guid)
);
CREATE TABLE team_conflicts (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  guid TEXT NOT NULL,
  rule TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}',
  recorded_at TEXT NOT NULL
);
${SYNCED.map(([table, entity]) => rowTriggers(table, entity)).join('\n')}
${CHILDREN.map(([table, entity, column]) => childTriggers(table, entity, column)).join('\n')}
`,
};
