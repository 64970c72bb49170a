import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectIdentity } from '../../app/backups/projectIdentity.ts';
import { redactedUrl } from '../../app/team/connection.ts';
import { writeTransaction } from '../../db/index.ts';
import { getTeamLink, insertTeamLink } from '../../db/team/link.ts';
import { ADMIN_PASSWORD, TEAM_TEST_TIMEOUT_MS, useCluster } from '../support/postgresCluster.ts';
import { call, callError } from '../support/session.ts';
import {
  leadProject,
  memberSession,
  newFolder,
  sharedRows,
  teamDatabase,
  sessionsClosedAfterEach,
} from '../support/team.ts';

const cluster = useCluster();
const open = sessionsClosedAfterEach();

describe('publish and join', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('gives a coder who joins a working copy equal to the published project', async () => {
    const folder = newFolder('team-publish');
    const url = await teamDatabase(cluster(), 'publish_join');
    const lead = await leadProject(folder);
    open.push(lead.session);
    await call(lead.session, 'memos/save', {
      targetKind: 'project',
      targetId: null,
      title: 'Idée',
      body: 'Le soir revient souvent.',
      plainText: 'Le soir revient souvent.',
    });
    const published = await call(lead.session, 'team/publish', { url });
    expect(published.status).toMatchObject({
      linked: true,
      member: 'postgres',
      role: 'lead',
      pendingChanges: 0,
    });
    expect(published.status.url).not.toContain(ADMIN_PASSWORD);
    expect(getTeamLink(lead.session.db())?.url).not.toContain(ADMIN_PASSWORD);

    // The stored address has no password: each call to the server gives it (or PGPASSWORD).
    await call(lead.session, 'team/addMember', {
      name: 'alice',
      role: 'coder',
      memberPassword: 'alice-secret',
      password: ADMIN_PASSWORD,
    });
    const alice = memberSession('alice');
    open.push(alice);
    const joined = await call(alice, 'team/join', {
      url: cluster().url('publish_join', 'alice'),
      password: 'alice-secret',
      path: join(folder, 'alice.verbatim'),
    });
    expect(joined.status).toMatchObject({ linked: true, member: 'alice', role: 'coder', pendingChanges: 0 });

    const leadRows = sharedRows(lead.session.db());
    const aliceRows = sharedRows(alice.db());
    const aliceCoders = aliceRows['coders'] ?? {};
    const aliceCoder = Object.entries(aliceCoders).find(
      ([, row]) => (row as { name: string }).name === 'alice',
    );
    expect(aliceCoder).toBeDefined();
    // Alice's coder row reached the server with her first sync; the lead gets it on theirs.
    await call(lead.session, 'team/sync', { password: ADMIN_PASSWORD });
    expect(sharedRows(lead.session.db())).toEqual(aliceRows);
    expect(Object.keys(leadRows['codings'] ?? {})).toHaveLength(4);
    expect(Object.keys(leadRows['memos'] ?? {})).toHaveLength(1);
  });

  it('refuses to publish into a database that already holds a team project', async () => {
    const folder = newFolder('team-twice');
    const url = await teamDatabase(cluster(), 'publish_twice');
    const first = await leadProject(folder, 'lea');
    open.push(first.session);
    await call(first.session, 'team/publish', { url });
    const second = memberSession('marc');
    open.push(second);
    await call(second, 'project/create', { path: join(folder, 'marc.verbatim') });
    const error = await callError(second, 'team/publish', { url });
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'teamAlreadyPublished' });
    expect((await call(second, 'team/status', {})).linked).toBe(false);
  });

  it('publishes again a project whose publish was killed before the server committed', async () => {
    const folder = newFolder('team-killed-publish');
    const url = await teamDatabase(cluster(), 'publish_killed');
    const lead = await leadProject(folder, 'lea');
    open.push(lead.session);
    // What a publish killed after its local transaction leaves: the link, no team on the server.
    const db = lead.session.db();
    writeTransaction(db, () =>
      insertTeamLink(db, {
        url: redactedUrl(url),
        member: 'postgres',
        role: 'lead',
        projectId: projectIdentity(db),
        coderGuid: null,
      }),
    );

    const published = await call(lead.session, 'team/publish', { url });
    expect(published.status).toMatchObject({ linked: true, pendingChanges: 0 });
    const synced = await call(lead.session, 'team/sync', { password: ADMIN_PASSWORD });
    expect(synced.status.lastError).toBeNull();
    const onServer = await cluster().admin(
      'publish_killed',
      async (client) => (await client.query('SELECT count(*) AS n FROM verbatim.codings')).rows[0].n,
    );
    expect(Number(onServer)).toBe(Object.keys(sharedRows(db, ['codings'])['codings'] ?? {}).length);
  });

  it('says clearly when the server is unreachable, the password wrong or the database not a team one', async () => {
    const folder = newFolder('team-errors');
    await teamDatabase(cluster(), 'not_team');
    const session = memberSession('zoe');
    open.push(session);
    const path = join(folder, 'zoe.verbatim');
    const wrong = await callError(session, 'team/join', {
      url: cluster().url('not_team', 'postgres', 'wrong'),
      path,
    });
    expect(wrong).toMatchObject({ code: 'TEAM_SERVER', key: 'teamAuthFailed' });
    const notTeam = await callError(session, 'team/join', { url: cluster().url('not_team'), path });
    expect(notTeam).toMatchObject({ code: 'TEAM_SERVER', key: 'teamNotTeamDatabase' });
    const closedPort = `postgresql://postgres@127.0.0.1:1/none`;
    const unreachable = await callError(session, 'team/join', { url: closedPort, password: 'x', path });
    expect(unreachable).toMatchObject({ code: 'TEAM_SERVER', key: 'teamUnreachableRetry' });
    expect(session.hasProject()).toBe(false);
  });
});

