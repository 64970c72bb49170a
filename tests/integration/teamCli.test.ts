import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freshCliEntry } from '../../scripts/build-cli.mjs';
import { cli } from '../support/cli.ts';
import { cliJson, succeeded } from '../support/cliJson.ts';
import {
  ADMIN_PASSWORD,
  TEAM_TEST_TIMEOUT_MS,
  useCluster,
  type PostgresCluster,
} from '../support/postgresCluster.ts';
import { call, callError } from '../support/session.ts';
import {
  leadProject,
  memberSession,
  newFolder,
  teamDatabase,
  sessionsClosedAfterEach,
} from '../support/team.ts';
import { repoRoot } from '../support/tempDir.ts';

const cluster = useCluster();
const open = sessionsClosedAfterEach();

process.env['VERBATIM_TEST_ADMIN_PW'] = ADMIN_PASSWORD;
process.env['VERBATIM_TEST_ALICE_PW'] = 'alice-secret';
const ADMIN = ['--password-env', 'VERBATIM_TEST_ADMIN_PW'];
const ALICE = ['--password-env', 'VERBATIM_TEST_ALICE_PW'];

async function count(db: PostgresCluster, database: string, sql: string): Promise<number> {
  return db.admin(database, async (client) => Number((await client.query(sql)).rows[0].n));
}

/** A published project and alice, a coder who joined it with the command line. */
async function published(name: string) {
  const folder = newFolder(`team-${name}`);
  const url = await teamDatabase(cluster(), name);
  const lead = await leadProject(folder);
  lead.session.close();
  const publish = cliJson('team-sync', succeeded(await cli('team', 'publish', lead.path, url, '--json')));
  expect(publish.status.role).toBe('lead');
  process.env['VERBATIM_TEST_MEMBER_PW'] = 'alice-secret';
  const members = cliJson(
    'team-members',
    succeeded(
      await cli(
        'team',
        'add-member',
        lead.path,
        'alice',
        '--role',
        'coder',
        '--member-password-env',
        'VERBATIM_TEST_MEMBER_PW',
        ...ADMIN,
        '--json',
      ),
    ),
  );
  expect(members.map((member) => [member.name, member.role])).toContainEqual(['alice', 'coder']);
  const alicePath = join(folder, 'alice.verbatim');
  const joined = cliJson(
    'team-sync',
    succeeded(await cli('team', 'join', cluster().url(name, 'alice'), alicePath, ...ALICE, '--json')),
  );
  expect(joined.status.member).toBe('alice');
  return { folder, lead, alicePath };
}

/** Alice codes `n` codings in her copy (in-process), then closes it. */
async function aliceCodes(path: string, n: number): Promise<void> {
  const alice = memberSession('alice');
  try {
    await call(alice, 'project/open', { path });
    const [document] = await call(alice, 'documents/list', {});
    const codes = await call(alice, 'codes/list', {});
    const room = (document?.length ?? 100) - 20;
    await call(alice, 'codings/create', {
      items: Array.from({ length: n }, (_, i) => ({
        documentId: document?.id ?? 0,
        start: i % room,
        end: (i % room) + 1 + Math.floor(i / room),
        codeId: codes[i % codes.length]?.id ?? 0,
      })),
    });
  } finally {
    alice.close();
  }
}

/**
 * Holds pushes after the first batch: a trigger on applied_changes waits for an advisory lock
 * the test holds once more than `after` change GUIDs are recorded. So the second batch of a
 * push blocks inside its transaction, whatever the machine's speed; `release` lets it go.
 */
async function gateAfter(
  db: PostgresCluster,
  database: string,
  after: number,
): Promise<{ release: () => Promise<void> }> {
  const holder = new pg.Client({ connectionString: db.url(database) });
  holder.on('error', () => undefined);
  await holder.connect();
  await holder.query('SELECT pg_advisory_lock(777)');
  await holder.query(`CREATE FUNCTION public.test_gate() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (SELECT count(*) FROM verbatim.applied_changes) > ${after} THEN PERFORM pg_advisory_xact_lock(777); END IF;
      RETURN NULL;
    END $$`);
  await holder.query(
    'CREATE TRIGGER test_gate AFTER INSERT ON verbatim.applied_changes FOR EACH ROW EXECUTE FUNCTION public.test_gate()',
  );
  return {
    release: async () => {
      await holder.query('SELECT pg_advisory_unlock(777)').catch(() => undefined);
      await holder.end().catch(() => undefined);
    },
  };
}

async function dropGate(db: PostgresCluster, database: string): Promise<void> {
  await db.admin(database, async (client) => {
    await client.query('DROP TRIGGER IF EXISTS test_gate ON verbatim.applied_changes');
    await client.query('DROP FUNCTION IF EXISTS public.test_gate()');
  });
}

