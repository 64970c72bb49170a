import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationNames, type InputOf, type OperationName } from '../../app/contract/api.ts';
import { createCode } from '../../app/codes/createCode.ts';
import { mutation, type HistoryRule, type OperationTable } from '../../app/registration/registry.ts';
import { operations } from '../../app/operations.ts';
import { countOutbox, insertTeamLink } from '../../db/team/link.ts';
import { writeTransaction } from '../../db/transaction.ts';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { projectDump } from '../support/projectDump.ts';

/** The operations registered with a given history rule (e.g. every `mutation`). */
type Registered<H extends HistoryRule> = {
  [N in OperationName]: (typeof operations)[N]['history'] extends H ? N : never;
}[OperationName];
type Mutation = Registered<'event'>;

const TEXT =
  'Enquêteur : Et le soir ?\nMarie : Je travaille pour la plateforme après les enfants.\nEnquêteur : Seule ?\nMarie : Toujours seule.';

interface Fixture {
  readonly session: ProjectSession;
  readonly path: string;
  readonly documentId: number;
  readonly codes: { readonly travail: number; readonly soir: number; readonly famille: number };
  readonly codingId: number;
  readonly memoId: number;
  readonly caseId: number;
  readonly attributeId: number;
  readonly documentSetId: number;
  readonly codeGroupId: number;
}

/**
 * A project with a document, three codes, one coding of the tester, two of other coders, a
 * memo, a case with an attribute value, a document set and a code group.
 */
async function fixture(): Promise<Fixture> {
  const session = testSession();
  const path = join(makeTempDir('registration'), 'r.verbatim');
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'marie.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  const travail = (await call(session, 'codes/create', { name: 'travail' })).id;
  const soir = (await call(session, 'codes/create', { name: 'soir' })).id;
  const famille = (await call(session, 'codes/create', { name: 'famille' })).id;
  const [coding] = await call(session, 'codings/create', {
    items: [
      { documentId, start: 0, end: 10, codeId: travail },
      { documentId, start: 30, end: 50, codeId: famille, coder: 'alice' },
      { documentId, start: 30, end: 60, codeId: famille, coder: 'bastien' },
    ],
  });
  const memo = await call(session, 'memos/save', {
    targetKind: 'project',
    targetId: null,
    title: 'Terrain',
    body: 'Premier entretien.',
    plainText: 'Premier entretien.',
  });
  const caseRow = await call(session, 'cases/create', { name: 'Marie', documentIds: [documentId] });
  const age = await call(session, 'attributes/create', { name: 'âge', type: 'number' });
  await call(session, 'cases/setValue', { caseId: caseRow.id, attributeId: age.id, value: '34' });
  const documentSet = await call(session, 'sets/create', {
    kind: 'document',
    name: 'Vague 1',
    memberIds: [documentId],
  });
  const codeGroup = await call(session, 'sets/create', { kind: 'code', name: 'Vie', memberIds: [soir] });
  return {
    session,
    path,
    documentId,
    caseId: caseRow.id,
    attributeId: age.id,
    documentSetId: documentSet.id,
    codeGroupId: codeGroup.id,
    codes: { travail, soir, famille },
    codingId: coding?.id ?? 0,
    memoId: memo.id,
  };
}

/**
 * A valid input for every operation registered with `mutation()`. Typed over the
 * registration, so a new mutation without an input here does not compile.
 */
