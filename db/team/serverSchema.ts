import { ENTITY_KIND, OWNER_OF, TEAM_ENTITIES, type TeamEntity } from './entities.ts';

/**
 * The team server's schema, `verbatim` in the team's PostgreSQL database, versioned by its
 * own migrations table (`verbatim.schema_migrations`), created on publish and migrated by
 * the lead's client on connect. Shipped server migrations are never edited: add one.
 * docs/TEAM.md describes the model; the roles and grants, which name the project's group
 * roles, are applied by `grantsFor` after the migrations.
 */
export interface ServerMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every statement that stamps a row takes this lock first: see `stamp` below. */
const REV_LOCK = 5_652_314;

const sqlOf = (parts: readonly string[]): string => parts.join('\n');

const roleOf = '(SELECT verbatim.project_role())';

function entityTable(entity: TeamEntity): string {
  const owner = OWNER_OF[entity];
  const ownerColumn = owner === undefined ? '' : `  owner text GENERATED ALWAYS AS (${owner}) STORED,\n`;
  const read =
    ENTITY_KIND[entity] === 'own' && entity !== 'coders'
      ? // Blind mode, held by the server: a coder reads only their own work.
        `${roleOf} IS NOT NULL AND (NOT (SELECT verbatim.is_blind()) OR ${roleOf} = 'lead' OR owner = (SELECT verbatim.my_coder()))`
      : `${roleOf} IS NOT NULL`;
  const policies = [
    `CREATE POLICY members_read ON verbatim.${entity} FOR SELECT USING (${read});`,
    `CREATE POLICY lead_writes ON verbatim.${entity} FOR ALL USING (${roleOf} = 'lead') WITH CHECK (${roleOf} = 'lead');`,
  ];
  if (ENTITY_KIND[entity] === 'own') {
    const own = `${roleOf} = 'coder' AND owner = (SELECT verbatim.my_coder())`;
    policies.push(
      `CREATE POLICY own_writes ON verbatim.${entity} FOR ALL USING (${own}) WITH CHECK (${own});`,
    );
  }
  if (ENTITY_KIND[entity] === 'proposal') {
    policies.push(
      `CREATE POLICY coders_propose ON verbatim.${entity} FOR INSERT WITH CHECK (${roleOf} = 'coder');`,
    );
  }
  return sqlOf([
    `CREATE TABLE verbatim.${entity} (
  guid text PRIMARY KEY,
  data jsonb NOT NULL,
${ownerColumn}  rev bigint NOT NULL,
  updated_by name NOT NULL DEFAULT current_user,
  updated_at timestamptz NOT NULL DEFAULT now()
);`,
    `CREATE INDEX ${entity}_rev ON verbatim.${entity} (rev);`,
    `CREATE TRIGGER b_stamp BEFORE INSERT OR UPDATE ON verbatim.${entity} FOR EACH ROW EXECUTE FUNCTION verbatim.stamp();`,
    `CREATE TRIGGER c_bury AFTER DELETE ON verbatim.${entity} FOR EACH ROW EXECUTE FUNCTION verbatim.bury();`,
    `CREATE TRIGGER d_notify AFTER INSERT OR UPDATE OR DELETE ON verbatim.${entity} FOR EACH STATEMENT EXECUTE FUNCTION verbatim.notify();`,
    `ALTER TABLE verbatim.${entity} ENABLE ROW LEVEL SECURITY;`,
    `ALTER TABLE verbatim.${entity} FORCE ROW LEVEL SECURITY;`,
    ...policies,
  ]);
}

