import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { pull } from '../../app/team/pull.ts';
import { getTeamLink } from '../../db/team/link.ts';
import {
  ADMIN_PASSWORD,
  TEAM_TEST_TIMEOUT_MS,
  useCluster,
  type PostgresCluster,
} from '../support/postgresCluster.ts';
import { call, callError } from '../support/session.ts';
import {
  asMember,
  leadProject,
  memberSession,
  newFolder,
  passwordOf,
  sessionsClosedAfterEach,
  sharedRows,
  teamDatabase,
  teamOf,
} from '../support/team.ts';

const cluster = useCluster();
const open = sessionsClosedAfterEach();

const lead = { password: ADMIN_PASSWORD };

/** A published project with members alice and bruno (coders) and vera (viewer), joined. */
async function team(name: string, options: { blind?: boolean } = {}) {
  const { lead: project, sessions } = await teamOf(
    cluster(),
    name,
    [
      ['alice', 'coder'],
      ['bruno', 'coder'],
      ['vera', 'viewer'],
    ],
    open,
    options,
  );
  return { project, members: sessions as Record<'alice' | 'bruno' | 'vera', ProjectSession> };
}

async function codeSomething(session: ProjectSession, start: number): Promise<void> {
  const [document] = await call(session, 'documents/list', {});
  const [code] = await call(session, 'codes/list', {});
  await call(session, 'codings/create', {
    items: [{ documentId: document?.id ?? 0, start, end: start + 5, codeId: code?.id ?? 0 }],
  });
}

function coderGuid(session: ProjectSession): string {
  return getTeamLink(session.db())?.coderGuid ?? '';
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return String((error as { code?: string }).code);
  }
  return 'accepted';
}

async function serverCoding(db: PostgresCluster, database: string, guid: string): Promise<unknown> {
  return db.admin(
    database,
    async (client) =>
      (await client.query('SELECT data FROM verbatim.codings WHERE guid = $1', [guid])).rows[0],
  );
}

describe('roles on the server (row-level security)', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it("refuses a coder's direct SQL write to another coder's coding and to the codebook", async () => {
    const { members } = await team('rls');
    await codeSomething(members.bruno, 30);
    await call(members.bruno, 'team/sync', { password: 'bruno-secret' });
    const brunoCoding = Object.entries(sharedRows(members.bruno.db(), ['codings'])['codings'] ?? {}).find(
      ([, row]) => (row as { coder: string }).coder === coderGuid(members.bruno),
    );
    expect(brunoCoding).toBeDefined();
    const [guid, data] = brunoCoding ?? ['', {}];
    const before = await serverCoding(cluster(), 'rls', guid);

    await asMember(cluster(), 'rls', 'alice', 'alice-secret', async (client) => {
      // Change, take over or delete Bruno's coding: no row is Alice's to touch.
      const moved = await client.query(
        `UPDATE verbatim.codings SET data = jsonb_set(data, '{start}', '0') WHERE guid = $1`,
        [guid],
      );
      expect(moved.rowCount).toBe(0);
      const deleted = await client.query('DELETE FROM verbatim.codings WHERE guid = $1', [guid]);
      expect(deleted.rowCount).toBe(0);
      // A coding written in Bruno's name.
      expect(
        await refusal(
          client.query('INSERT INTO verbatim.codings (guid, data) VALUES ($1, $2)', [
            'forged-coding',
            { ...(data as object), coder: coderGuid(members.bruno) },
          ]),
        ),
      ).toBe('42501');
      // The codebook is the lead's.
      expect(
        await refusal(
          client.query(
            `INSERT INTO verbatim.codes (guid, data) VALUES ('forged-code', '{"name": "Pirate"}')`,
          ),
        ),
      ).toBe('42501');
      const renamed = await client.query(
        `UPDATE verbatim.codes SET data = jsonb_set(data, '{name}', '"Pirate"')`,
      );
      expect(renamed.rowCount).toBe(0);
      expect(await refusal(client.query('UPDATE verbatim.project SET blind = false'))).toBe('42501');
      // A proposal already decided, in the lead's name: the review is the lead's to decide.
      const proposal = {
        kind: 'rename',
        payload: { kind: 'rename', code: 'x', name: 'Pirate' },
        comment: '',
        author: 'alice',
        created_at: '2026-12-07T00:00:00Z',
        decided_at: null,
        decision_comment: '',
      };
      expect(
        await refusal(
          client.query('INSERT INTO verbatim.proposals (guid, data) VALUES ($1, $2)', [
            'forged-decision',
            { ...proposal, status: 'accepted', decided_by: 'lea', decided_at: '2026-12-07T00:00:00Z' },
          ]),
        ),
      ).toBe('42501');
      expect(
        await refusal(
          client.query('INSERT INTO verbatim.proposals (guid, data) VALUES ($1, $2)', [
            'open-proposal',
            { ...proposal, status: 'open', decided_by: null },
          ]),
        ),
      ).toBe('accepted');
      // Her own coding is hers to write.
      expect(
        await refusal(
          client.query('INSERT INTO verbatim.codings (guid, data) VALUES ($1, $2)', [
            'her-own-coding',
            { ...(data as object), coder: coderGuid(members.alice) },
          ]),
        ),
      ).toBe('accepted');
    });
    await asMember(cluster(), 'rls', 'vera', 'vera-secret', async (client) => {
      expect(
        await refusal(
          client.query('INSERT INTO verbatim.codings (guid, data) VALUES ($1, $2)', ['viewer-coding', data]),
        ),
      ).toBe('42501');
    });
    expect(await serverCoding(cluster(), 'rls', guid)).toEqual(before);
    // A viewer has no coder of their own, so joining left nothing refused behind.
    expect(await call(members.vera, 'team/status', {})).toMatchObject({ conflicts: 0, pendingChanges: 0 });
    const codes = await cluster().admin(
      'rls',
      async (client) =>
        (await client.query("SELECT data->>'name' AS name FROM verbatim.codes ORDER BY 1")).rows,
    );
    expect(codes.map((row: { name: string }) => row.name)).toEqual(['Famille', 'Fatigue', 'Travail']);
  });
});

