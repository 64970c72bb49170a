import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheLoads } from '../../app/analysis/dataCache.ts';
import type { ProjectSession } from '../../app/session.ts';
import { projectWordIndex } from '../../app/words/projectWords.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** Word frequencies and keywords in context through the contract, on an imported transcript. */
let session: ProjectSession;
let path: string;
let documentId: number;

const TRANSCRIPT = [
  "Enquêteur : Et l'opacité de la plateforme, vous la vivez comment ?",
  "Enquêtée : L'opacité, c'est ça qu'on subit. Le micro-travail, on le fait la nuit.",
  'Enquêteur : La nuit ?',
  'Enquêtée : Oui, la nuit. L’opacité nous isole des autres travailleurs.',
].join('\n');

beforeAll(async () => {
  session = testSession();
  const folder = makeTempDir('words');
  path = join(folder, 'w.verbatim');
  const file = join(folder, 'entretien.txt');
  writeFileSync(file, TRANSCRIPT);
  await call(session, 'project/create', { path });
  await call(session, 'documents/importPaths', { paths: [file] });
  const [document] = await call(session, 'documents/list', {});
  if (!document) throw new Error('the transcript was not imported');
  documentId = document.id;
});

function counts(rows: readonly { word: string; count: number }[]): Record<string, number> {
  return Object.fromEntries(rows.map((row) => [row.word, row.count]));
}

describe('words/frequencies', () => {
  it('counts the respondent’s turns only by default, all turns when asked', async () => {
    const respondent = await call(session, 'words/frequencies', {});
    expect(counts(respondent.rows)).toEqual({
      opacité: 2,
      nuit: 2,
      'micro-travail': 1,
      subit: 1,
      isole: 1,
      travailleurs: 1,
    });
    expect(respondent.languages).toEqual({ fr: 1, en: 0 });
    const everyone = await call(session, 'words/frequencies', { allSpeakers: true });
    expect(counts(everyone.rows)).toMatchObject({ opacité: 3, nuit: 3, plateforme: 1, vivez: 1 });
  });

  it('breaks counts down by document and by code', async () => {
    const byDocument = await call(session, 'words/frequencies', { by: 'document' });
    expect(byDocument.groups).toHaveLength(1);
    // Ties are ranked alphabetically.
    expect(byDocument.rows.slice(0, 2)).toMatchObject([
      { word: 'nuit', count: 2, documents: 1, counts: [2] },
      { word: 'opacité', count: 2, documents: 1, counts: [2] },
    ]);

    const text = (await call(session, 'documents/get', { id: documentId })).text;
    const start = text.indexOf('Oui, la nuit');
    await call(session, 'codings/create', {
      items: [{ documentId, start, end: text.length, codeName: 'Isolement' }],
    });
    const byCode = await call(session, 'words/frequencies', { by: 'code' });
    expect(byCode.groups.map((group) => group.label)).toEqual(['Isolement']);
    expect(byCode.rows.map((row) => [row.word, row.count, row.counts[0]])).toEqual([
      ['isole', 1, 1],
      ['nuit', 1, 1],
      ['opacité', 1, 1],
      ['travailleurs', 1, 1],
    ]);
  });

  it('keeps an edited stop-word list in the project, and puts the shipped one back', async () => {
    const edited = await call(session, 'words/setStopWords', {
      language: 'fr',
      words: ['Nuit', 'opacité', ' fait '],
    });
    expect(edited.lists.fr).toEqual(['fait', 'nuit', 'opacité']);
    expect(edited.edited).toEqual({ fr: true, en: false });
    await call(session, 'project/close', {});
    await call(session, 'project/open', { path });
    const rows = (await call(session, 'words/frequencies', { minLength: 2 })).rows;
    expect(counts(rows)).not.toHaveProperty('nuit');
    expect(counts(rows)).toHaveProperty('la', 2);
    const shipped = await call(session, 'words/setStopWords', { language: 'fr', words: null });
    expect(shipped.edited.fr).toBe(false);
    expect(shipped.lists.fr).toContain('la');
  });

  it('says clearly when the attribute asked for does not exist', async () => {
    const error = await callError(session, 'words/frequencies', { by: 'attribute', attributeId: 999 });
    expect(error.message).toMatch(/attribute/u);
  });
});

describe('words/inContext', () => {
  it('gives each occurrence with offsets that code the line', async () => {
    const { total, lines } = await call(session, 'words/inContext', { key: 'opac', stem: true });
    expect(total).toBe(2);
    const text = (await call(session, 'documents/get', { id: documentId })).text;
    for (const line of lines) {
      expect(text.slice(line.start, line.end).toLowerCase()).toBe('opacité');
      expect(line.speaker).toBe('Enquêtée');
      expect(line.before + line.match + line.after).toBe(text.slice(line.lineStart, line.lineEnd));
    }
    const [first] = lines;
    if (!first) throw new Error('no line');
    const [coding] = await call(session, 'codings/create', {
      items: [{ documentId, start: first.lineStart, end: first.lineEnd, codeName: 'Opacité' }],
    });
    expect(coding?.start).toBe(first.lineStart);
  });
});

describe('the word index after a write', () => {
  it('splits again only the documents that changed, and reads no coding unless by code', async () => {
    await call(session, 'project/close', {});
    await call(session, 'project/open', { path });
    await call(session, 'words/frequencies', {});
    // Counting the whole project or by document needs the documents, not the codings.
    expect(cacheLoads(session.db(), 'codings')).toBe(0);
    const before = projectWordIndex(session.db());
    const folder = makeTempDir('words-more');
    const file = join(folder, 'second.txt');
    writeFileSync(file, 'Enquêtée : La plateforme décide, l’opacité encore.');
    await call(session, 'documents/importPaths', { paths: [file] });
    const after = projectWordIndex(session.db());
    expect(cacheLoads(session.db(), 'wordIndex')).toBe(2);
    expect(after.documents).toHaveLength(2);
    // The first transcript did not change: its words are those already split.
    expect(after.documents.find((document) => document.id === documentId)?.forms).toBe(
      before.documents.find((document) => document.id === documentId)?.forms,
    );
    const rows = (await call(session, 'words/frequencies', { by: 'document' })).rows;
    expect(rows.find((row) => row.word === 'opacité')).toMatchObject({ count: 3, documents: 2 });
  });
});