const migration1 = sqlOf([
  `CREATE TABLE verbatim.schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);`,
  // One global sequence: every write and every deletion takes the next value, so a client's
  // cursor is one number. Stamping takes a transaction-scoped lock first, so revisions are
  // handed out in commit order: a reader never sees rev n+1 committed while rev n is still to
  // come (else a pull could step over a row committed late).
  'CREATE SEQUENCE verbatim.revs;',
  `CREATE TABLE verbatim.project (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  project_id text NOT NULL,
  name text NOT NULL,
  role_prefix text NOT NULL UNIQUE,
  blind boolean NOT NULL DEFAULT false,
  visibility_epoch integer NOT NULL DEFAULT 0,
  published_at timestamptz NOT NULL DEFAULT now()
);`,
  `CREATE TABLE verbatim.members (
  role_name name PRIMARY KEY,
  project_role text NOT NULL CHECK (project_role IN ('lead', 'coder', 'viewer')),
  coder_guid text UNIQUE,
  last_sync_at timestamptz,
  added_at timestamptz NOT NULL DEFAULT now()
);`,
  `CREATE TABLE verbatim.tombstones (
  entity text NOT NULL,
  guid text NOT NULL,
  rev bigint NOT NULL,
  deleted_by name NOT NULL,
  deleted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entity, guid)
);`,
  'CREATE INDEX tombstones_rev ON verbatim.tombstones (rev);',
  `CREATE TABLE verbatim.applied_changes (
  change_guid text PRIMARY KEY,
  applied_by name NOT NULL DEFAULT current_user,
  applied_at timestamptz NOT NULL DEFAULT now()
);`,
  `CREATE TABLE verbatim.code_redirects (
  source_guid text PRIMARY KEY,
  target_guid text NOT NULL,
  rev bigint NOT NULL,
  updated_by name NOT NULL DEFAULT current_user,
  updated_at timestamptz NOT NULL DEFAULT now()
);`,
  `CREATE TABLE verbatim.conflicts (
  id bigserial PRIMARY KEY,
  entity text NOT NULL,
  guid text NOT NULL,
  rule text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}',
  recorded_by name NOT NULL DEFAULT current_user,
  recorded_at timestamptz NOT NULL DEFAULT now()
);`,
  // The caller's project role, from their membership of the project's group roles.
  `CREATE FUNCTION verbatim.project_role() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN pg_has_role(current_user, p.role_prefix || '_lead', 'MEMBER') THEN 'lead'
    WHEN pg_has_role(current_user, p.role_prefix || '_coder', 'MEMBER') THEN 'coder'
    WHEN pg_has_role(current_user, p.role_prefix || '_viewer', 'MEMBER') THEN 'viewer'
  END FROM verbatim.project p
$$;`,
  `CREATE FUNCTION verbatim.my_coder() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coder_guid FROM verbatim.members WHERE role_name = current_user
$$;`,
  `CREATE FUNCTION verbatim.is_blind() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT blind FROM verbatim.project
$$;`,
  `CREATE FUNCTION verbatim.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(${REV_LOCK});
  NEW.rev := nextval('verbatim.revs');
  NEW.updated_by := current_user;
  NEW.updated_at := now();
  RETURN NEW;
END
$$;`,
  // Deletions leave a tombstone, so that pulls delete the row too. A coder cannot write
  // tombstones directly: the trigger runs as the schema's owner.
  `CREATE FUNCTION verbatim.bury() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = verbatim, pg_temp AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(${REV_LOCK});
  INSERT INTO verbatim.tombstones (entity, guid, rev, deleted_by)
    VALUES (TG_TABLE_NAME, OLD.guid, nextval('verbatim.revs'), session_user)
    ON CONFLICT (entity, guid) DO UPDATE
      SET rev = EXCLUDED.rev, deleted_by = EXCLUDED.deleted_by, deleted_at = now();
  RETURN OLD;
END
$$;`,
  // Live updates: clients LISTEN on verbatim_changes; the payload is the newest revision.
  `CREATE FUNCTION verbatim.notify() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = verbatim, pg_temp AS $$
BEGIN
  PERFORM pg_notify('verbatim_changes', (SELECT last_value FROM verbatim.revs)::text);
  RETURN NULL;
END
$$;`,
  // A code merged by the lead: codings pushed later for the merged code land on its target.
  `CREATE FUNCTION verbatim.follow_redirects() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = verbatim, pg_temp AS $$
DECLARE
  target text;
  hops integer := 0;
BEGIN
  LOOP
    SELECT r.target_guid INTO target FROM verbatim.code_redirects r WHERE r.source_guid = NEW.data->>'code';
    EXIT WHEN target IS NULL OR hops > 100;
    NEW.data := jsonb_set(NEW.data, '{code}', to_jsonb(target));
    hops := hops + 1;
  END LOOP;
  RETURN NEW;
END
$$;`,
  `CREATE FUNCTION verbatim.redirect_existing() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = verbatim, pg_temp AS $$
BEGIN
  UPDATE verbatim.codings SET data = jsonb_set(data, '{code}', to_jsonb(NEW.target_guid))
    WHERE data->>'code' = NEW.source_guid;
  UPDATE verbatim.unplaced_codings SET data = jsonb_set(data, '{code}', to_jsonb(NEW.target_guid))
    WHERE data->>'code' = NEW.source_guid;
  RETURN NULL;
END
$$;`,
  // Lifting (or setting) blind mode changes what coders may read: the epoch tells clients
  // to read the codings again from the start.
  `CREATE FUNCTION verbatim.blind_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.blind IS DISTINCT FROM OLD.blind THEN
    NEW.visibility_epoch := OLD.visibility_epoch + 1;
  END IF;
  RETURN NEW;
END
$$;`,
  `CREATE FUNCTION verbatim.note_sync() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = verbatim, pg_temp AS $$
  UPDATE verbatim.members SET last_sync_at = now() WHERE role_name = session_user
$$;`,
  // A member names the coder (in the project) whose work is theirs, once.
  `CREATE FUNCTION verbatim.claim_coder(guid text) RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = verbatim, pg_temp AS $$
  UPDATE verbatim.members SET coder_guid = COALESCE(coder_guid, guid) WHERE role_name = session_user
  RETURNING coder_guid
$$;`,
  'CREATE TRIGGER blind_epoch BEFORE UPDATE ON verbatim.project FOR EACH ROW EXECUTE FUNCTION verbatim.blind_epoch();',
  'CREATE TRIGGER b_stamp BEFORE INSERT OR UPDATE ON verbatim.code_redirects FOR EACH ROW EXECUTE FUNCTION verbatim.stamp();',
  'CREATE TRIGGER c_redirect_existing AFTER INSERT OR UPDATE ON verbatim.code_redirects FOR EACH ROW EXECUTE FUNCTION verbatim.redirect_existing();',
  'CREATE INDEX code_redirects_rev ON verbatim.code_redirects (rev);',
  ...TEAM_ENTITIES.map(entityTable),
  "CREATE INDEX codings_code ON verbatim.codings ((data->>'code'));",
  "CREATE INDEX unplaced_codings_code ON verbatim.unplaced_codings ((data->>'code'));",
  'CREATE TRIGGER a_redirect BEFORE INSERT OR UPDATE ON verbatim.codings FOR EACH ROW EXECUTE FUNCTION verbatim.follow_redirects();',
  'CREATE TRIGGER a_redirect BEFORE INSERT OR UPDATE ON verbatim.unplaced_codings FOR EACH ROW EXECUTE FUNCTION verbatim.follow_redirects();',
]);