const inputs: { readonly [N in Mutation]: (f: Fixture) => InputOf<N> } = {
  'codes/create': () => ({ name: 'nouveau' }),
  'codes/update': (f) => ({ id: f.codes.travail, name: 'labeur' }),
  'codes/delete': (f) => ({ id: f.codes.soir }),
  'codes/move': (f) => ({ id: f.codes.soir, parentId: f.codes.travail, index: 0 }),
  'codes/merge': (f) => ({ sourceId: f.codes.soir, targetId: f.codes.travail }),
  'codes/split': (f) => ({ codeId: f.codes.travail, codingIds: [f.codingId], newName: 'travail du soir' }),
  'codings/create': (f) => ({
    items: [{ documentId: f.documentId, start: 40, end: 50, codeId: f.codes.soir }],
  }),
  'codings/delete': (f) => ({ id: f.codingId }),
  'codings/update': (f) => ({ id: f.codingId, start: 0, end: 12 }),
  'codings/recode': (f) => ({ codingIds: [f.codingId], codeId: f.codes.famille }),
  'codings/deleteMany': (f) => ({ ids: [f.codingId] }),
  'memos/save': (f) => ({
    targetKind: 'code',
    targetId: f.codes.travail,
    title: 'Définition',
    body: 'Tout ce qui touche au travail.',
    plainText: 'Tout ce qui touche au travail.',
  }),
  'memos/delete': (f) => ({ id: f.memoId }),
  'documents/rename': (f) => ({ id: f.documentId, name: 'Marie, 2024' }),
  'documents/edit': (f) => ({ id: f.documentId, edits: [{ start: 0, end: 0, text: 'Bon. ' }] }),
  'queries/codeResults': () => ({ expression: 'famille OR soir', codeName: 'famille ou soir' }),
  'summaries/save': (f) => ({ caseId: f.caseId, codeId: f.codes.travail, text: 'Travail de nuit, fatigue.' }),
  'cases/create': (f) => ({ name: 'Paul', description: 'Livreur', documentIds: [f.documentId] }),
  'cases/update': (f) => ({ id: f.caseId, name: 'Marie B.', documentIds: [] }),
  'cases/delete': (f) => ({ id: f.caseId }),
  'cases/setValue': (f) => ({ caseId: f.caseId, attributeId: f.attributeId, value: '41' }),
  'attributes/create': () => ({ name: 'contrat', type: 'choice', choices: ['CDI', 'auto-entrepreneur'] }),
  'attributes/update': (f) => ({ id: f.attributeId, name: 'âge en années' }),
  'attributes/delete': (f) => ({ id: f.attributeId }),
  'sets/create': (f) => ({ kind: 'code', name: 'Travail', memberIds: [f.codes.travail] }),
  'sets/update': (f) => ({ kind: 'document', id: f.documentSetId, name: 'Vague 2', memberIds: [] }),
  'sets/delete': (f) => ({ kind: 'code', id: f.codeGroupId }),
  'documents/delete': (f) => ({ id: f.documentId }),
  'agreement/resolve': (f) => ({
    codeId: f.codes.famille,
    documentId: f.documentId,
    start: 30,
    end: 60,
    decision: 'keepA',
    coders: ['alice', 'bastien'],
  }),
};

const mutations = Object.keys(inputs) as Mutation[];

/** Every table, the history included, as another connection reads them. */
function snapshot(path: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return projectDump(db, { withEvents: true });
  } finally {
    db.close();
  }
}