describe('the server functions row-level security calls', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it("cannot be fooled by a coder's own function shadowing a built-in one", async () => {
    const { members } = await team('shadow', { blind: true });
    await codeSomething(members.bruno, 30);
    await call(members.bruno, 'team/sync', { password: 'bruno-secret' });
    // PostgreSQL 14 lets every user create objects in the public schema.
    await cluster().admin('shadow', (client) => client.query('GRANT CREATE ON SCHEMA public TO PUBLIC'));

    await asMember(cluster(), 'shadow', 'alice', 'alice-secret', async (client) => {
      await client.query(
        `CREATE FUNCTION public.pg_has_role(name, text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true'`,
      );
      await client.query('SET search_path = public, pg_catalog');
      const role = await client.query<{ role: string | null }>('SELECT verbatim.project_role() AS role');
      expect(role.rows[0]?.role).toBe('coder');
      const renamed = await client.query(
        `UPDATE verbatim.codes SET data = jsonb_set(data, '{name}', '"Pirate"')`,
      );
      expect(renamed.rowCount).toBe(0);
      // Blind mode still hides Bruno's codings.
      const seen = await client.query('SELECT 1 FROM verbatim.codings WHERE owner = $1', [
        coderGuid(members.bruno),
      ]);
      expect(seen.rowCount).toBe(0);
    });
  });
});

describe('blind mode on the server', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it("keeps others' codings out of a blind coder's pull until the lead lifts it", async () => {
    const { project, members } = await team('blind', { blind: true });
    await codeSomething(members.bruno, 40);
    await call(members.bruno, 'team/sync', { password: 'bruno-secret' });
    await codeSomething(members.alice, 50);
    await call(members.alice, 'team/sync', { password: 'alice-secret' });

    const codersOf = (session: ProjectSession): string[] =>
      Object.values(sharedRows(session.db(), ['codings'])['codings'] ?? {})
        .map((row) => (row as { coder: string }).coder)
        .sort();
    const alice = coderGuid(members.alice);
    const bruno = coderGuid(members.bruno);
    const lea = coderGuid(project.session);
    expect(codersOf(members.alice)).toEqual([alice]);
    expect((await call(members.alice, 'team/status', {})).blind).toBe(true);
    // The lead sees everyone's work.
    await call(project.session, 'team/sync', lead);
    expect(new Set(codersOf(project.session))).toEqual(new Set([alice, bruno, lea]));

    await call(project.session, 'team/setBlind', { blind: false, ...lead });
    const report = await call(members.alice, 'team/sync', { password: 'alice-secret' });
    expect(report.status.blind).toBe(false);
    expect(new Set(codersOf(members.alice))).toEqual(new Set([alice, bruno, lea]));
    expect(codersOf(members.alice)).toHaveLength(codersOf(project.session).length);
  });

  it('brings the hidden codings when blind mode is lifted between a sync reading the epoch and its pull', async () => {
    const { project, members } = await team('blindrace', { blind: true });
    await codeSomething(members.bruno, 40);
    await call(members.bruno, 'team/sync', { password: 'bruno-secret' });
    await call(project.session, 'codes/create', { name: 'Nuit' });
    await call(project.session, 'team/sync', lead);
    // Alice's cursor moves past Bruno's coding (to the new code), which she may not read yet.
    await call(members.alice, 'team/sync', { password: 'alice-secret' });
    const brunoCodings = (session: ProjectSession): number =>
      Object.values(sharedRows(session.db(), ['codings'])['codings'] ?? {}).filter(
        (row) => (row as { coder: string }).coder === coderGuid(members.bruno),
      ).length;
    expect(brunoCodings(members.alice)).toBe(0);

    // A sync read the project's epoch, then the lead lifted blind mode before its pull ran:
    // the pull alone must notice the new epoch.
    await call(project.session, 'team/setBlind', { blind: false, ...lead });
    await asMember(cluster(), 'blindrace', 'alice', 'alice-secret', (client) =>
      pull(members.alice.db(), client, 'alice'),
    );

    expect(getTeamLink(members.alice.db())?.blind).toBe(false);
    expect(brunoCodings(members.alice)).toBe(brunoCodings(project.session));
    expect(brunoCodings(members.alice)).toBeGreaterThan(0);
  });
});