// The functions that run with the caller's rights (row-level security's, the stamp and epoch
// triggers) resolved built-ins (pg_has_role, ||, nextval, now…) through the caller's
// search_path: a coder allowed to create objects in a schema (every user in `public` on
// PostgreSQL 14) could shadow them and become the lead for row-level security, or forge a
// row's revision and time. Each now looks in pg_catalog only.
const migration2 = sqlOf(
  ['project_role()', 'my_coder()', 'is_blind()', 'stamp()', 'blind_epoch()'].map(
    (fn) => `ALTER FUNCTION verbatim.${fn} SET search_path = pg_catalog, pg_temp;`,
  ),
);

// A member could claim any coder not yet a member's, those already in the project among
// them (the work of someone who coded before the team had a server), and so write their
// codings and read them through blind mode. A member now claims only a coder the project
// does not have yet (a new one, for their own work); the lead gives an existing coder to a
// member when adding them (`members.coder_guid`, set by the lead's client).
const migration3 = sqlOf([
  `CREATE OR REPLACE FUNCTION verbatim.claim_coder(guid text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  mine text;
BEGIN
  SELECT coder_guid INTO mine FROM verbatim.members WHERE role_name = session_user;
  IF mine IS NOT NULL OR NOT EXISTS (SELECT 1 FROM verbatim.members WHERE role_name = session_user) THEN
    RETURN mine;
  END IF;
  IF EXISTS (SELECT 1 FROM verbatim.coders WHERE coders.guid = claim_coder.guid)
     OR EXISTS (SELECT 1 FROM verbatim.tombstones WHERE entity = 'coders' AND tombstones.guid = claim_coder.guid) THEN
    RAISE EXCEPTION 'coder % is already in the project: only the lead gives it to a member', guid
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE verbatim.members SET coder_guid = guid WHERE role_name = session_user;
  RETURN guid;
END
$$;`,
]);

