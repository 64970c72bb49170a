import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { isNewerThanCursor, listenForChanges } from '../../app/team/listen.ts';
import { TEAM_TEST_TIMEOUT_MS, useCluster } from '../support/postgresCluster.ts';
import { call } from '../support/session.ts';
import { syncAs, teamOf, sessionsClosedAfterEach } from '../support/team.ts';

const cluster = useCluster();
const open = sessionsClosedAfterEach();

const team = (name: string, coders: readonly string[]) =>
  teamOf(
    cluster(),
    name,
    coders.map((coder) => [coder, 'coder'] as const),
    open,
  );
const sync = syncAs;

/** `count` distinct codings by the session's coder, from `offset`, on every document and code. */
async function codeMany(session: ProjectSession, count: number, offset: number): Promise<void> {
  const documents = await call(session, 'documents/list', {});
  const codes = await call(session, 'codes/list', {});
  const items = [];
  for (let i = offset; i < offset + count; i++) {
    const document = documents[i % documents.length];
    const code = codes[Math.floor(i / documents.length) % codes.length];
    const room = (document?.length ?? 20) - 12;
    const start = Math.floor(i / (documents.length * codes.length)) % room;
    const length = 1 + (Math.floor(i / (documents.length * codes.length * room)) % 10);
    items.push({ documentId: document?.id ?? 0, start, end: start + length, codeId: code?.id ?? 0 });
  }
  await call(session, 'codings/create', { items });
}

/** The codings as every copy must hold them: GUID, document, code, coder (GUIDs) and range. */
function codingsOf(session: ProjectSession): string[] {
  const db = new Database(session.path ?? '', { readonly: true });
  try {
    return (
      db
        .prepare(
          `SELECT c.guid || ' ' || d.guid || ' ' || k.guid || ' ' || r.guid || ' ' || c.start || '-' || c."end" AS row
           FROM codings c JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id
           JOIN coders r ON r.id = c.coder_id ORDER BY c.guid`,
        )
        .all() as { row: string }[]
    ).map((row) => row.row);
  } finally {
    db.close();
  }
}

