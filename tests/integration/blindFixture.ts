import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CoderIdentity, IdentityStore } from '../../app/session.ts';
import { ProjectSession } from '../../app/session.ts';
import { writeTransaction } from '../../db/index.ts';
import { call, memoryRecent } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** Coder A, from whose seat blind mode is checked. */
export const ALICE: CoderIdentity = { name: 'Alice Martin', initials: 'AM', color: '#336699' };
/** Coder B, whose work must not show: the marker is only in B's memos. */
export const BASTIEN: CoderIdentity = { name: 'Bastien Quelen', initials: 'BQ', color: '#aa3377' };
export const MARKER = 'Zorglubienne';

const INTERVIEW_1 =
  'Marie : Je rentre tard, je suis épuisée par le travail.\nEnquêteur : Et la famille ?\nMarie : Mes enfants me voient peu, ça me pèse le soir.';
const INTERVIEW_2 =
  'Paul : Le travail de nuit me fatigue beaucoup.\nEnquêteur : Comment faites-vous ?\nPaul : Ma femme garde les enfants, je dors le jour.';

/** An identity store whose identity the test switches, as two people at one machine would. */
export function switchableIdentity(start: CoderIdentity): IdentityStore & { use(who: CoderIdentity): void } {
  let identity = start;
  return { get: () => identity, set: (value) => (identity = value), use: (who) => (identity = who) };
}

/** Backups set up but never automatic, so that listing them is a read like any other. */
const backupConfig = makeTempDir('blind-backups');

export function sessionAs(who: CoderIdentity): ProjectSession {
  return new ProjectSession({
    recent: memoryRecent(),
    identity: switchableIdentity(who),
    defaultCoder: 'x',
    backups: { configDir: backupConfig, automatic: false },
  });
}

export interface BlindFixture {
  /** The project with both coders' work, blind mode on. */
  readonly bothPath: string;
  /** The same file with everything of Bastien's taken out (what Alice alone would have). */
  readonly alonePath: string;
  readonly documentIds: readonly number[];
  readonly codeIds: { readonly work: number; readonly tired: number; readonly family: number };
  readonly aliceCodingId: number;
  readonly bastienCodingIds: readonly number[];
  /** Bastien's codings' GUIDs, which no output may carry. */
  readonly bastienGuids: readonly string[];
  readonly bastienMemoIds: readonly number[];
  readonly attributeId: number;
  readonly documentSetId: number;
  readonly versionId: number;
}

function range(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length };
}

/**
 * Two coders' work on the same documents, built through the contract: Alice codes, writes a
 * memo and a project memo, freezes the codebook; Bastien codes overlapping passages and
 * writes memos holding the marker; Alice makes one of Bastien's codings an anchor example,
 * and switches blind mode on. The "alone" copy is the same file after deleting Bastien's
 * codings, memos and history: in blind mode Alice must see exactly what she sees there.
 */