describe('server versions and encryption', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('tells a login that is not a member of the project so', async () => {
    const folder = newFolder('team-stranger');
    const url = await teamDatabase(cluster(), 'stranger');
    const lead = await leadProject(folder);
    open.push(lead.session);
    await call(lead.session, 'team/publish', { url });
    await cluster().admin('stranger', (client) =>
      client.query("CREATE ROLE stranger LOGIN PASSWORD 'stranger-secret'"),
    );
    const session = memberSession('stranger');
    open.push(session);
    const error = await callError(session, 'team/join', {
      url: cluster().url('stranger', 'stranger'),
      password: 'stranger-secret',
      path: join(folder, 'stranger.verbatim'),
    });
    expect(error).toMatchObject({
      code: 'NOT_ALLOWED',
      key: 'teamNotMember',
      params: { member: 'stranger' },
    });
  });

  it('refuses a team schema newer than this Verbatim, and says so', async () => {
    const folder = newFolder('team-newer');
    const url = await teamDatabase(cluster(), 'newer');
    const lead = await leadProject(folder);
    open.push(lead.session);
    await call(lead.session, 'team/publish', { url });
    await cluster().admin('newer', (client) =>
      client.query("INSERT INTO verbatim.schema_migrations (version, name) VALUES (999, 'future')"),
    );
    const error = await callError(lead.session, 'team/sync', { password: ADMIN_PASSWORD });
    expect(error).toMatchObject({ code: 'NEWER_VERSION', key: 'teamSchemaNewer' });
    expect((await call(lead.session, 'team/status', {})).lastError).toMatch(/newer version/u);
  });

  it('says when an encrypted connection is asked of a server that offers none', async () => {
    const folder = newFolder('team-tls');
    await teamDatabase(cluster(), 'tls');
    const session = memberSession('zoe');
    open.push(session);
    const error = await callError(session, 'team/join', {
      url: `${cluster().url('tls')}?sslmode=require`,
      path: join(folder, 'zoe.verbatim'),
    });
    expect(error).toMatchObject({ code: 'TEAM_SERVER', key: 'teamTlsNotOffered' });
  });
});