describe('sync', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('makes three coders adding 1,000 codings each, syncing concurrently, converge', async () => {
    const coders = ['alice', 'bruno', 'chloe'];
    const { lead, sessions } = await team('converge', coders);
    // Each coder codes in four rounds and syncs after each; the three run at once, so their
    // pulls and batches interleave on the server.
    await Promise.all(
      coders.map(async (coder, index) => {
        const session = sessions[coder] as ProjectSession;
        for (let round = 0; round < 4; round++) {
          await codeMany(session, 250, index * 10_000 + round * 250);
          await sync(coder, session);
        }
      }),
    );
    // Everyone syncs once more (the last changes of the others), then all copies agree.
    for (const coder of ['lea', ...coders]) await sync(coder, sessions[coder] as ProjectSession);
    const expected = codingsOf(lead.session);
    expect(expected).toHaveLength(4 + 3 * 1000);
    for (const coder of coders) expect(codingsOf(sessions[coder] as ProjectSession), coder).toEqual(expected);
    const onServer = await cluster().admin('converge', async (client) =>
      Number((await client.query('SELECT count(*) AS n FROM verbatim.codings')).rows[0].n),
    );
    expect(onServer).toBe(expected.length);
    for (const coder of coders)
      expect((await call(sessions[coder] as ProjectSession, 'team/status', {})).pendingChanges).toBe(0);
  });

  it('brings a coder who stayed offline for long back in step, cleanly', async () => {
    const { lead, sessions } = await team('offline', ['alice', 'bruno']);
    const alice = sessions['alice'] as ProjectSession;
    const bruno = sessions['bruno'] as ProjectSession;
    // Alice works offline: many changes of every kind, while the others move on.
    await codeMany(alice, 400, 0);
    const memo = await call(alice, 'memos/save', {
      targetKind: 'project',
      targetId: null,
      title: 'Terrain',
      body: 'Notes',
      plainText: 'Notes',
    });
    const [first] = await call(alice, 'codings/ofDocument', {
      documentId: (await call(alice, 'documents/list', {}))[0]?.id ?? 0,
    });
    await call(alice, 'codings/delete', { id: first?.id ?? 0 });
    for (let round = 0; round < 5; round++) {
      await codeMany(bruno, 100, 50_000 + round * 100);
      await sync('bruno', bruno);
    }
    await call(lead.session, 'codes/create', { name: 'Nuit' });
    await call(lead.session, 'documents/rename', { id: lead.documentIds[0] ?? 0, name: 'Anne, 2024' });
    await sync('lea', lead.session);
    expect((await call(alice, 'team/status', {})).pendingChanges).toBeGreaterThan(400);

    const report = await sync('alice', alice);
    expect(report.conflicts).toBe(0);
    expect(report.status.pendingChanges).toBe(0);
    await sync('bruno', bruno);
    await sync('lea', lead.session);
    const expected = codingsOf(lead.session);
    expect(codingsOf(alice)).toEqual(expected);
    expect(codingsOf(bruno)).toEqual(expected);
    expect((await call(alice, 'codes/list', {})).map((code) => code.name)).toContain('Nuit');
    expect((await call(alice, 'documents/list', {})).map((document) => document.name)).toContain(
      'Anne, 2024',
    );
    expect((await call(bruno, 'memos/list', {})).map((m) => m.id).length).toBeGreaterThan(0);
    expect(memo.title).toBe('Terrain');
  });

  it('gives the lead agreement and disagreements on the coders’ synced codings', async () => {
    const { lead, sessions } = await team('agreement', ['alice', 'bruno']);
    const alice = sessions['alice'] as ProjectSession;
    const bruno = sessions['bruno'] as ProjectSession;
    // Each codes the opening of every interview with Famille, Bruno more briefly than Alice.
    for (const [session, end] of [
      [alice, 12],
      [bruno, 6],
    ] as const) {
      const family = (await call(session, 'codes/list', {})).find((code) => code.name === 'Famille');
      const documents = await call(session, 'documents/list', {});
      await call(session, 'codings/create', {
        items: documents.map((document) => ({
          documentId: document.id,
          start: 0,
          end,
          codeId: family?.id ?? 0,
        })),
      });
    }
    await sync('alice', alice);
    await sync('bruno', bruno);
    await sync('lea', lead.session);
    await sync('alice', alice);

    const family = lead.codeIds.family;
    const input = { coders: ['alice', 'bruno'], unit: 'char' as const, codeIds: [family] };
    const atLead = await call(lead.session, 'agreement/compute', input);
    const [pooled] = atLead.codes;
    // Characters 0–6 agree, 6–12 do not, in each of the interviews.
    expect(pooled).toMatchObject({ codeId: family });
    expect(pooled?.disagreements).toBe(6 * lead.documentIds.length);
    // Alice's copy, synced, computes the same figures as the lead's.
    const aliceFamily =
      (await call(alice, 'codes/list', {})).find((code) => code.name === 'Famille')?.id ?? 0;
    const atAlice = await call(alice, 'agreement/compute', { ...input, codeIds: [aliceFamily] });
    expect(atAlice.codes.map(({ codeId: _, ...figures }) => figures)).toEqual(
      atLead.codes.map(({ codeId: _, ...figures }) => figures),
    );
    const places = await call(lead.session, 'agreement/disagreements', {
      coders: ['alice', 'bruno'],
      unit: 'char',
      codeId: family,
    });
    expect(places).toHaveLength(lead.documentIds.length);
    // A place spans the codings that differ there: Alice's 0–12 beside Bruno's 0–6.
    expect(places.map((place) => [place.start, place.end])).toEqual(lead.documentIds.map(() => [0, 12]));
    expect(places[0]?.byCoder.map((side) => [side.coder, side.codings.map((c) => [c.start, c.end])])).toEqual(
      [
        ['alice', [[0, 12]]],
        ['bruno', [[0, 6]]],
      ],
    );
  });

  it('sends a change once however often its push is repeated', async () => {
    const { sessions } = await team('idempotent', ['alice']);
    const alice = sessions['alice'] as ProjectSession;
    await codeMany(alice, 50, 0);
    const outbox = new Database(alice.path ?? '');
    const pending = outbox.prepare('SELECT * FROM team_outbox ORDER BY id').all() as Record<
      string,
      unknown
    >[];
    outbox.close();
    await sync('alice', alice);
    const count = () =>
      cluster().admin('idempotent', async (client) => ({
        codings: Number((await client.query('SELECT count(*) AS n FROM verbatim.codings')).rows[0].n),
        revs: Number((await client.query('SELECT last_value AS n FROM verbatim.revs')).rows[0].n),
      }));
    const after = await count();
    // The same entries again, as after a push killed between the server's commit and the
    // clearing of the outbox: the server applies none of them.
    const again = new Database(alice.path ?? '');
    const insert = again.prepare(
      'INSERT INTO team_outbox (id, entity, guid, op, change_guid, created_at) VALUES (@id, @entity, @guid, @op, @change_guid, @created_at)',
    );
    for (const entry of pending) insert.run(entry);
    again.close();
    const report = await sync('alice', alice);
    expect(report.pushed).toBe(0);
    expect(report.status.pendingChanges).toBe(0);
    expect(await count()).toEqual(after);
  });
});

describe('live updates', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('tells a listening member when someone else commits a change', async () => {
    const { lead, sessions } = await team('listen', ['alice']);
    const alice = sessions['alice'] as ProjectSession;
    const heard: number[] = [];
    const stop = await listenForChanges(alice.db(), 'alice-secret', (revision) => heard.push(revision));
    try {
      await call(lead.session, 'codes/create', { name: 'Nuit' });
      await sync('lea', lead.session);
      // Notifications arrive after the commit: wait for one (the test's timeout bounds it).
      while (!heard.some((revision) => isNewerThanCursor(alice.db(), revision))) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await sync('alice', alice);
      expect((await call(alice, 'codes/list', {})).map((code) => code.name)).toContain('Nuit');
      expect(heard.every((revision) => !isNewerThanCursor(alice.db(), revision))).toBe(true);
    } finally {
      await stop();
    }
  });
});

describe('syncs at once', { timeout: TEAM_TEST_TIMEOUT_MS }, () => {
  it('runs two syncs of one project one after the other, each change sent once', async () => {
    const { sessions } = await team('twice', ['alice']);
    const alice = sessions['alice'] as ProjectSession;
    await codeMany(alice, 1200, 0);
    const [first, second] = await Promise.all([sync('alice', alice), sync('alice', alice)]);
    // Whichever ran first sent everything; the other found nothing left to send.
    expect([first.pushed, second.pushed].sort((a, b) => a - b)).toEqual([0, 1200]);
    const applied = await cluster().admin('twice', async (client) =>
      Number(
        (await client.query("SELECT count(*) AS n FROM verbatim.applied_changes WHERE applied_by = 'alice'"))
          .rows[0].n,
      ),
    );
    // Her coder row at join, then each coding once.
    expect(applied).toBe(1 + 1200);
  });
});