export async function blindFixture(): Promise<BlindFixture> {
  const folder = makeTempDir('blind');
  const bothPath = join(folder, 'both', 'etude.verbatim');
  const alonePath = join(folder, 'alone', 'etude.verbatim');
  mkdirSync(join(folder, 'both'));
  mkdirSync(join(folder, 'alone'));
  const identity = switchableIdentity(ALICE);
  const session = new ProjectSession({ recent: memoryRecent(), identity, defaultCoder: 'x' });
  await call(session, 'project/create', { path: bothPath });
  const report = await call(session, 'documents/importFiles', {
    files: [
      { name: 'entretien-marie.txt', base64: Buffer.from(INTERVIEW_1).toString('base64') },
      { name: 'entretien-paul.txt', base64: Buffer.from(INTERVIEW_2).toString('base64') },
    ],
  });
  const [d1, d2] = report.imported.map((document) => document.id) as [number, number];
  const t1 = (await call(session, 'documents/get', { id: d1 })).text;
  const t2 = (await call(session, 'documents/get', { id: d2 })).text;
  const work = await call(session, 'codes/create', { name: 'travail' });
  const tired = await call(session, 'codes/create', { name: 'fatigue', parentId: work.id });
  const family = await call(session, 'codes/create', { name: 'famille' });
  const attribute = await call(session, 'attributes/create', { name: 'Genre', type: 'text' });
  const marie = await call(session, 'cases/create', { name: 'Marie', documentIds: [d1] });
  await call(session, 'cases/setValue', { caseId: marie.id, attributeId: attribute.id, value: 'Femme' });
  const set = await call(session, 'sets/create', { kind: 'document', name: 'Vague 1', memberIds: [d1, d2] });
  await call(session, 'sets/create', { kind: 'code', name: 'Vie', memberIds: [work.id, family.id] });
  await call(session, 'queries/save', { name: 'Fatigue ou famille', expression: 'fatigue OR famille' });

  const [aliceCoding] = await call(session, 'codings/create', {
    items: [
      { documentId: d1, ...range(t1, 'je suis épuisée par le travail'), codeId: tired.id },
      { documentId: d1, ...range(t1, 'Mes enfants me voient peu'), codeId: family.id },
      { documentId: d2, ...range(t2, 'Le travail de nuit'), codeId: work.id },
    ],
  });
  await call(session, 'memos/save', {
    targetKind: 'coding',
    targetId: aliceCoding?.id ?? 0,
    title: 'Épuisement',
    body: '',
    plainText: 'Fatigue dite.',
  });
  await call(session, 'memos/save', {
    targetKind: 'project',
    targetId: null,
    title: 'Consignes',
    body: '',
    plainText: 'Coder chaque tour.',
  });
  await call(session, 'summaries/save', { caseId: marie.id, codeId: family.id, text: 'Enfants peu vus.' });
  const version = await call(session, 'review/freeze', { name: 'v1' });
  await call(session, 'review/propose', {
    payload: { kind: 'rename', codeId: family.id, name: 'vie de famille' },
  });

  identity.use(BASTIEN);
  const bastien = await call(session, 'codings/create', {
    items: [
      { documentId: d1, ...range(t1, 'ça me pèse le soir'), codeId: tired.id },
      { documentId: d1, ...range(t1, 'Mes enfants me voient peu, ça me pèse'), codeId: family.id },
      { documentId: d1, ...range(t1, 'Je rentre tard'), codeId: work.id },
      { documentId: d2, ...range(t2, 'Ma femme garde les enfants'), codeId: family.id },
      { documentId: d2, ...range(t2, 'me fatigue beaucoup'), codeId: tired.id },
    ],
  });
  const codingMemo = await call(session, 'memos/save', {
    targetKind: 'coding',
    targetId: bastien[0]?.id ?? 0,
    title: `Lecture ${MARKER}`,
    body: '',
    plainText: `Le soir pèse : ${MARKER}.`,
  });
  const documentMemo = await call(session, 'memos/save', {
    targetKind: 'document',
    targetId: d2,
    title: `Paul ${MARKER}`,
    body: '',
    plainText: `Partage des tâches ${MARKER}.`,
  });
  // Bastien's summaries: one of a cell Alice summarised too, one of a cell she did not.
  await call(session, 'summaries/save', { caseId: marie.id, codeId: family.id, text: `Poids ${MARKER}.` });
  await call(session, 'summaries/save', { caseId: marie.id, codeId: tired.id, text: `Soirées ${MARKER}.` });
  await call(session, 'codings/update', { id: bastien[1]?.id ?? 0, ...range(t1, 'ça me pèse le soir') });

  identity.use(ALICE);
  await call(session, 'codes/update', { id: tired.id, exampleCodingId: bastien[0]?.id ?? 0 });
  await call(session, 'project/setSettings', { blindMode: true });
  session.close();

  copyFileSync(bothPath, alonePath);
  const alone = new Database(alonePath);
  alone.pragma('foreign_keys = ON');
  const guids = alone
    .prepare('SELECT guid FROM codings WHERE coder_id = (SELECT id FROM coders WHERE name = ?)')
    .pluck()
    .all(BASTIEN.name) as string[];
  writeTransaction(alone, () => {
    const bastienId = 'SELECT id FROM coders WHERE name = ?';
    alone
      .prepare(
        `DELETE FROM memos WHERE author_id = (${bastienId}) OR (target_kind = 'coding' AND target_id IN
           (SELECT id FROM codings WHERE coder_id = (${bastienId})))`,
      )
      .run(BASTIEN.name, BASTIEN.name);
    alone.prepare(`DELETE FROM codings WHERE coder_id = (${bastienId})`).run(BASTIEN.name);
    alone.prepare(`DELETE FROM events WHERE coder_id = (${bastienId})`).run(BASTIEN.name);
  });
  alone.close();

  return {
    bothPath,
    alonePath,
    documentIds: [d1, d2],
    codeIds: { work: work.id, tired: tired.id, family: family.id },
    aliceCodingId: aliceCoding?.id ?? 0,
    bastienCodingIds: bastien.map((coding) => coding.id),
    bastienGuids: guids,
    bastienMemoIds: [codingMemo.id, documentMemo.id],
    attributeId: attribute.id,
    documentSetId: set.id,
    versionId: version.id,
  };
}
