import type pg from 'pg';
import { TEAM_ENTITIES, TEAM_ROLES, type TeamEntity, type TeamRole } from './entities.ts';
import {
  grantsFor,
  groupRole,
  latestServerSchemaVersion,
  quoteIdent,
  serverMigrations,
} from './serverSchema.ts';

/** A connection to a team server (node-postgres). Every query of the server is in db/team/. */
export type ServerClient = pg.Client;

/**
 * A client of the team server. The Postgres library is loaded when a server is first
 * reached, not when the app or a command starts: most never reach one, and loading it
 * was a tenth of the main thread's CPU in a command-line export (profiled).
 */
async function newClient(config: pg.ClientConfig): Promise<pg.Client> {
  const { default: postgres } = await import('pg');
  return new postgres.Client(config);
}

export async function connectServer(config: pg.ClientConfig): Promise<ServerClient> {
  const client = await newClient(config);
  // A dropped connection must not crash the process; the pending query rejects instead.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Runs work in one transaction: committed when it returns, rolled back when it throws. */
export async function inServerTransaction<T>(
  client: ServerClient,
  work: () => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  await client.query(begin);
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export interface ServerProject {
  readonly projectId: string;
  readonly name: string;
  readonly rolePrefix: string;
  readonly blind: boolean;
  readonly visibilityEpoch: number;
}

export interface ServerState {
  /** null: the database has no Verbatim schema (or the caller may not see it). */
  readonly schemaVersion: number | null;
  /** The schema exists but the caller has no access to it: not a member of the project. */
  readonly closed: boolean;
  readonly project: ServerProject | null;
  /** The connected user's project role, null when not a member. */
  readonly role: TeamRole | null;
}

export async function readServerState(client: ServerClient): Promise<ServerState> {
  const exists = await client.query<{ found: boolean; usable: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'verbatim') AS found,
            EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'verbatim'
                    AND has_schema_privilege(oid, 'USAGE')) AS usable`,
  );
  const { found = false, usable = false } = exists.rows[0] ?? {};
  if (!found || !usable) return { schemaVersion: null, closed: found, project: null, role: null };
  const version = await client.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM verbatim.schema_migrations',
  );
  const project = await client.query<{
    project_id: string;
    name: string;
    role_prefix: string;
    blind: boolean;
    visibility_epoch: number;
  }>('SELECT project_id, name, role_prefix, blind, visibility_epoch FROM verbatim.project');
  const row = project.rows[0];
  const role = row
    ? ((await client.query<{ role: TeamRole | null }>('SELECT verbatim.project_role() AS role')).rows[0]
        ?.role ?? null)
    : null;
  return {
    schemaVersion: version.rows[0]?.version ?? 0,
    closed: false,
    project: row
      ? {
          projectId: row.project_id,
          name: row.name,
          rolePrefix: row.role_prefix,
          blind: row.blind,
          visibilityEpoch: row.visibility_epoch,
        }
      : null,
    role,
  };
}

/** Creates or migrates the `verbatim` schema (the caller's transaction). */
export async function migrateServer(client: ServerClient, from: number | null): Promise<void> {
  if (from === null) await client.query('CREATE SCHEMA verbatim');
  for (const migration of serverMigrations) {
    if (from !== null && migration.version <= from) continue;
    await client.query(migration.sql);
    await client.query('INSERT INTO verbatim.schema_migrations (version, name) VALUES ($1, $2)', [
      migration.version,
      migration.name,
    ]);
  }
}

export { latestServerSchemaVersion };

/** Migrates an older `verbatim` schema and grants its new tables (the lead; one transaction). */
export async function upgradeServer(client: ServerClient, from: number, prefix: string): Promise<void> {
  await inServerTransaction(client, async () => {
    await migrateServer(client, from);
    await client.query(grantsFor(prefix));
  });
}

/** The project's three group roles (NOLOGIN) and their privileges; the caller's transaction. */
export async function setUpProjectRoles(client: ServerClient, prefix: string): Promise<void> {
  for (const role of TEAM_ROLES) {
    await client.query(`CREATE ROLE ${quoteIdent(groupRole(prefix, role))} NOLOGIN`);
  }
  await client.query(grantsFor(prefix));
}

export async function insertServerProject(
  client: ServerClient,
  project: Pick<ServerProject, 'projectId' | 'name' | 'rolePrefix' | 'blind'>,
): Promise<void> {
  await client.query(
    'INSERT INTO verbatim.project (project_id, name, role_prefix, blind) VALUES ($1, $2, $3, $4)',
    [project.projectId, project.name, project.rolePrefix, project.blind],
  );
}

/**
 * Makes an existing login a member with that role; `coderGuid`, when given, is the coder whose
 * work is theirs (kept if they already have one).
 */
export async function grantMembership(
  client: ServerClient,
  prefix: string,
  login: string,
  role: TeamRole,
  coderGuid: string | null,
): Promise<void> {
  await client.query(`GRANT ${quoteIdent(groupRole(prefix, role))} TO ${quoteIdent(login)}`);
  await client.query(
    `INSERT INTO verbatim.members (role_name, project_role, coder_guid) VALUES ($1, $2, $3)
     ON CONFLICT (role_name) DO UPDATE SET project_role = EXCLUDED.project_role,
       coder_guid = COALESCE(verbatim.members.coder_guid, EXCLUDED.coder_guid)`,
    [login, role, coderGuid],
  );
}

/** Creates a member's login role with its password (escaped by the server's format()). */
export async function createLoginRole(client: ServerClient, login: string, password: string): Promise<void> {
  const statement = await client.query<{ sql: string }>(
    "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', $1::text, $2::text) AS sql",
    [login, password],
  );
  await client.query(statement.rows[0]?.sql ?? '');
}

export async function roleExists(client: ServerClient, login: string): Promise<boolean> {
  const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login]);
  return found.rowCount === 1;
}

export async function currentLogin(client: ServerClient): Promise<string> {
  return (await client.query<{ login: string }>('SELECT current_user AS login')).rows[0]?.login ?? '';
}

/** Records the coder whose work is the caller's, the first time; returns the one recorded. */
export async function claimCoder(client: ServerClient, coderGuid: string): Promise<string | null> {
  const claimed = await client.query<{ coder: string | null }>('SELECT verbatim.claim_coder($1) AS coder', [
    coderGuid,
  ]);
  return claimed.rows[0]?.coder ?? null;
}

export async function noteSync(client: ServerClient): Promise<void> {
  await client.query('SELECT verbatim.note_sync()');
}

export async function setServerBlind(client: ServerClient, blind: boolean): Promise<void> {
  await client.query('UPDATE verbatim.project SET blind = $1', [blind]);
}

export interface ServerMember {
  readonly name: string;
  readonly role: TeamRole;
  readonly coderGuid: string | null;
  readonly lastSyncAt: string | null;
  /** Codings of the member's coder that the caller may see. */
  readonly codings: number;
}

export async function listServerMembers(client: ServerClient): Promise<ServerMember[]> {
  const result = await client.query<{
    name: string;
    role: TeamRole;
    coder_guid: string | null;
    last_sync_at: Date | null;
    codings: string;
  }>(
    `SELECT m.role_name AS name, m.project_role AS role, m.coder_guid, m.last_sync_at,
            (SELECT count(*) FROM verbatim.codings c WHERE c.owner = m.coder_guid) AS codings
     FROM verbatim.members m ORDER BY m.role_name`,
  );
  return result.rows.map((row) => ({
    name: row.name,
    role: row.role,
    coderGuid: row.coder_guid,
    lastSyncAt: row.last_sync_at?.toISOString() ?? null,
    codings: Number(row.codings),
  }));
}

/** One row to write on the server. */
export interface ServerRow {
  readonly entity: TeamEntity;
  readonly guid: string;
  readonly data: Record<string, unknown>;
}

export interface PushBatch {
  readonly changeGuids: readonly string[];
  /** Rows to write, each with the change GUIDs it carries (written if one of them is new). */
  readonly upserts: readonly (ServerRow & { readonly changes: readonly string[] })[];
  readonly deletes: readonly {
    readonly entity: TeamEntity;
    readonly guid: string;
    readonly changes: readonly string[];
  }[];
  /** Codes merged by the lead: source → target. */
  readonly redirects: readonly {
    readonly source: string;
    readonly target: string;
    readonly changes: readonly string[];
  }[];
  /** Proposals a coder adds (insert only: the lead decides). */
  readonly proposals: readonly (ServerRow & { readonly changes: readonly string[] })[];
  /** The newest revision the client has pulled: a row changed by someone else since is stale. */
  readonly cursor: number;
}

export interface PushOutcome {
  /** Change GUIDs this push applied (the others were applied by an earlier, interrupted push). */
  readonly applied: number;
  /** Rows a deletion removed although someone else had changed them (deletion wins). */
  readonly deletedOverEdits: readonly { readonly entity: TeamEntity; readonly guid: string }[];
}

/** Someone else changed a row since the client's last pull: pull, then push again. */
export class StaleRowError extends Error {
  constructor(
    readonly entity: TeamEntity,
    readonly guids: readonly string[],
  ) {
    super(`${guids.length} ${entity} row(s) changed on the server since the last pull.`);
    this.name = 'StaleRowError';
  }
}

/**
 * One batch of local changes in one server transaction. The change GUIDs go into
 * applied_changes first (ON CONFLICT DO NOTHING): a change already applied by an earlier push
 * (killed before it could clear its outbox) is skipped, so a repeated push changes nothing.
 */
export async function pushBatch(client: ServerClient, batch: PushBatch): Promise<PushOutcome> {
  return inServerTransaction(client, async () => {
    const fresh = new Set(
      (
        await client.query<{ change_guid: string }>(
          `INSERT INTO verbatim.applied_changes (change_guid) SELECT unnest($1::text[])
           ON CONFLICT DO NOTHING RETURNING change_guid`,
          [batch.changeGuids],
        )
      ).rows.map((row) => row.change_guid),
    );
    const isFresh = (item: { readonly changes: readonly string[] }): boolean =>
      item.changes.some((change) => fresh.has(change));
    for (const entity of TEAM_ENTITIES) {
      const rows = batch.upserts.filter((row) => row.entity === entity && isFresh(row));
      if (rows.length > 0) await upsertRows(client, entity, rows, batch.cursor);
    }
    const proposals = batch.proposals.filter(isFresh);
    if (proposals.length > 0) {
      await client.query(
        `INSERT INTO verbatim.proposals (guid, data) SELECT g, d::jsonb FROM unnest($1::text[], $2::text[]) AS t(g, d)
         ON CONFLICT (guid) DO NOTHING`,
        [proposals.map((row) => row.guid), proposals.map((row) => JSON.stringify(row.data))],
      );
    }
    for (const redirect of batch.redirects.filter(isFresh)) {
      await client.query(
        `INSERT INTO verbatim.code_redirects (source_guid, target_guid) VALUES ($1, $2)
         ON CONFLICT (source_guid) DO UPDATE SET target_guid = EXCLUDED.target_guid`,
        [redirect.source, redirect.target],
      );
    }
    const deletedOverEdits: { entity: TeamEntity; guid: string }[] = [];
    for (const entity of [...TEAM_ENTITIES].reverse()) {
      const guids = batch.deletes
        .filter((row) => row.entity === entity && isFresh(row))
        .map((row) => row.guid);
      if (guids.length === 0) continue;
      const deleted = await client.query<{ guid: string; rev: string; updated_by: string }>(
        `DELETE FROM verbatim.${entity} WHERE guid = ANY($1::text[]) RETURNING guid, rev, updated_by`,
        [guids],
      );
      for (const row of deleted.rows) {
        if (Number(row.rev) > batch.cursor && row.updated_by !== client.user) {
          deletedOverEdits.push({ entity, guid: row.guid });
        }
      }
    }
    if (deletedOverEdits.length > 0) {
      await client.query(
        `INSERT INTO verbatim.conflicts (entity, guid, rule) SELECT e, g, 'deletion-wins' FROM unnest($1::text[], $2::text[]) AS t(e, g)`,
        [deletedOverEdits.map((row) => row.entity), deletedOverEdits.map((row) => row.guid)],
      );
    }
    return { applied: fresh.size, deletedOverEdits };
  });
}

async function upsertRows(
  client: ServerClient,
  entity: TeamEntity,
  rows: readonly ServerRow[],
  cursor: number,
): Promise<void> {
  const written = await client.query<{ guid: string }>(
    `INSERT INTO verbatim.${entity} AS t (guid, data)
       SELECT g, d::jsonb FROM unnest($1::text[], $2::text[]) AS s(g, d)
     ON CONFLICT (guid) DO UPDATE SET data = EXCLUDED.data
       WHERE t.rev <= $3 OR t.updated_by = current_user
     RETURNING guid`,
    [rows.map((row) => row.guid), rows.map((row) => JSON.stringify(row.data)), cursor],
  );
  if (written.rowCount !== rows.length) {
    const done = new Set(written.rows.map((row) => row.guid));
    throw new StaleRowError(
      entity,
      rows.filter((row) => !done.has(row.guid)).map((row) => row.guid),
    );
  }
}

/** Uploads rows as they are (publish), in the caller's transaction. */
export async function uploadRows(
  client: ServerClient,
  entity: TeamEntity,
  rows: readonly ServerRow[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 2000) {
    const chunk = rows.slice(start, start + 2000);
    await client.query(
      `INSERT INTO verbatim.${entity} (guid, data) SELECT g, d::jsonb FROM unnest($1::text[], $2::text[]) AS s(g, d)`,
      [chunk.map((row) => row.guid), chunk.map((row) => JSON.stringify(row.data))],
    );
  }
}

/** The server's rows of an entity by GUID (what a coder's refused codebook edit is compared to). */
export async function readServerRows(
  client: ServerClient,
  entity: TeamEntity,
  guids: readonly string[],
): Promise<Map<string, Record<string, unknown>>> {
  const result = await client.query<{ guid: string; data: Record<string, unknown> }>(
    `SELECT guid, data FROM verbatim.${entity} WHERE guid = ANY($1::text[])`,
    [guids],
  );
  return new Map(result.rows.map((row) => [row.guid, row.data]));
}

export interface PulledRow {
  readonly entity: TeamEntity;
  readonly guid: string;
  readonly data: Record<string, unknown>;
  readonly rev: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface PulledChanges {
  readonly rows: readonly PulledRow[];
  readonly tombstones: readonly {
    readonly entity: TeamEntity;
    readonly guid: string;
    readonly rev: number;
    readonly deletedBy: string;
  }[];
  readonly redirects: readonly { readonly source: string; readonly target: string; readonly rev: number }[];
  readonly project: ServerProject;
  /** The highest revision read (the new cursor), or the old cursor when nothing came. */
  readonly newCursor: number;
}

/**
 * Everything the caller may read that changed after the cursor, in one snapshot (repeatable
 * read): the revisions committed so far form a prefix (see `stamp`), so the highest one read
 * is a safe cursor. Rows hidden by row-level security are not read. When the snapshot's
 * visibility epoch is not `epoch` (the one the cursor was read under), blind mode changed
 * since: everything is read from revision 0. The epoch is compared inside the snapshot, so a
 * change of blind mode committed after the caller last looked cannot slip between the two.
 */
export async function pullChanges(
  client: ServerClient,
  fromCursor: number,
  epoch?: number,
): Promise<PulledChanges> {
  return inServerTransaction(
    client,
    async () => {
      const state = await readServerState(client);
      if (state.project === null) throw new Error('The team project is missing from the server.');
      const cursor = epoch === undefined || state.project.visibilityEpoch === epoch ? fromCursor : 0;
      const rows: PulledRow[] = [];
      let newCursor = cursor;
      for (const entity of TEAM_ENTITIES) {
        const result = await client.query<{
          guid: string;
          data: Record<string, unknown>;
          rev: string;
          updated_by: string;
          updated_at: Date;
        }>(
          `SELECT guid, data, rev, updated_by, updated_at FROM verbatim.${entity} WHERE rev > $1 ORDER BY rev`,
          [cursor],
        );
        for (const row of result.rows) {
          const rev = Number(row.rev);
          newCursor = Math.max(newCursor, rev);
          rows.push({
            entity,
            guid: row.guid,
            data: row.data,
            rev,
            updatedBy: row.updated_by,
            updatedAt: row.updated_at.toISOString(),
          });
        }
      }
      const tombstones = (
        await client.query<{ entity: TeamEntity; guid: string; rev: string; deleted_by: string }>(
          'SELECT entity, guid, rev, deleted_by FROM verbatim.tombstones WHERE rev > $1 ORDER BY rev',
          [cursor],
        )
      ).rows
        .filter((row) => (TEAM_ENTITIES as readonly string[]).includes(row.entity))
        .map((row) => ({
          entity: row.entity,
          guid: row.guid,
          rev: Number(row.rev),
          deletedBy: row.deleted_by,
        }));
      const redirects = (
        await client.query<{ source_guid: string; target_guid: string; rev: string }>(
          'SELECT source_guid, target_guid, rev FROM verbatim.code_redirects WHERE rev > $1 ORDER BY rev',
          [cursor],
        )
      ).rows.map((row) => ({ source: row.source_guid, target: row.target_guid, rev: Number(row.rev) }));
      for (const item of [...tombstones, ...redirects]) newCursor = Math.max(newCursor, item.rev);
      return { rows, tombstones, redirects, project: state.project, newCursor };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

/** For tests and the bench: how many change GUIDs the server has applied. */
export async function countAppliedChanges(client: ServerClient): Promise<number> {
  return Number(
    (await client.query<{ n: string }>('SELECT count(*) AS n FROM verbatim.applied_changes')).rows[0]?.n,
  );
}

/**
 * Calls onChange(newest revision) each time someone commits a change on the server
 * (LISTEN verbatim_changes). Returns a function that stops listening and closes the
 * connection. The connection is its own, kept open while listening.
 */
export async function listenOnServer(
  config: pg.ClientConfig,
  onChange: (rev: number) => void,
  onError: (error: Error) => void,
): Promise<() => Promise<void>> {
  const client = await newClient(config);
  client.on('error', onError);
  client.on('notification', (message) => {
    if (message.channel === 'verbatim_changes') onChange(Number(message.payload ?? 0));
  });
  await client.connect();
  await client.query('LISTEN verbatim_changes');
  return async () => {
    await client.end().catch(() => undefined);
  };
}

/** The newest revision handed out (the cursor of a client that wrote everything itself). */
export async function currentRevision(client: ServerClient): Promise<number> {
  const result = await client.query<{ rev: string }>(
    'SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS rev FROM verbatim.revs',
  );
  return Number(result.rows[0]?.rev ?? 0);
}

/** The member's coder, as recorded on the server (null before they first joined). */
export async function myCoderOnServer(client: ServerClient): Promise<string | null> {
  const result = await client.query<{ coder: string | null }>('SELECT verbatim.my_coder() AS coder');
  return result.rows[0]?.coder ?? null;
}