/** Polls (no wall-clock assertion: the test's timeout is the only bound) until `done`. */
async function until(done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function aliceState(path: string) {
  const alice = memberSession('alice');
  open.push(alice);
  await call(alice, 'project/open', { path });
  return alice;
}

describe('verbatim team', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('publishes, joins, syncs and reports with --json outputs that match their schemas', async () => {
    const { lead, alicePath } = await published('cli');
    await aliceCodes(alicePath, 10);
    const synced = cliJson('team-sync', succeeded(await cli('team', 'sync', alicePath, ...ALICE, '--json')));
    expect(synced.pushed).toBe(10);
    const status = cliJson('team-status', succeeded(await cli('team', 'status', alicePath, '--json')));
    expect(status).toMatchObject({
      linked: true,
      member: 'alice',
      role: 'coder',
      pendingChanges: 0,
      lastError: null,
    });
    expect(status.url).not.toContain('alice-secret');
    const blind = cliJson(
      'team-status',
      succeeded(await cli('team', 'blind', lead.path, 'on', ...ADMIN, '--json')),
    );
    expect(blind.blind).toBe(true);
    const members = cliJson(
      'team-members',
      succeeded(await cli('team', 'members', lead.path, ...ADMIN, '--json')),
    );
    expect(members.find((member) => member.name === 'alice')?.codings).toBe(10);
    const text = succeeded(await cli('team', 'sync', alicePath, ...ALICE));
    expect(text).toMatch(/Pushed 0 change\(s\), pulled/u);
    const refused = await cli('team', 'blind', alicePath, 'off', ...ALICE);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Only the lead/u);
  });

  it('loses and duplicates nothing when the client is killed (kill -9) in the middle of a push', async () => {
    if (freshCliEntry() === null)
      throw new Error('The verbatim command is not built: run `npm run build:cli`.');
    const { alicePath } = await published('killed');
    await aliceCodes(alicePath, 1500);
    const before = await count(cluster(), 'killed', 'SELECT count(*) AS n FROM verbatim.applied_changes');
    const gate = await gateAfter(cluster(), 'killed', before + 500);
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin', 'verbatim.mjs'), 'team', 'sync', alicePath, ...ALICE],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The first batch has committed on the server: kill the client in the middle of the push.
    await until(
      async () =>
        (await count(cluster(), 'killed', 'SELECT count(*) AS n FROM verbatim.applied_changes')) >=
        before + 500,
    );
    child.kill('SIGKILL');
    await exited;
    await gate.release();
    await until(
      async () =>
        (await count(
          cluster(),
          'killed',
          "SELECT count(*) AS n FROM pg_stat_activity WHERE usename = 'alice'",
        )) === 0,
    );
    await dropGate(cluster(), 'killed');
    expect(await count(cluster(), 'killed', 'SELECT count(*) AS n FROM verbatim.codings')).toBe(4 + 500);

    const alice = await aliceState(alicePath);
    // The killed push had cleared only what the server committed; the rest is still to send.
    const pending = (await call(alice, 'team/status', {})).pendingChanges;
    expect(pending).toBeGreaterThan(0);
    expect(pending).toBeLessThanOrEqual(1000);
    const report = await call(alice, 'team/sync', { password: 'alice-secret' });
    expect(report.status.pendingChanges).toBe(0);
    const local = (
      await call(alice, 'codings/ofDocument', {
        documentId: (await call(alice, 'documents/list', {}))[0]?.id ?? 0,
      })
    ).length;
    expect(await count(cluster(), 'killed', 'SELECT count(*) AS n FROM verbatim.codings')).toBe(4 + 1500);
    expect(local).toBeGreaterThanOrEqual(1500);
    // Every change was recorded once: nothing applied twice.
    expect(await count(cluster(), 'killed', 'SELECT count(*) AS n FROM verbatim.applied_changes')).toBe(
      before + 1500,
    );
  });

  it('fails clearly when the server stops mid-sync, and the next sync completes it', async () => {
    const { alicePath } = await published('stopped');
    await aliceCodes(alicePath, 1500);
    const alice = await aliceState(alicePath);
    const before = await count(cluster(), 'stopped', 'SELECT count(*) AS n FROM verbatim.applied_changes');
    const gate = await gateAfter(cluster(), 'stopped', before + 500);
    const syncing = callError(alice, 'team/sync', { password: 'alice-secret' });
    await until(
      async () =>
        (await count(cluster(), 'stopped', 'SELECT count(*) AS n FROM verbatim.applied_changes')) >=
        before + 500,
    );
    cluster().stop('immediate');
    const error = await syncing;
    expect(error).toMatchObject({ code: 'TEAM_SERVER', key: 'teamUnreachable' });
    await gate.release();
    cluster().start();
    await dropGate(cluster(), 'stopped');
    const failed = await call(alice, 'team/status', {});
    expect(failed.lastError).toMatch(/cannot be reached/u);
    expect(failed.pendingChanges).toBe(1000);

    const report = await call(alice, 'team/sync', { password: 'alice-secret' });
    expect(report.status).toMatchObject({ pendingChanges: 0, lastError: null });
    expect(await count(cluster(), 'stopped', 'SELECT count(*) AS n FROM verbatim.codings')).toBe(4 + 1500);
    expect(await count(cluster(), 'stopped', 'SELECT count(*) AS n FROM verbatim.applied_changes')).toBe(
      before + 1500,
    );
  });
});
