import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputOf, OperationName } from '../../app/contract/api.ts';
import type { ProjectSession } from '../../app/session.ts';
import { projectDump } from '../support/projectDump.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

// Cases, attributes, sets and document deletion are undoable (db/queries/wholeRows.ts): each
// operation, undone, leaves every table exactly as before (rowids, ids and guids included);
// redone, exactly as after.

const MARIE =
  'Enquêteur : Et le soir ?\nMarie : Je travaille pour la plateforme après les enfants.\nEnquêteur : Seule ?\nMarie : Toujours seule, le dimanche aussi.';
const PAUL = 'Enquêteur : Et la paie ?\nPaul : On ne sait jamais, ça dépend des semaines.';

interface Fixture {
  readonly session: ProjectSession;
  readonly marie: number;
  readonly paul: number;
  readonly codes: { readonly travail: number; readonly soir: number; readonly famille: number };
  readonly marieCase: number;
  readonly age: number;
  readonly contract: number;
  readonly wave: number;
  readonly group: number;
}

const base64 = (text: string) => Buffer.from(text).toString('base64');
/** Where `words` are in the stored text (speaker labels become turns, out of the text). */
function range(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in the text`);
  return { start, end: start + words.length };
}

/**
 * Two transcripts; on Marie's, codings by three coders, an anchor example, memos on the
 * document and on codings, an unplaced coding (its text edited away) with its memo; two cases
 * with attribute values and a summary; a document set and a code group.
 */
async function fixture(): Promise<Fixture> {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('undo-whole'), 'u.verbatim') });
  const report = await call(session, 'documents/importFiles', {
    files: [
      { name: 'marie.txt', base64: base64(MARIE) },
      { name: 'paul.txt', base64: base64(PAUL) },
    ],
  });
  const [marie, paul] = report.imported.map((document) => document.id) as [number, number];
  const [marieText, paulText] = [
    (await call(session, 'documents/get', { id: marie })).text,
    (await call(session, 'documents/get', { id: paul })).text,
  ];
  const travail = (await call(session, 'codes/create', { name: 'travail' })).id;
  const soir = (await call(session, 'codes/create', { name: 'soir' })).id;
  const famille = (await call(session, 'codes/create', { name: 'famille' })).id;
  const [mine, , , gone] = await call(session, 'codings/create', {
    items: [
      { documentId: marie, ...range(marieText, 'Je travaille'), codeId: travail },
      { documentId: marie, ...range(marieText, 'après les enfants'), codeId: famille, coder: 'alice' },
      { documentId: paul, ...range(paulText, 'On ne sait jamais'), codeId: travail, coder: 'bastien' },
      { documentId: marie, ...range(marieText, 'le dimanche aussi'), codeId: soir },
    ],
  });
  await call(session, 'codes/update', { id: travail, exampleCodingId: mine?.id ?? 0 });
  const memo = (targetKind: 'document' | 'coding', targetId: number, title: string) =>
    call(session, 'memos/save', { targetKind, targetId, title, body: title, plainText: title });
  await memo('document', marie, 'Entretien au café');
  await memo('coding', mine?.id ?? 0, 'Travail de nuit');
  await memo('coding', gone?.id ?? 0, 'Le dimanche');
  // The edit removes the whole text of the last coding: it becomes an unplaced coding.
  const { start, end } = range(marieText, ', le dimanche aussi');
  await call(session, 'documents/edit', { id: marie, edits: [{ start, end, text: '' }] });
  const marieCase = (await call(session, 'cases/create', { name: 'Marie', documentIds: [marie] })).id;
  const paulCase = (await call(session, 'cases/create', { name: 'Paul', documentIds: [paul] })).id;
  const age = (await call(session, 'attributes/create', { name: 'âge', type: 'number' })).id;
  const contract = (
    await call(session, 'attributes/create', { name: 'contrat', type: 'choice', choices: ['CDI', 'libre'] })
  ).id;
  await call(session, 'cases/setValue', { caseId: marieCase, attributeId: age, value: '34' });
  await call(session, 'cases/setValue', { caseId: paulCase, attributeId: age, value: '51' });
  await call(session, 'cases/setValue', { caseId: marieCase, attributeId: contract, value: 'libre' });
  await call(session, 'summaries/save', { caseId: marieCase, codeId: travail, text: 'Travaille la nuit.' });
  const wave = (
    await call(session, 'sets/create', { kind: 'document', name: 'Vague 1', memberIds: [marie, paul] })
  ).id;
  const group = (
    await call(session, 'sets/create', { kind: 'code', name: 'Vie', memberIds: [soir, travail] })
  ).id;
  return { session, marie, paul, codes: { travail, soir, famille }, marieCase, age, contract, wave, group };
}

type Step = {
  [N in OperationName]: { readonly name: N; readonly input: (f: Fixture) => InputOf<N> };
}[OperationName];
const step = <N extends OperationName>(name: N, input: (f: Fixture) => InputOf<N>): Step =>
  ({ name, input }) as Step;

/** Each operation made undoable, with an input that changes the fixture. */
const STEPS: readonly Step[] = [
  step('cases/create', (f) => ({ name: 'Inès', description: 'Livreuse', documentIds: [f.paul] })),
  step('cases/update', (f) => ({
    id: f.marieCase,
    name: 'Marie B.',
    description: 'Caissière',
    documentIds: [f.paul],
  })),
  step('cases/delete', (f) => ({ id: f.marieCase })),
  step('cases/setValue', (f) => ({ caseId: f.marieCase, attributeId: f.age, value: '35' })),
  step('cases/setValue', (f) => ({ caseId: f.marieCase, attributeId: f.age, value: '' })),
  step('attributes/create', () => ({ name: 'ville', type: 'text' })),
  step('attributes/update', (f) => ({ id: f.contract, name: 'statut', choices: ['CDI', 'libre', 'CDD'] })),
  step('attributes/delete', (f) => ({ id: f.age })),
  step('sets/create', (f) => ({ kind: 'document', name: 'Vague 2', memberIds: [f.paul] })),
  step('sets/update', (f) => ({
    kind: 'code',
    id: f.group,
    name: 'Quotidien',
    memberIds: [f.codes.famille],
  })),
  step('sets/delete', (f) => ({ kind: 'document', id: f.wave })),
  step('sets/delete', (f) => ({ kind: 'code', id: f.group })),
  step('documents/delete', (f) => ({ id: f.marie })),
  // A survey table changes an existing case's value and adds a case, a document and links:
  // one bulk event, so an undo of an earlier change to that case finds it as it left it.
  step('documents/importTable', () => ({
    name: 'vague2.csv',
    base64: base64('id,âge,contrat,Réponse\nMarie,36,CDI,Je travaille la nuit.\nNadia,29,libre,Le soir.\n'),
    idColumn: 'id',
    attributeColumns: ['âge', 'contrat'],
    textColumns: ['Réponse'],
    answerAs: 'document',
  })),
  // A code leaves its code groups and takes its summaries with it: recorded, so undone too.
  step('codes/delete', (f) => ({ id: f.codes.travail })),
  step('codes/merge', (f) => ({ sourceId: f.codes.travail, targetId: f.codes.famille })),
];

const dump = (f: Fixture) => projectDump(f.session.db());
const run = (f: Fixture, { name, input }: Step) => call(f.session, name, input(f) as never);

describe('undo and redo of cases, attributes, sets and document deletion', () => {
  it.each(STEPS.map((s) => [s.name, s] as const))(
    '%s is undone to the very rows before and redone to the very rows after',
    async (_name, s) => {
      const f = await fixture();
      const before = dump(f);
      const [last] = await call(f.session, 'history/list', { limit: 1 });
      await run(f, s);
      const after = dump(f);
      expect(after).not.toEqual(before);
      // The step is one new event, which the Undo button names by its phrase.
      const [made, previous] = await call(f.session, 'history/list', { limit: 2 });
      expect(previous?.id).toBe(last?.id);
      const status = await call(f.session, 'history/status', {});
      expect(status.undoPhrase).toEqual(made?.phrase);
      expect(made?.phrase).not.toBeNull();
      await call(f.session, 'history/undo', {});
      expect(dump(f)).toEqual(before);
      await call(f.session, 'history/redo', {});
      expect(dump(f)).toEqual(after);
      f.session.close();
    },
  );

  it('deleting a document takes everything on it, and undo brings all of it back', async () => {
    const f = await fixture();
    const db = f.session.db();
    const count = (sql: string) => (db.prepare(sql).pluck().get(f.marie) as number) ?? 0;
    const onMarie = () => ({
      codings: count('SELECT count(*) FROM codings WHERE document_id = ?'),
      unplaced: count('SELECT count(*) FROM unplaced_codings WHERE document_id = ?'),
      segments: count('SELECT count(*) FROM segments WHERE document_id = ?'),
      cases: count('SELECT count(*) FROM case_documents WHERE document_id = ?'),
      sets: count('SELECT count(*) FROM document_set_members WHERE document_id = ?'),
      memos: count("SELECT count(*) FROM memos WHERE target_kind = 'document' AND target_id = ?"),
    });
    const before = onMarie();
    // The fixture holds each kind of row that hangs on a document.
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    await call(f.session, 'documents/delete', { id: f.marie });
    expect(Object.values(onMarie()).every((n) => n === 0)).toBe(true);
    const search = () => call(f.session, 'search/query', { query: 'plateforme' });
    expect(await search()).toMatchObject({ total: 0 });
    await call(f.session, 'history/undo', {});
    expect(onMarie()).toEqual(before);
    expect(await search()).toMatchObject({ total: 1 });
    f.session.close();
  });

  it('undoes a survey table, then an earlier value of the case it updated, losing neither', async () => {
    const f = await fixture();
    const start = dump(f);
    await call(f.session, 'cases/setValue', { caseId: f.marieCase, attributeId: f.age, value: '35' });
    const valueSet = dump(f);
    const table = STEPS.find((s) => s.name === 'documents/importTable');
    if (!table) throw new Error('no table step');
    await run(f, table);
    const imported = dump(f);
    await call(f.session, 'history/undo', {});
    expect(dump(f)).toEqual(valueSet);
    await call(f.session, 'history/undo', {});
    expect(dump(f)).toEqual(start);
    await call(f.session, 'history/redo', {});
    await call(f.session, 'history/redo', {});
    expect(dump(f)).toEqual(imported);
    f.session.close();
  });

  it('replays a value by rewriting that case’s values only, not its document links', async () => {
    const f = await fixture();
    const db = f.session.db();
    db.exec(`CREATE TEMP TABLE touched (name TEXT);
      CREATE TEMP TRIGGER links_touched AFTER DELETE ON main.case_documents
        BEGIN INSERT INTO touched VALUES ('case_documents'); END;
      CREATE TEMP TRIGGER values_touched AFTER DELETE ON main.attribute_values
        BEGIN INSERT INTO touched VALUES ('attribute_values'); END;`);
    await call(f.session, 'cases/setValue', { caseId: f.marieCase, attributeId: f.age, value: '35' });
    await call(f.session, 'history/undo', {});
    await call(f.session, 'history/redo', {});
    // Other programs' triggers on these tables (team sync) see only the rows that changed.
    expect(db.prepare('SELECT DISTINCT name FROM touched').pluck().all()).toEqual(['attribute_values']);
    f.session.close();
  });

  it('any sequence of these operations is undone step by step back to the start, and redone to the end', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...STEPS), { minLength: 1, maxLength: 5 }), async (steps) => {
        const f = await fixture();
        try {
          const start = dump(f);
          const doneEvents = () =>
            f.session
              .db()
              .prepare("SELECT count(*) FROM events WHERE state = 'done'")
              .pluck()
              .get() as number;
          const first = doneEvents();
          // A step may meet a row an earlier step removed (refused) or change nothing (a value
          // set twice): either records no event.
          for (const s of steps) await run(f, s).catch(() => undefined);
          const done = doneEvents() - first;
          const end = dump(f);
          for (let i = 0; i < done; i += 1) await call(f.session, 'history/undo', {});
          expect(dump(f)).toEqual(start);
          for (let i = 0; i < done; i += 1) await call(f.session, 'history/redo', {});
          expect(dump(f)).toEqual(end);
        } finally {
          f.session.close();
        }
      }),
      { numRuns: 12 },
    );
  });
});