describe('coders already in the project', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('are given to a member by the lead only, never claimed by one', async () => {
    const folder = newFolder('team-claim');
    const project = await leadProject(folder);
    open.push(project.session);
    // Marie coded before the team had a server (say, merged from the file she sent).
    const before = memberSession('Marie');
    await call(before, 'project/open', { path: project.path });
    await codeSomething(before, 40);
    before.close();
    await call(project.session, 'team/publish', { url: await teamDatabase(cluster(), 'claim') });
    await call(project.session, 'team/setBlind', { blind: true, ...lead });
    const marieGuid = coderGuidNamed(project.session, 'Marie');
    const add = (name: string, coder?: string) =>
      call(project.session, 'team/addMember', {
        name,
        role: 'coder',
        memberPassword: passwordOf(name),
        ...(coder === undefined ? {} : { coder }),
        ...lead,
      });
    await add('alice');
    await add('bruno');
    const joinAs = async (login: string) => {
      // Every one of them calls herself Marie in Verbatim.
      const session = memberSession('Marie');
      open.push(session);
      await call(session, 'team/join', {
        url: cluster().url('claim', login),
        password: passwordOf(login),
        path: join(folder, `${login}.verbatim`),
      });
      return session;
    };

    // Alice joins under Marie's name: a coder of her own, and blind mode keeps Marie's work from her.
    const alice = await joinAs('alice');
    expect(coderGuid(alice)).not.toBe(marieGuid);
    expect(codingCount(alice)).toBe(0);
    // By hand, Bruno (not joined yet) cannot claim Marie's coder either.
    await asMember(cluster(), 'claim', 'bruno', passwordOf('bruno'), async (client) => {
      expect(await refusal(client.query('SELECT verbatim.claim_coder($1)', [marieGuid]))).toBe('42501');
    });
    // Marie's login, given her codings by the lead, has them.
    await add('marie', 'Marie');
    const marie = await joinAs('marie');
    expect(coderGuid(marie)).toBe(marieGuid);
    expect(codingCount(marie)).toBe(1);
    // A coder given to one member is not given to another; a coder the project lacks is named.
    expect(
      await callError(project.session, 'team/addMember', {
        name: 'bruno',
        role: 'coder',
        memberPassword: passwordOf('bruno'),
        coder: 'Marie',
        ...lead,
      }),
    ).toMatchObject({ code: 'CONFLICT', key: 'teamCoderTaken', params: { member: 'marie' } });
    expect(
      await callError(project.session, 'team/addMember', {
        name: 'bruno',
        role: 'coder',
        memberPassword: passwordOf('bruno'),
        coder: 'Personne',
        ...lead,
      }),
    ).toMatchObject({ code: 'NOT_FOUND', key: 'teamCoderUnknown' });
  });
});

function coderGuidNamed(session: ProjectSession, name: string): string {
  const row = session.db().prepare('SELECT guid FROM coders WHERE name = ?').get(name) as
    { guid: string } | undefined;
  return row?.guid ?? '';
}

function codingCount(session: ProjectSession): number {
  return (session.db().prepare('SELECT count(*) AS n FROM codings').get() as { n: number }).n;
}