// A coder could file a proposal already decided (accepted, in the lead's name): the codebook
// review would show a decision the lead never took. A coder's proposal now arrives open.
const migration4 = sqlOf([
  'DROP POLICY coders_propose ON verbatim.proposals;',
  `CREATE POLICY coders_propose ON verbatim.proposals FOR INSERT WITH CHECK (
  ${roleOf} = 'coder' AND data->>'status' = 'open' AND data->>'decided_by' IS NULL AND data->>'decided_at' IS NULL
);`,
]);

export const serverMigrations: readonly ServerMigration[] = [
  { version: 1, name: 'team', sql: migration1 },
  { version: 2, name: 'caller-functions-search-path', sql: migration2 },
  { version: 3, name: 'claim-only-new-coders', sql: migration3 },
  { version: 4, name: 'coders-propose-open', sql: migration4 },
];

export const latestServerSchemaVersion = serverMigrations.length;

/** The project's three group roles: names are cluster-wide, so they carry the prefix. */
export const groupRole = (prefix: string, role: 'lead' | 'coder' | 'viewer'): string => `${prefix}_${role}`;

/**
 * The privileges of the project's roles (row-level security narrows them to rows). Run
 * after the migrations, so a table added by a later one gets its grants too.
 */
export function grantsFor(prefix: string): string {
  const lead = quoteIdent(groupRole(prefix, 'lead'));
  const coder = quoteIdent(groupRole(prefix, 'coder'));
  const viewer = quoteIdent(groupRole(prefix, 'viewer'));
  const all = `${lead}, ${coder}, ${viewer}`;
  const entities = TEAM_ENTITIES.map((entity) => `verbatim.${entity}`).join(', ');
  return sqlOf([
    `GRANT USAGE ON SCHEMA verbatim TO ${all};`,
    `GRANT SELECT ON ALL TABLES IN SCHEMA verbatim TO ${all};`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA verbatim TO ${all};`,
    `GRANT INSERT, UPDATE, DELETE ON ${entities} TO ${lead}, ${coder};`,
    `GRANT USAGE ON SEQUENCE verbatim.revs TO ${lead}, ${coder};`,
    `GRANT USAGE ON SEQUENCE verbatim.conflicts_id_seq TO ${lead}, ${coder};`,
    `GRANT INSERT ON verbatim.applied_changes, verbatim.conflicts TO ${lead}, ${coder};`,
    `GRANT INSERT, UPDATE, DELETE ON verbatim.members, verbatim.code_redirects TO ${lead};`,
    `GRANT UPDATE (blind, name) ON verbatim.project TO ${lead};`,
  ]);
}

/** A PostgreSQL identifier, quoted. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
