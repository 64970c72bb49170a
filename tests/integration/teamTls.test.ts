import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import {
  ADMIN_PASSWORD,
  TEAM_TEST_TIMEOUT_MS,
  useCluster,
  type PostgresCluster,
} from '../support/postgresCluster.ts';
import type { ClusterTls } from '../support/postgresTls.ts';
import { call, callError } from '../support/session.ts';
import {
  leadProject,
  memberSession,
  newFolder,
  passwordOf,
  teamDatabase,
  sessionsClosedAfterEach,
} from '../support/team.ts';

// A cluster of its own (one start for the file): TLS only over TCP, with a self-signed
// authority; carl logs in with his client certificate, everyone else with a password.
const cluster = useCluster({ tls: { certificateMembers: ['carl'] } });
const open = sessionsClosedAfterEach();

const tlsOf = (running: PostgresCluster): ClusterTls => {
  if (running.tls === null) throw new Error('The cluster was started without TLS.');
  return running.tls;
};

/** The address of a member without a password, with the given query (no TLS when empty). */
const addressOf = (database: string, member: string, query: string): string =>
  `postgresql://${member}@127.0.0.1:${cluster().port}/${database}${query === '' ? '' : `?${query}`}`;

/** A published team in its own database, with alice (password) and carl (certificate) added. */
async function publishedTeam(database: string): Promise<{ folder: string; lead: ProjectSession }> {
  const folder = newFolder(`team-${database}`);
  const lead = await leadProject(folder);
  open.push(lead.session);
  await call(lead.session, 'team/publish', { url: await teamDatabase(cluster(), database) });
  for (const member of ['alice', 'carl']) {
    await call(lead.session, 'team/addMember', {
      name: member,
      role: 'coder',
      memberPassword: passwordOf(member),
      password: ADMIN_PASSWORD,
    });
  }
  return { folder, lead: lead.session };
}

describe('a team server that takes only TLS', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('publishes, joins and syncs over TLS verified against the team’s authority', async () => {
    const { folder, lead } = await publishedTeam('tls_join');
    const alice = memberSession('alice');
    open.push(alice);
    const caFile = tlsOf(cluster()).caFile;
    const joined = await call(alice, 'team/join', {
      url: addressOf('tls_join', 'alice', `sslmode=verify-full&sslrootcert=${caFile}`),
      password: passwordOf('alice'),
      path: join(folder, 'alice.verbatim'),
    });
    expect(joined.status).toMatchObject({ linked: true, member: 'alice', role: 'coder' });
    const documentId = (await call(alice, 'documents/list', {}))[0]?.id ?? 0;
    const codeId = (await call(alice, 'codes/list', {}))[0]?.id ?? 0;
    await call(alice, 'codings/create', { items: [{ documentId, start: 30, end: 40, codeId }] });
    expect((await call(alice, 'team/sync', { password: passwordOf('alice') })).pushed).toBeGreaterThan(0);
    const pulled = await call(lead, 'team/sync', { password: ADMIN_PASSWORD });
    expect(pulled.pulled).toBeGreaterThan(0);

    // The server refuses what is not encrypted: what worked above went over TLS.
    const plain = memberSession('alice');
    open.push(plain);
    const refused = await callError(plain, 'team/join', {
      url: addressOf('tls_join', 'alice', ''),
      password: passwordOf('alice'),
      path: join(folder, 'alice-plain.verbatim'),
    });
    expect(refused).toMatchObject({ code: 'TEAM_SERVER', key: 'teamTlsRequired' });
  });

  it('lets a member in by client certificate alone, and not by password', async () => {
    const { folder } = await publishedTeam('tls_certificate');
    const { cert, key } = tlsOf(cluster()).clientCertificate('carl');
    const caFile = tlsOf(cluster()).caFile;
    const withPasswordOnly = memberSession('carl');
    open.push(withPasswordOnly);
    const refused = await callError(withPasswordOnly, 'team/join', {
      url: addressOf('tls_certificate', 'carl', `sslmode=verify-full&sslrootcert=${caFile}`),
      password: passwordOf('carl'),
      path: join(folder, 'carl-password.verbatim'),
    });
    expect(refused).toMatchObject({ code: 'TEAM_SERVER', key: 'teamAuthFailed' });

    const carl = memberSession('carl');
    open.push(carl);
    const joined = await call(carl, 'team/join', {
      url: addressOf(
        'tls_certificate',
        'carl',
        `sslmode=verify-full&sslrootcert=${caFile}&sslcert=${cert}&sslkey=${key}`,
      ),
      path: join(folder, 'carl.verbatim'),
    });
    expect(joined.status).toMatchObject({ linked: true, member: 'carl', role: 'coder' });
    // The stored address keeps the certificate: later syncs need no password either.
    const documentId = (await call(carl, 'documents/list', {}))[0]?.id ?? 0;
    const codeId = (await call(carl, 'codes/list', {}))[0]?.id ?? 0;
    await call(carl, 'codings/create', { items: [{ documentId, start: 30, end: 40, codeId }] });
    expect((await call(carl, 'team/sync', {})).pushed).toBeGreaterThan(0);
  });

  it('says when the server’s certificate is not trusted, for verify-full and require alike', async () => {
    const { folder } = await publishedTeam('tls_untrusted');
    for (const mode of ['verify-full', 'require']) {
      const session = memberSession('alice');
      open.push(session);
      // No sslrootcert: the test authority is in no trust store of this computer.
      const error = await callError(session, 'team/join', {
        url: addressOf('tls_untrusted', 'alice', `sslmode=${mode}`),
        password: passwordOf('alice'),
        path: join(folder, `alice-${mode}.verbatim`),
      });
      expect(error).toMatchObject({ code: 'TEAM_SERVER', key: 'teamTlsUntrusted' });
      expect(error.message).toMatch(/sslrootcert=/u);
      expect(session.hasProject()).toBe(false);
    }
    // require with the authority given: encrypted and verified, as verify-full.
    const alice = memberSession('alice');
    open.push(alice);
    const joined = await call(alice, 'team/join', {
      url: addressOf('tls_untrusted', 'alice', `sslmode=require&sslrootcert=${tlsOf(cluster()).caFile}`),
      password: passwordOf('alice'),
      path: join(folder, 'alice.verbatim'),
    });
    expect(joined.status).toMatchObject({ linked: true, member: 'alice' });
  });

  it('says which certificate file of the address cannot be read', async () => {
    const folder = newFolder('team-tls-file');
    const session = memberSession('alice');
    open.push(session);
    const missing = join(folder, 'no-such-ca.crt');
    const error = await callError(session, 'team/join', {
      url: addressOf('postgres', 'alice', `sslmode=verify-full&sslrootcert=${missing}`),
      password: passwordOf('alice'),
      path: join(folder, 'alice.verbatim'),
    });
    expect(error).toMatchObject({
      code: 'TEAM_SERVER',
      key: 'teamTlsFileUnreadable',
      params: { file: missing },
    });
  });
});
