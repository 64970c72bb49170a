import { join } from 'node:path';
import type { ProjectSession } from '../../app/session.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { unzipText } from './refiFixture.ts';

/** Interviews with turns and times, a quote across turns, an emoji, a would-be formula. */
const INTERVIEWS = [
  {
    name: 'entretien-10.txt',
    text: '[00:00:05] Enquêtrice : Vous travaillez le soir ?\n[00:00:09] Marie : Oui, "après les enfants" ; seule devant mon écran 😅, la nuit.\n[00:01:12] Enquêtrice : Et la plateforme ?\n[00:01:15] Marie : Opaque. =SUM(A1) marie.dupont@example.fr',
  },
  {
    name: 'entretien-2.txt',
    text: "Paul : Je livre à vélo; parfois douze heures.\nEnquêtrice : Payé à la course ?\nPaul : Oui, et noté par l'appli <b>&</b> les clients : « quatre étoiles » !",
  },
  {
    name: 'notes-terrain.txt',
    text: 'Premier paragraphe sans locuteur, avec un tab\tet des "guillemets".\n\nSecond paragraphe : la fatigue, encore.',
  },
] as const;

/** Every table whose rows carry a GUID or a creation date that an export writes. */
const STAMPED = [
  ['coders', 'created_at'],
  ['documents', 'imported_at'],
  ['codes', 'created_at'],
  ['codings', 'created_at'],
  ['memos', 'created_at'],
  ['cases', 'created_at'],
  ['attributes', null],
  ['document_sets', null],
  ['code_groups', null],
] as const;

/**
 * Replaces random GUIDs and clock times by values derived from row ids, so that two runs
 * (and two versions of the code) export the same bytes.
 */
function freezeIdentities(session: ProjectSession): void {
  const db = session.db();
  STAMPED.forEach(([table, dateColumn], index) => {
    const prefix = String(index + 1).padStart(8, '0');
    db.prepare(`UPDATE ${table} SET guid = printf('${prefix}-0000-4000-8000-%012d', id)`).run();
    if (dateColumn !== null)
      db.prepare(
        `UPDATE ${table} SET ${dateColumn} = printf('2026-03-%02dT10:%02d:00.000Z', 1 + id % 28, id % 60)`,
      ).run();
  });
}

/**
 * The fixture whose exports are compared byte for byte before and after a change of the
 * writers (exportBytes.test.ts): three documents, a code hierarchy, codings by two coders
 * (one across turns), memos on codings, codes, documents and the project, cases with
 * attributes, a document set and a code group.
 */
export async function exportFixture(): Promise<ProjectSession> {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('export-bytes'), 'terrain.verbatim') });
  const report = await call(session, 'documents/importFiles', {
    files: INTERVIEWS.map(({ name, text }) => ({ name, base64: Buffer.from(text).toString('base64') })),
  });
  const [marie, paul, notes] = await Promise.all(
    report.imported.map((document) => call(session, 'documents/get', { id: document.id })),
  );
  if (!marie || !paul || !notes) throw new Error('the fixture interviews were not imported');
  const at = (document: { id: number; text: string }, quote: string, through?: string) => {
    const start = document.text.indexOf(quote);
    if (start < 0) throw new Error(`no «${quote}» in the fixture`);
    const end =
      through === undefined ? start + quote.length : document.text.indexOf(through) + through.length;
    return { documentId: document.id, start, end };
  };
  const work = await call(session, 'codes/create', { name: 'travail', color: '#336699' });
  const evening = await call(session, 'codes/create', {
    name: 'soirée',
    parentId: work.id,
    color: '#aa3377',
  });
  await call(session, 'codes/update', {
    id: evening.id,
    description: 'Travail après la journée.',
    inclusion: 'Horaires dits.',
    exclusion: 'Loisirs.',
  });
  const codings = await call(session, 'codings/create', {
    items: [
      { ...at(marie, 'après les enfants'), codeId: evening.id, coder: 'Léa' },
      { ...at(marie, 'seule devant mon écran 😅, la nuit'), codeName: 'isolement', coder: 'Hugo' },
      { ...at(marie, 'Et la plateforme', 'Opaque.'), codeName: 'opacité', coder: 'Léa' },
      { ...at(marie, '=SUM(A1)'), codeName: 'opacité', coder: 'Hugo' },
      { ...at(paul, 'Je livre à vélo; parfois douze heures'), codeId: work.id, coder: 'Léa' },
      {
        ...at(paul, "noté par l'appli <b>&</b> les clients : « quatre étoiles » !"),
        codeName: 'opacité',
        coder: 'Léa',
      },
      { ...at(notes, 'avec un tab\tet des "guillemets"'), codeId: evening.id, coder: 'Hugo' },
      { ...at(notes, 'la fatigue'), codeName: 'isolement', coder: 'Léa' },
    ],
  });
  await call(session, 'codes/create', { name: 'vide', color: '#999999' });
  const memo = (
    targetKind: 'coding' | 'code' | 'document' | 'project',
    targetId: number | null,
    plainText: string,
    title = '',
  ) => call(session, 'memos/save', { targetKind, targetId, title, body: '', plainText });
  await memo('coding', codings[0]?.id ?? 0, 'Passage clé ; à citer.');
  await memo('coding', codings[0]?.id ?? 0, 'Second regard.', 'Relecture');
  await memo('coding', codings[5]?.id ?? 0, 'Note: "étoiles" <i>&amp;</i> l\'appli.');
  await memo('code', evening.id, 'À discuter en équipe.', 'Définition');
  await memo('document', paul.id, 'Entretien court.');
  await memo('project', null, 'Terrain de mars.', 'Journal');
  const age = await call(session, 'attributes/create', { name: 'Âge', type: 'number' });
  const platform = await call(session, 'attributes/create', { name: 'Plateforme', type: 'text' });
  const caseOf = async (name: string, documentIds: number[], values: [number, string][]) => {
    const row = await call(session, 'cases/create', { name, documentIds });
    for (const [attributeId, value] of values)
      await call(session, 'cases/setValue', { caseId: row.id, attributeId, value });
  };
  await caseOf(
    'Participante 3',
    [marie.id],
    [
      [age.id, '34'],
      [platform.id, 'Foule Factory'],
    ],
  );
  await caseOf('Participant 7', [paul.id], [[age.id, '41']]);
  await call(session, 'sets/create', { kind: 'document', name: 'Vague 1', memberIds: [marie.id, paul.id] });
  await call(session, 'sets/create', { kind: 'code', name: 'Conditions', memberIds: [work.id, evening.id] });
  freezeIdentities(session);
  return session;
}

/** Zip entries with the export's own times left out (they differ between two exports). */
export function zipEntriesWithoutTimes(bytes: Buffer): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipText(bytes.toString('base64'))).map(([name, text]) => [
      name,
      text
        .replace(/creationDateTime="[^"]+"(?=><Users)/u, '')
        .replace(/<dcterms:(created|modified)[^<]*</gu, ''),
    ]),
  );
}
