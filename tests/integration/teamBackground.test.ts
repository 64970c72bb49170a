import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TeamActivity } from '../../app/contract/team.ts';
import { ProjectSession } from '../../app/session.ts';
import { ADMIN_PASSWORD, useCluster } from '../support/postgresCluster.ts';
import { call, memoryRecent } from '../support/session.ts';
import { leadProject, newFolder, teamDatabase, sessionsClosedAfterEach } from '../support/team.ts';

// The background sync of an open linked project (app/team/background.ts), as the desktop
// app and the web shell run it: no test calls team/sync; changes must arrive by themselves.

const cluster = useCluster();
const open = sessionsClosedAfterEach();

/** A window of the desktop app or a web shell: background sync on. */
function shellSession(coder: string): ProjectSession {
  const session = new ProjectSession({ recent: memoryRecent(), defaultCoder: coder, teamBackground: true });
  open.push(session);
  return session;
}

/** Polls until `condition` holds; generous, so a slow machine only waits longer. */
async function until(what: string, condition: () => Promise<boolean> | boolean, limit = 120_000) {
  const deadline = Date.now() + limit;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The lead's and Alice's open projects, both linked, both syncing in the background. */
async function openTeam(name: string) {
  const folder = newFolder(`team-bg-${name}`);
  const url = await teamDatabase(cluster(), name);
  const built = await leadProject(folder);
  await call(built.session, 'team/publish', { url });
  await call(built.session, 'team/addMember', {
    name: 'alice',
    role: 'coder',
    memberPassword: 'alice-secret',
    password: ADMIN_PASSWORD,
  });
  built.session.close();
  const lead = shellSession('lea');
  await call(lead, 'project/open', { path: built.path });
  // The stored address has no password: the shell hands it over (keychain, web form).
  await call(lead, 'team/usePassword', { password: ADMIN_PASSWORD });
  const alice = shellSession('alice');
  await call(alice, 'team/join', {
    url: cluster().url(name, 'alice'),
    password: 'alice-secret',
    path: join(folder, 'alice.verbatim'),
  });
  const online = (session: ProjectSession) => async () =>
    (await call(session, 'team/activity', {})).connection === 'online';
  await until('the lead online', online(lead));
  await until('Alice online', online(alice));
  return { lead, alice, documentIds: built.documentIds, codeIds: built.codeIds };
}

describe('background sync', () => {
  it('brings a coding saved by one member into the other’s open project, and wakes the page', async () => {
    const { lead, alice, documentIds, codeIds } = await openTeam('live');
    const documentId = documentIds[0] ?? 0;
    const before = await call(lead, 'team/activity', {});
    // The page's long poll, asked before the change.
    const woken = call(lead, 'team/waitForChange', { since: before.version });

    await call(alice, 'codings/create', {
      items: [{ documentId, start: 30, end: 40, codeId: codeIds.family }],
    });

    const aliceCodings = async () =>
      (await call(lead, 'codings/ofDocument', { documentId })).filter((coding) => coding.coder === 'alice');
    await until('Alice’s coding in the lead’s project', async () => (await aliceCodings()).length === 1);
    const coding = (await aliceCodings())[0];
    expect([coding?.start, coding?.end, coding?.codeId]).toEqual([30, 40, codeIds.family]);
    // The page heard of it: its long poll answered with a newer version.
    const answered: TeamActivity = await woken;
    expect(answered.version).toBeGreaterThan(before.version);
    await until('a pull counted', async () => (await call(lead, 'team/activity', {})).pulls > before.pulls);
    // Alice's change left her outbox: nothing pending once sent.
    await until(
      'Alice’s outbox empty',
      async () => (await call(alice, 'team/status', {})).pendingChanges === 0,
    );
  });

  it('a manual sync joins the background queue and reports', async () => {
    const { lead, codeIds, documentIds } = await openTeam('manual');
    await call(lead, 'codings/create', {
      items: [{ documentId: documentIds[1] ?? 0, start: 30, end: 35, codeId: codeIds.work }],
    });
    // Asked twice at once, and while the background may be syncing too.
    const [first, second] = await Promise.all([call(lead, 'team/sync', {}), call(lead, 'team/sync', {})]);
    expect(first.status.pendingChanges).toBe(0);
    expect(second.status.pendingChanges).toBe(0);
    // The members list uses the password the session holds.
    const members = await call(lead, 'team/members', {});
    expect(members.map((member) => member.name).sort()).toEqual(['alice', 'postgres']);
  });

  it('goes offline quietly when the server stops, and catches up when it is back', async () => {
    const { lead, alice, documentIds, codeIds } = await openTeam('offline');
    cluster().stop('immediate');
    try {
      await call(lead, 'codings/create', {
        items: [{ documentId: documentIds[0] ?? 0, start: 50, end: 60, codeId: codeIds.tired }],
      });
      await until(
        'the lead offline',
        async () => (await call(lead, 'team/activity', {})).connection === 'offline',
      );
      const offline = await call(lead, 'team/activity', {});
      expect(offline.error?.key).toBe('teamUnreachable');
      expect((await call(lead, 'team/status', {})).pendingChanges).toBeGreaterThan(0);
    } finally {
      cluster().start();
    }
    await until(
      'the lead online again',
      async () => (await call(lead, 'team/activity', {})).connection === 'online',
    );
    await until(
      'the lead’s coding at Alice’s',
      async () =>
        (await call(alice, 'codings/ofDocument', { documentId: documentIds[0] ?? 0 })).some(
          (coding) => coding.coder === 'lea' && coding.start === 50,
        ),
      // Alice's retry waits out her back-off (up to a few minutes after a long outage).
      300_000,
    );
  }, 400_000);
});
