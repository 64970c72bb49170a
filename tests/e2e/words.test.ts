import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool, sharedMaterial } from '../support/requiredTool.ts';
import { repoRoot } from '../support/tempDir.ts';
import { startApp, type E2eApp } from './support/app.ts';

/** The Words view on the French corpus of ../shared/corpus (read from there, never copied). */
let app: E2eApp;
const CORPUS = join(repoRoot, '..', 'shared', 'corpus');
const TRANSCRIPTS = [
  'fr_artisans_entretien-24.10.03-01.derived.txt',
  'fr_artisans_entretien-25.01.08.derived.txt',
].map((name) => join(CORPUS, name));
const THEMES = ['opacité', 'isolement', 'triple journée', 'éthique'];

beforeAll(async () => {
  app = await startApp('words');
  await app.api('project/create', { path: join(app.dir, 'mots.verbatim') });
  if (TRANSCRIPTS.every((path) => sharedMaterial(path).isPresent()))
    await app.api('documents/importPaths', { paths: TRANSCRIPTS });
  for (const name of THEMES) await app.api('codes/create', { name });
  // One case per interview, a woman and a man, for the breakdown by attribute value.
  const gender = await app.api('attributes/create', {
    name: 'Genre',
    type: 'choice',
    choices: ['Femme', 'Homme'],
  });
  const documents = await app.api('documents/list', {});
  for (const [index, document] of documents.entries()) {
    const person = await app.api('cases/create', {
      name: `Artisan ${index + 1}`,
      documentIds: [document.id],
    });
    await app.api('cases/setValue', {
      caseId: person.id,
      attributeId: gender.id,
      value: index === 0 ? 'Femme' : 'Homme',
    });
  }
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.page.goto(app.server.url);
  await app.page.locator('section.documents').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('Words view', () => {
  it('ranks the respondents’ words, shows a word in context and codes a line', async (context) => {
    for (const path of TRANSCRIPTS) requireTool(context, sharedMaterial(path));
    const page = app.page;
    await page.getByRole('tab', { name: 'Words' }).click();
    const view = page.locator('.words-view');
    await view.locator('table.words-table tbody tr').first().waitFor();
    const expected = await app.api('words/frequencies', { limit: 500 });
    const firstRow = expected.rows[0];
    if (!firstRow) throw new Error('no word counted');
    // The table shows the backend's ranking; the cloud draws the same words.
    await expect
      .poll(() => view.locator('table.words-table tbody tr').first().locator('th').textContent())
      .toBe(firstRow.word);
    expect(await view.locator('table.words-table tbody tr').count()).toBe(expected.rows.length);
    expect(await view.locator('svg.word-cloud text').first().textContent()).toBe(firstRow.word);
    await app.screenshot('words-view');

    // Grouping by stem changes the table: a stem row lists its forms.
    await view.getByLabel('Group by stem').check();
    const stemmed = await app.api('words/frequencies', { stem: true, limit: 500 });
    await expect.poll(() => view.locator('table.words-table thead th').allTextContents()).toContain('Forms');
    await expect
      .poll(() => view.locator('table.words-table tbody tr').first().locator('th').textContent())
      .toBe(stemmed.rows[0]?.word);

    // A word, chosen from the keyboard in the cloud, opens its lines in context.
    const word = stemmed.rows[0];
    if (!word) throw new Error('no word counted');
    await view.locator('svg.word-cloud text').first().focus();
    await page.keyboard.press('Enter');
    const kwic = view.locator('.kwic');
    await kwic.waitFor();
    const lines = await app.api('words/inContext', { key: word.key, stem: true });
    await expect.poll(() => kwic.locator('.kwic__line').count()).toBe(lines.lines.length);
    expect(lines.total).toBe(word.count);
    expect(await kwic.locator('.kwic__line mark').first().textContent()).toBe(lines.lines[0]?.match);

    await kwic.getByLabel('Code a line with').selectOption({ label: 'opacité' });
    await kwic
      .locator('.kwic__line')
      .first()
      .getByRole('button', { name: /^Code the line/u })
      .click();
    await expect.poll(() => kwic.getByRole('status').allTextContents()).toContain('Line coded with opacité.');
    const code = (await app.api('codes/list', {})).find((candidate) => candidate.name === 'opacité');
    const first = lines.lines[0];
    if (!code || !first) throw new Error('missing code or line');
    const excerpts = await app.api('codings/excerptsOfCode', { codeId: code.id });
    expect(excerpts.map((excerpt) => [excerpt.documentId, excerpt.start, excerpt.end])).toEqual([
      [first.documentId, first.lineStart, first.lineEnd],
    ]);
    await app.screenshot('words-kwic');

    // Counts by the values of an attribute: a column per value.
    await view.getByLabel('Counts by').selectOption({ label: 'Values of Genre' });
    await expect
      .poll(() => view.locator('table.words-table thead th').allTextContents())
      .toEqual(expect.arrayContaining(['Femme', 'Homme']));
    expect(app.pageErrors).toEqual([]);
  });
});
