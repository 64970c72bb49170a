import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { getTeamLink } from '../../db/team/link.ts';
import { TEAM_TEST_TIMEOUT_MS, useCluster } from '../support/postgresCluster.ts';
import { call } from '../support/session.ts';
import { asMember, memberSession, syncAs, teamOf, sessionsClosedAfterEach } from '../support/team.ts';

const cluster = useCluster();
const open = sessionsClosedAfterEach();

const team = (name: string, members: readonly (readonly [string, 'lead' | 'coder'])[]) =>
  teamOf(cluster(), name, members, open);
const sync = syncAs;

async function codeNamed(session: ProjectSession, name: string): Promise<number> {
  const code = (await call(session, 'codes/list', {})).find((c) => c.name === name);
  if (!code) throw new Error(`no code ${name}`);
  return code.id;
}

/** A coding of the session's coder with Travail on the first document, from start to end. */
async function codeTravail(session: ProjectSession, start: number, end: number) {
  const [document] = await call(session, 'documents/list', {});
  const [coding] = await call(session, 'codings/create', {
    items: [{ documentId: document?.id ?? 0, start, end, codeId: await codeNamed(session, 'Travail') }],
  });
  return coding;
}

/** Léa (the lead) merges Fatigue into Famille; then Léa, Alice and Léa again sync. */
async function leadMergesFatigueAndAllSync(lead: ProjectSession, alice: ProjectSession): Promise<void> {
  await call(lead, 'codes/merge', {
    sourceId: await codeNamed(lead, 'Fatigue'),
    targetId: await codeNamed(lead, 'Famille'),
  });
  await sync('lea', lead);
  await sync('alice', alice);
  await sync('lea', lead);
}

const names = async (session: ProjectSession) =>
  (await call(session, 'codes/list', {})).map((c) => c.name).sort();