function eventCount(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Makes recording any event fail, after the handler has written its rows. */
function breakEventRecording(path: string): () => void {
  const db = new Database(path);
  db.exec(
    "CREATE TRIGGER injected_failure BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
  );
  return () => {
    db.exec('DROP TRIGGER injected_failure');
    db.close();
  };
}

describe('the registration table', () => {
  it('is checked by the compiler: a table without one operation is not an OperationTable', () => {
    const { 'codes/list': dropped, ...withoutOne } = operations;
    // @ts-expect-error codes/list is missing, so this is not a whole table.
    const incomplete: OperationTable = withoutOne;
    expect(Object.keys(incomplete)).not.toContain('codes/list');
    expect(dropped.history).toBe('none');
  });

  it('lists mutations and reads apart; every other write says why it is not one mutation', () => {
    const rules = new Map<HistoryRule, string[]>();
    for (const name of operationNames) {
      const { history, visibility, why } = operations[name];
      rules.set(history, [...(rules.get(history) ?? []), name]);
      if (history === 'unrecorded' || history === 'own') expect(why?.length, name).toBeGreaterThan(20);
      // A change is never registered as a read, which blind mode would run on a read-only reader.
      if (history === 'none') expect(visibility, name).not.toBe('writes');
    }
    expect(rules.get('event')?.sort()).toEqual([...mutations].sort());
    // Changes kept out of the undo history: settings of the project and of the analysis
    // (blind mode, stop words, saved queries) and review records (a frozen version, a
    // proposal), which are not the material; everything else a researcher changes is undoable.
    expect(rules.get('unrecorded')?.sort()).toEqual([
      'project/setSettings',
      'queries/delete',
      'queries/save',
      'review/freeze',
      'review/propose',
      'words/setStopWords',
    ]);
    // Their own transactions: imports (per file), merges (one bulk event), undo/redo,
    // pseudonymisation (compacts after commit), files replaced or copied whole, a review
    // decision (applies the proposal through mutations, then records itself), updates from a
    // new version of a file (parsed before their one recorded change).
    expect(rules.get('own')?.sort()).toEqual([
      'coders/setMe',
      'documents/applyUpdate',
      'documents/applyUpdateBatch',
      'documents/importBatch',
      'documents/importFiles',
      'documents/importPaths',
      'documents/importTable',
      'exchange/importCodebook',
      'exchange/importProject',
      'history/redo',
      'history/undo',
      'project/merge',
      'project/mergePreview',
      'project/restoreBackup',
      'project/saveCopy',
      'pseudonymise/applyToDocuments',
      'review/decide',
      'team/addMember',
      'team/publish',
      'team/setBlind',
      'team/sync',
    ]);
  });
});

describe('a mutation', () => {
  it.each(mutations)('%s leaves exactly one new history event', async (name) => {
    const f = await fixture();
    const before = eventCount(f.path);
    await call(f.session, name, inputs[name](f) as never);
    expect(eventCount(f.path)).toBe(before + 1);
  });

  it.each(mutations)('%s writes its rows and its event in one transaction', async (name) => {
    const f = await fixture();
    const before = snapshot(f.path);
    const restore = breakEventRecording(f.path);
    try {
      const error = await callError(f.session, name, inputs[name](f));
      expect(error.message).toMatch(/injected failure/u);
    } finally {
      restore();
    }
    // The rows the handler wrote before the event failed are rolled back with it.
    expect(snapshot(f.path)).toEqual(before);
  });

  it('that changes rows without describing them is refused, and its rows rolled back', async () => {
    const f = await fixture();
    const careless = mutation<'codes/create'>({ kind: 'code.create' }, ({ name }, { db, changes }) =>
      createCode(db, changes, name, null),
    );
    const before = snapshot(f.path);
    expect(() => careless.run({ name: 'oublié' }, f.session)).toThrow(/without saying how/u);
    expect(snapshot(f.path)).toEqual(before);
  });
});

type Unrecorded = Registered<'unrecorded'>;
type Own = Registered<'own'>;

/**
 * For a change kept out of the history (and a few with their own transactions): how to
 * make it on the fixture (its prerequisites made first, before the project is linked), or
 * why it leaves nothing for the team server.
 */
const teamChanges: {
  readonly [N in Unrecorded | Own]?: ((f: Fixture) => Promise<InputOf<N>>) | string;
} = {
  'review/propose': async () => ({ payload: { kind: 'new-code', name: 'nuit' } }),
  'review/decide': async (f) => ({
    id: (await call(f.session, 'review/propose', { payload: { kind: 'new-code', name: 'nuit' } })).id,
    accept: true,
  }),
  'documents/importFiles': async () => ({
    files: [{ name: 'paul.txt', base64: Buffer.from('Paul : La nuit, je roule.').toString('base64') }],
  }),
  'history/undo': async () => ({}),
  'history/redo': async (f) => {
    await call(f.session, 'history/undo', {});
    return {};
  },
  'project/setSettings': 'Settings stay in the project; blind mode of a team project is held by the server.',
  'queries/save': 'Saved queries are the coder’s own tools, not shared work.',
  'queries/delete': 'Saved queries are the coder’s own tools, not shared work.',
  'review/freeze': 'A frozen codebook version is the lead’s own record of the codebook.',
  'words/setStopWords': 'Stop words are the coder’s own reading setting.',
};

describe('on a project linked to a team server', () => {
  const link = (f: Fixture): void => {
    const db = f.session.db();
    writeTransaction(db, () =>
      insertTeamLink(db, {
        url: 'postgresql://lea@example.org/team',
        member: 'lea',
        role: 'lead',
        projectId: 'p',
        coderGuid: null,
      }),
    );
  };

  it.each(mutations)('%s leaves its changes in the outbox', async (name) => {
    const f = await fixture();
    link(f);
    await call(f.session, name, inputs[name](f) as never);
    expect(countOutbox(f.session.db())).toBeGreaterThan(0);
  });

  const made = Object.entries(teamChanges).filter(([, how]) => typeof how !== 'string');
  it.each(made)('%s leaves its changes in the outbox', async (name, how) => {
    const f = await fixture();
    const input = await (how as (f: Fixture) => Promise<unknown>)(f);
    link(f);
    await call(f.session, name as OperationName, input as never);
    expect(countOutbox(f.session.db())).toBeGreaterThan(0);
  });

  it('leaves nothing in the outbox while the project is not linked', async () => {
    const f = await fixture();
    await call(f.session, 'codes/create', { name: 'hors ligne' });
    expect(countOutbox(f.session.db())).toBe(0);
  });

  it('covers every change kept out of the history, or says why it is not shared', () => {
    const unrecorded = operationNames.filter((name) => operations[name].history === 'unrecorded');
    expect(unrecorded.filter((name) => !(name in teamChanges))).toEqual([]);
  });
});
