import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool, sharedMaterial } from '../support/requiredTool.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { seedProject } from './support/seed.ts';
import { repoRoot } from '../support/tempDir.ts';

let app: E2eApp;
const SAMPLE = join(
  repoRoot,
  '..',
  'shared',
  'refi-qda',
  'samples',
  'nvivo-win-12.6_hu-comments_utf16-crlf.qdpx',
);

beforeAll(async () => {
  app = await startApp('exchange');
  await seedProject(app);
  await app.api('codes/create', { name: 'opacité' });
  await app.page.goto(app.server.url);
  await app.page.locator('section.documents').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('REFI-QDA in the interface', () => {
  it('exports the project as a .qdpx download', async () => {
    const downloaded = app.page.waitForEvent('download');
    // The web shell streams the file from /download/, not base64 in a JSON answer.
    const streamed = app.page.waitForResponse((response) =>
      response.url().endsWith('/download/exchange/exportProject'),
    );
    await app.page.getByRole('button', { name: 'Export project (REFI-QDA .qdpx)' }).click();
    // A .qdpx holds the transcripts, which name "Marie": the scan asks first, and the
    // keyboard is on its "Export anyway".
    const warning = app.page.locator('section.export .export__warning');
    expect(await warning.innerText()).toMatch(/Marie/u);
    await expect.poll(() => warning.locator('.export__anyway:focus').count()).toBe(1);
    await app.page.keyboard.press('Enter');
    expect((await streamed).headers()['content-disposition']).toMatch(/filename="study\.qdpx"/u);
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('study.qdpx');
    const files = unzipSync(readFileSync(await download.path()));
    expect(Object.keys(files)).toContain('project.qde');
    expect(Object.keys(files).filter((name) => name.startsWith('sources/'))).toHaveLength(2);
  });

  it('merges an NVivo project into this one, reading its positions as UTF-16', async (context) => {
    requireTool(context, sharedMaterial(SAMPLE));
    const before = (await app.api('documents/list', {})).length;
    await new DocumentsPane(app.page).fileInput.setInputFiles(SAMPLE);
    const dialog = app.page.locator('dialog.import-dialog');
    await dialog.locator('.import-summary').waitFor();
    expect(await dialog.innerText()).toMatch(/Positions read as UTF-16 units/u);
    // Each coding is its own creatingUser's, not its selection's (all Gergo's there).
    expect(await dialog.innerText()).toMatch(
      /Coders found: Gergo \(0 codings\), floriansipos \(97 codings\)\./u,
    );
    expect(await dialog.locator('.import-report__ok').innerText()).toMatch(
      /^Added: (1 document|[1-9]\d* documents), \d+ codes?, \d+ codings?/u,
    );
    await app.screenshot('35-refi-import');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => (await app.api('documents/list', {})).length).toBeGreaterThan(before);
    await expect.poll(() => app.page.locator('.document-list__item').count()).toBeGreaterThan(before);
  });

  it('exports excerpts as HTML grouped by case with a chosen citation line', async () => {
    const documents = await app.api('documents/list', {});
    const french = documents.find((document) => document.name === 'entretien-marie');
    const detail = await app.api('documents/get', { id: french?.id ?? 0 });
    const start = detail.text.indexOf('opaque');
    await app.api('codings/create', {
      items: [{ documentId: detail.id, start, end: start + 6, codeName: 'opacité' }],
    });
    const age = await app.api('attributes/create', { name: 'Âge', type: 'text' });
    const marie = await app.api('cases/create', { name: 'Participante 3', documentIds: [detail.id] });
    await app.api('cases/setValue', { caseId: marie.id, attributeId: age.id, value: '34 ans' });
    // The export dialog: HTML, grouped by case, citation "case, Âge, speaker".
    await app.page.getByRole('button', { name: 'Export excerpts…', exact: true }).click();
    const dialog = app.page.locator('dialog.paper-export');
    await dialog.getByLabel('Format').selectOption('html');
    await dialog.getByLabel('Group by').selectOption('case');
    await dialog.getByLabel('Language').selectOption('en');
    for (const part of ['Document', 'Timestamp', 'Segment number', 'Code'])
      await dialog.getByLabel(part, { exact: true }).uncheck();
    for (const part of ['Case', 'Âge (case attribute)'])
      await dialog.getByLabel(part, { exact: true }).check();
    // Âge is listed last: move it up above Speaker (Âge is below Code and any other attribute).
    while (
      (
        await dialog
          .locator('li[data-part]')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-part')))
      ).indexOf('attr:Âge') > 2
    )
      await dialog.getByRole('button', { name: 'Move Âge (case attribute) up' }).click();
    await app.screenshot('36-export-options');
    const downloaded = app.page.waitForEvent('download');
    const streamed = app.page.waitForResponse((response) =>
      response.url().endsWith('/download/exports/excerpts'),
    );
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    // The seeded transcripts name "Marie": the scan before export asks first.
    await dialog.locator('.export__anyway').click();
    expect((await streamed).headers()['content-type']).toBe('text/html');
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/\.html$/u);
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toContain('<h2>Participante 3</h2>');
    expect(html).toContain('— Participante 3, 34 ans, Marie');
  });

  it('downloads the codebook as CSV for a paper’s appendix, safe for spreadsheets when asked', async () => {
    await app.api('codes/create', { name: '+Government' });
    await app.page.getByRole('button', { name: 'Export codebook…' }).click();
    const dialog = app.page.locator('dialog.paper-export');
    await dialog.getByLabel('Format').selectOption('csv');
    // Exact text is the default; the dialog says what each choice does.
    expect(await dialog.getByLabel('CSV cells').inputValue()).toBe('exact');
    await dialog.getByLabel('CSV cells').selectOption('spreadsheet');
    expect(await dialog.innerText()).toMatch(/gets an apostrophe before it/u);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('study-codebook.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('path,name,level,colour,definition');
    expect(csv).toContain("'+Government,'+Government,1,");
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