describe('conflicts', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('keeps the later of two renames of a code and files the other as a proposal', async () => {
    const { lead, sessions } = await team('renames', [['marc', 'lead']]);
    const marc = sessions['marc'] as ProjectSession;
    // Marc renames Famille offline; Léa renames it too, later, and syncs first.
    await call(marc, 'codes/update', { id: await codeNamed(marc, 'Famille'), name: 'Foyer' });
    await call(lead.session, 'codes/update', {
      id: await codeNamed(lead.session, 'Famille'),
      name: 'Vie familiale',
    });
    await sync('lea', lead.session);
    const report = await sync('marc', marc);
    expect(report.conflicts).toBe(1);
    expect(report.proposals).toBe(1);
    expect(await names(marc)).toContain('Vie familiale');
    await sync('lea', lead.session);
    expect(await names(lead.session)).toEqual(await names(marc));
    const proposals = await call(lead.session, 'review/proposals', {});
    expect(proposals.map((p) => p.payload)).toContainEqual({
      kind: 'rename',
      codeId: await codeNamed(lead.session, 'Vie familiale'),
      name: 'Foyer',
    });
  });

  it("turns a coder's codebook edit into a proposal for the lead", async () => {
    const { lead, sessions } = await team('proposal', [['alice', 'coder']]);
    const alice = sessions['alice'] as ProjectSession;
    await call(alice, 'codes/update', {
      id: await codeNamed(alice, 'Travail'),
      name: 'Emploi',
      description: 'Le métier.',
    });
    const report = await sync('alice', alice);
    expect(report.proposals).toBe(2);
    // The codebook stays the lead's, in Alice's copy too.
    expect(await names(alice)).toEqual(['Famille', 'Fatigue', 'Travail']);
    await sync('lea', lead.session);
    const travail = await codeNamed(lead.session, 'Travail');
    const payloads = (await call(lead.session, 'review/proposals', {})).map((p) => p.payload);
    expect(payloads).toContainEqual({ kind: 'rename', codeId: travail, name: 'Emploi' });
    expect(payloads).toContainEqual({
      kind: 'definition',
      codeId: travail,
      description: 'Le métier.',
      inclusion: '',
      exclusion: '',
    });
  });

  it('brings the codings a coder made offline on a code the lead merged to its target', async () => {
    const { lead, sessions } = await team('merged', [['alice', 'coder']]);
    const alice = sessions['alice'] as ProjectSession;
    const [document] = await call(alice, 'documents/list', {});
    const fatigue = await codeNamed(alice, 'Fatigue');
    await call(alice, 'codings/create', {
      items: [30, 40, 50].map((start) => ({
        documentId: document?.id ?? 0,
        start,
        end: start + 6,
        codeId: fatigue,
      })),
    });
    await leadMergesFatigueAndAllSync(lead.session, alice);
    const aliceCoder = getTeamLink(alice.db())?.coderGuid;
    for (const session of [alice, lead.session]) {
      expect(await names(session)).toEqual(['Famille', 'Travail']);
      const famille = await codeNamed(session, 'Famille');
      const codings = await call(session, 'codings/ofDocument', { documentId: document?.id ?? 0 });
      const starts = codings
        .filter((c) => c.codeId === famille && [30, 40, 50].includes(c.start))
        .map((c) => c.start);
      expect(starts.sort()).toEqual([30, 40, 50]);
    }
    // A coding pushed later still naming the merged code lands on its target (server trigger).
    const guids = await cluster().admin('merged', async (client) => {
      const codes = (
        await client.query(
          "SELECT guid, data->>'name' AS name FROM verbatim.tombstones t LEFT JOIN verbatim.codes c USING (guid) WHERE t.entity = 'codes'",
        )
      ).rows;
      const target = (await client.query("SELECT guid FROM verbatim.codes WHERE data->>'name' = 'Famille'"))
        .rows[0].guid as string;
      return { source: codes[0].guid as string, target };
    });
    await asMember(cluster(), 'merged', 'alice', 'alice-secret', async (client) => {
      await client.query('INSERT INTO verbatim.codings (guid, data) VALUES ($1, $2)', [
        'late-coding',
        {
          code: guids.source,
          coder: aliceCoder,
          document: 'x',
          start: 1,
          end: 2,
          quote: 'a',
          created_at: 'now',
        },
      ]);
    });
    const landed = await cluster().admin(
      'merged',
      async (client) =>
        (await client.query("SELECT data->>'code' AS code FROM verbatim.codings WHERE guid = 'late-coding'"))
          .rows[0].code,
    );
    expect(landed).toBe(guids.target);
  });

  it('lets a deletion win over an edit of the deleted coding, and records it', async () => {
    const { lead, sessions } = await team('deletion', [['alice', 'coder']]);
    const alice = sessions['alice'] as ProjectSession;
    const coding = await codeTravail(alice, 60, 70);
    await sync('alice', alice);
    await sync('lea', lead.session);
    // Alice widens her coding offline; meanwhile the lead deletes it.
    await call(alice, 'codings/update', { id: coding?.id ?? 0, start: 55, end: 75 });
    const leadCodings = await call(lead.session, 'codings/ofDocument', {
      documentId: coding?.documentId ?? 0,
    });
    const theirs = leadCodings.find((c) => c.start === 60 && c.end === 70);
    await call(lead.session, 'codings/delete', { id: theirs?.id ?? 0 });
    await sync('lea', lead.session);
    const report = await sync('alice', alice);
    expect(report.conflicts).toBe(1);
    const left = await call(alice, 'codings/ofDocument', { documentId: coding?.documentId ?? 0 });
    expect(left.filter((c) => c.start === 55 || c.start === 60)).toEqual([]);
    const onServer = await cluster().admin(
      'deletion',
      async (client) =>
        (
          await client.query(
            "SELECT count(*) AS n FROM verbatim.codings WHERE (data->>'start')::int IN (55, 60)",
          )
        ).rows[0].n,
    );
    expect(Number(onServer)).toBe(0);
  });
});

describe('a local deletion', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('wins over an edit of the deleted coding pulled before it was sent', async () => {
    const { lead, sessions } = await team('localdeletion', [['alice', 'coder']]);
    const alice = sessions['alice'] as ProjectSession;
    const [document] = await call(alice, 'documents/list', {});
    const documentId = document?.id ?? 0;
    const [coding] = await call(alice, 'codings/create', {
      items: [{ documentId, start: 60, end: 70, codeId: await codeNamed(alice, 'Fatigue') }],
    });
    await sync('alice', alice);
    await sync('lea', lead.session);
    // Alice deletes her coding offline; meanwhile the lead's merge moves it on the server.
    await call(alice, 'codings/delete', { id: coding?.id ?? 0 });
    await leadMergesFatigueAndAllSync(lead.session, alice);

    for (const session of [alice, lead.session]) {
      const left = await call(session, 'codings/ofDocument', { documentId });
      expect(left.filter((c) => c.start === 60 && c.end === 70)).toEqual([]);
    }
    const onServer = await cluster().admin(
      'localdeletion',
      async (client) =>
        (await client.query("SELECT count(*) AS n FROM verbatim.codings WHERE (data->>'start')::int = 60"))
          .rows[0].n,
    );
    expect(Number(onServer)).toBe(0);
  });
});

