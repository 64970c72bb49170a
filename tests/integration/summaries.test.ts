import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { unzipText } from './refiFixture.ts';

const MARIE = 'Enquêteur : Et le soir ?\nMarie : Le soir je trie des images, puis le ménage, les enfants.';

let session: ProjectSession;
let path: string;
const ids: Record<string, number> = {};

beforeAll(async () => {
  session = testSession();
  path = join(makeTempDir('summaries'), 's.verbatim');
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'marie.txt', base64: Buffer.from(MARIE).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  ids.marie = (await call(session, 'cases/create', { name: 'Marie', documentIds: [documentId] })).id;
  ids.paul = (await call(session, 'cases/create', { name: 'Paul', documentIds: [] })).id;
  ids.theme = (await call(session, 'codes/create', { name: 'triple journée' })).id;
  ids.isolation = (await call(session, 'codes/create', { name: 'isolement' })).id;
  const start = MARIE.indexOf('puis le ménage');
  await call(session, 'codings/create', {
    items: [{ documentId, start, end: start + 'puis le ménage'.length, codeId: ids.theme }],
  });
});

/** The summaries as another connection reads the file: what is committed. */
function storedSummaries(): { target_id: number; code_id: number; plain_text: string }[] {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare("SELECT target_id, code_id, plain_text FROM memos WHERE target_kind = 'summary' ORDER BY id")
      .all() as { target_id: number; code_id: number; plain_text: string }[];
  } finally {
    db.close();
  }
}

describe('summary grid', () => {
  it('lists cases × codes with the codings that feed each cell', async () => {
    const grid = await call(session, 'summaries/grid', {});
    expect(grid.cases.map((row) => row.name)).toEqual(['Marie', 'Paul']);
    expect(grid.codes.map((code) => code.name)).toEqual(['triple journée', 'isolement']);
    expect(grid.codings).toEqual([
      [1, 0],
      [0, 0],
    ]);
  });

  it('saves a summary in the file before answering, edits it in place, and undoes each save', async () => {
    const saved = await call(session, 'summaries/save', {
      caseId: ids.marie ?? 0,
      codeId: ids.theme ?? 0,
      text: 'Le travail déborde sur la soirée.',
    });
    expect(saved?.text).toBe('Le travail déborde sur la soirée.');
    expect(storedSummaries()).toEqual([
      { target_id: ids.marie, code_id: ids.theme, plain_text: 'Le travail déborde sur la soirée.' },
    ]);
    await call(session, 'summaries/save', {
      caseId: ids.marie ?? 0,
      codeId: ids.theme ?? 0,
      text: 'Triple journée : travail, ménage, enfants.',
    });
    expect(storedSummaries().map((row) => row.plain_text)).toEqual([
      'Triple journée : travail, ménage, enfants.',
    ]);
    const history = await call(session, 'history/list', {});
    expect(history[0]?.summary).toBe('Summarise «triple journée» for «Marie»');

    await call(session, 'history/undo', {});
    expect(storedSummaries().map((row) => row.plain_text)).toEqual(['Le travail déborde sur la soirée.']);
    await call(session, 'history/undo', {});
    expect(storedSummaries()).toEqual([]);
    await call(session, 'history/redo', {});
    await call(session, 'history/redo', {});
    expect((await call(session, 'summaries/grid', {})).summaries.map((row) => row.text)).toEqual([
      'Triple journée : travail, ménage, enfants.',
    ]);
  });

  it('keeps summaries out of the memo list: they are memos of their own kind', async () => {
    const memos = await call(session, 'memos/list', {});
    expect(memos.map((memo) => memo.excerpt)).not.toContain('Triple journée : travail, ménage, enfants.');
  });

  it('refuses a case or code that does not exist, and saves nothing', async () => {
    const error = await callError(session, 'summaries/save', {
      caseId: 999,
      codeId: ids.theme ?? 0,
      text: 'x',
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/no case/u);
    expect(storedSummaries()).toHaveLength(1);
  });

  it('exports the grid as XLSX and DOCX tables holding the summaries', async () => {
    await call(session, 'summaries/save', {
      caseId: ids.paul ?? 0,
      codeId: ids.isolation ?? 0,
      text: 'Seul à l’écran.',
    });
    const xlsx = unzipText((await call(session, 'summaries/export', { format: 'xlsx' })).content);
    const sheet = Object.entries(xlsx)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, body]) => body)
      .join('\n');
    for (const text of [
      'triple journée',
      'isolement',
      'Marie',
      'Paul',
      'Triple journée : travail, ménage, enfants.',
      'Seul à l’écran.',
    ]) {
      expect(sheet).toContain(text);
    }
    const docx = await call(session, 'summaries/export', { format: 'docx' });
    expect(docx.fileName).toMatch(/summary-grid\.docx$/u);
    const body = Object.values(unzipText(docx.content)).find((entry) => entry.includes('<w:body>')) ?? '';
    expect(body).toContain('<w:tbl>');
    expect(body).toContain('Triple journée : travail, ménage, enfants.');
    expect(body).toContain('Seul à l’écran.');
  });

  it('exports in the export language: French labels, file name and typography', async () => {
    const docx = await call(session, 'summaries/export', { format: 'docx', language: 'fr' });
    expect(docx.fileName).toMatch(/-grille-de-synthese\.docx$/u);
    const body = Object.values(unzipText(docx.content)).find((entry) => entry.includes('<w:body>')) ?? '';
    expect(body).toContain('Grille de synthèse — ');
    expect(body).toContain('>Cas<');
    // French typography on the researcher's text: a no-break space before the colon.
    expect(body).toContain('Triple journée\u00a0: travail, ménage, enfants.');
    expect(body).not.toContain('Summary grid');
    const styles =
      Object.entries(unzipText(docx.content)).find(([name]) => name.endsWith('styles.xml'))?.[1] ?? '';
    expect(styles).toContain('fr-FR');
    const xlsx = await call(session, 'summaries/export', { format: 'xlsx', language: 'fr' });
    expect(xlsx.fileName).toMatch(/-grille-de-synthese\.xlsx$/u);
    const sheet = Object.entries(unzipText(xlsx.content))
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, text]) => text)
      .join('\n');
    expect(sheet).toContain('>Cas<');
    expect(sheet).toContain('Triple journée\u00a0: travail');
    // English stays as typed, with English labels.
    const english = await call(session, 'summaries/export', { format: 'docx', language: 'en' });
    const englishBody =
      Object.values(unzipText(english.content)).find((entry) => entry.includes('<w:body>')) ?? '';
    expect(englishBody).toContain('Summary grid — ');
    expect(englishBody).toContain('>Case<');
    expect(englishBody).toContain('Triple journée : travail');
  });

  it('removes a summary when its text is emptied', async () => {
    const result = await call(session, 'summaries/save', {
      caseId: ids.paul ?? 0,
      codeId: ids.isolation ?? 0,
      text: '  ',
    });
    expect(result).toBeNull();
    expect(storedSummaries().map((row) => row.plain_text)).toEqual([
      'Triple journée : travail, ménage, enfants.',
    ]);
  });
});