describe('a pulled row the copy cannot hold', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it("is recorded and skipped, and does not stop everyone's sync", async () => {
    const { lead, sessions } = await team('badrow', [['alice', 'coder']]);
    const alice = sessions['alice'] as ProjectSession;
    await codeTravail(alice, 10, 20);
    await sync('alice', alice);
    // A buggy or hand-written client stores a coding of Alice's that no copy accepts (end before start).
    await asMember(cluster(), 'badrow', 'alice', 'alice-secret', (client) =>
      client.query(
        `INSERT INTO verbatim.codings (guid, data)
         SELECT 'broken-coding', jsonb_set(jsonb_set(data, '{start}', '30'), '{end}', '5')
         FROM verbatim.codings WHERE data->>'coder' = $1 LIMIT 1`,
        [getTeamLink(alice.db())?.coderGuid],
      ),
    );
    await call(lead.session, 'codes/create', { name: 'Nuit' });

    const report = await sync('lea', lead.session);
    expect(report.status.pendingChanges).toBe(0);
    expect(report.status.lastError).toBeNull();
    const conflicts = await call(lead.session, 'team/conflicts', {});
    expect(conflicts.some((conflict) => conflict.guid === 'broken-coding')).toBe(true);
    await sync('alice', alice);
    expect(await names(alice)).toContain('Nuit');
  });

  it("skips a deletion the copy refuses: a coder's own row, still the author of codings", async () => {
    const { lead, sessions } = await team('badtombstone', [['alice', 'coder']]);
    const alice = sessions['alice'] as ProjectSession;
    await codeTravail(alice, 10, 20);
    await sync('alice', alice);
    await sync('lea', lead.session);
    // A hand-written client deletes Alice's coder row (hers to delete), not her codings.
    await asMember(cluster(), 'badtombstone', 'alice', 'alice-secret', (client) =>
      client.query('DELETE FROM verbatim.coders WHERE guid = $1', [getTeamLink(alice.db())?.coderGuid]),
    );
    await call(lead.session, 'codes/create', { name: 'Nuit' });

    const report = await sync('lea', lead.session);
    expect(report.status).toMatchObject({ pendingChanges: 0, lastError: null });
    const conflicts = await call(lead.session, 'team/conflicts', {});
    expect(conflicts.some((conflict) => conflict.rule === 'cannot-apply')).toBe(true);
  });
});

describe('names', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('keeps both codes when two leads create one with the same name apart', async () => {
    const { lead, sessions } = await team('names', [['marc', 'lead']]);
    const marc = sessions['marc'] as ProjectSession;
    await call(marc, 'codes/create', { name: 'Nuit' });
    await call(lead.session, 'codes/create', { name: 'nuit' });
    await sync('lea', lead.session);
    const report = await sync('marc', marc);
    expect(report.conflicts).toBe(1);
    await sync('lea', lead.session);
    expect(await names(marc)).toEqual(await names(lead.session));
    expect((await names(marc)).filter((name) => name.toLowerCase().startsWith('nuit'))).toEqual([
      'Nuit (2)',
      'nuit',
    ]);
  });
});

describe('changes a role does not allow', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it("gives a coder's copy back the server's document and coding, recorded", async () => {
    const { lead, sessions } = await team('refused', [['alice', 'coder']]);
    const alice = sessions['alice'] as ProjectSession;
    const [document] = await call(alice, 'documents/list', {});
    await call(alice, 'documents/rename', { id: document?.id ?? 0, name: 'Renommé par Alice' });
    const [leadCoding] = await call(alice, 'codings/ofDocument', { documentId: document?.id ?? 0 });
    await call(alice, 'codings/update', { id: leadCoding?.id ?? 0, start: 1, end: 9 });
    const report = await sync('alice', alice);
    expect(report.conflicts).toBe(2);
    expect((await call(alice, 'team/conflicts', {})).map((c) => [c.entity, c.rule])).toEqual([
      ['documents', 'not-allowed:coder'],
      ['codings', 'not-allowed:coder'],
    ]);
    expect((await call(alice, 'documents/list', {})).map((d) => d.name)).toEqual(
      (await call(lead.session, 'documents/list', {})).map((d) => d.name),
    );
    const again = await call(alice, 'codings/ofDocument', { documentId: document?.id ?? 0 });
    expect(again.find((c) => c.id === leadCoding?.id)).toMatchObject({ start: 0, end: 10 });
    expect((await call(alice, 'team/status', {})).pendingChanges).toBe(0);
  });
});

describe('deletions a role does not allow', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it("brings back into a coder's copy another coder's coding she deleted", async () => {
    const { lead, sessions } = await team('undeleted', [['alice', 'coder']]);
    const alice = sessions['alice'] as ProjectSession;
    const [document] = await call(alice, 'documents/list', {});
    const before = await call(alice, 'codings/ofDocument', { documentId: document?.id ?? 0 });
    await call(alice, 'codings/delete', { id: before[0]?.id ?? 0 });
    const report = await sync('alice', alice);
    expect(report.conflicts).toBe(1);
    const after = await call(alice, 'codings/ofDocument', { documentId: document?.id ?? 0 });
    expect(after.map((c) => [c.start, c.end])).toEqual(before.map((c) => [c.start, c.end]));
    await sync('lea', lead.session);
    expect(await call(lead.session, 'codings/ofDocument', { documentId: document?.id ?? 0 })).toHaveLength(
      before.length,
    );
  });
});

describe('identity', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it("keeps a member's work theirs after they rename their identity", async () => {
    const { lead, sessions } = await team('identity', [['alice', 'coder']]);
    const joined = sessions['alice'] as ProjectSession;
    const path = joined.path ?? '';
    const claimed = getTeamLink(joined.db())?.coderGuid;
    joined.close();
    // The same person, identity now "Alice Martin": her new codings get a coder of that name.
    const renamed = memberSession('Alice Martin');
    open.push(renamed);
    await call(renamed, 'project/open', { path });
    const [document] = await call(renamed, 'documents/list', {});
    await call(renamed, 'codings/create', {
      items: [
        { documentId: document?.id ?? 0, start: 80, end: 90, codeId: await codeNamed(renamed, 'Travail') },
      ],
    });
    const report = await sync('alice', renamed);
    expect(report.conflicts).toBe(0);
    expect(report.pushed).toBeGreaterThan(0);
    await sync('lea', lead.session);
    const coders = await call(lead.session, 'coders/list', {});
    expect(coders.find((coder) => coder.name === 'Alice Martin')?.codings).toBe(1);
    expect(getTeamLink(renamed.db())?.coderGuid).toBe(claimed);
  });
});

describe('codes a coder creates', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it("gives the coder's codings to the code the lead creates from their proposal", async () => {
    const { lead, sessions } = await team('invivo', [['alice', 'coder']]);
    const alice = sessions['alice'] as ProjectSession;
    const [document] = await call(alice, 'documents/list', {});
    // Alice codes with a code of her own (in vivo), offline.
    await call(alice, 'codings/create', {
      items: [{ documentId: document?.id ?? 0, start: 100, end: 110, codeName: 'Rentrer tard' }],
    });
    expect((await sync('alice', alice)).proposals).toBe(1);
    await sync('lea', lead.session);
    const [proposal] = (await call(lead.session, 'review/proposals', {})).filter(
      (p) => p.payload.kind === 'new-code',
    );
    await call(lead.session, 'review/decide', { id: proposal?.id ?? 0, accept: true });
    await sync('lea', lead.session);
    await sync('alice', alice);
    await sync('lea', lead.session);
    for (const session of [alice, lead.session]) {
      expect((await names(session)).filter((name) => name.startsWith('Rentrer'))).toEqual(['Rentrer tard']);
      const code = await codeNamed(session, 'Rentrer tard');
      const codings = await call(session, 'codings/ofDocument', { documentId: document?.id ?? 0 });
      expect(codings.filter((c) => c.codeId === code).map((c) => [c.start, c.end])).toEqual([[100, 110]]);
    }
  });
});
