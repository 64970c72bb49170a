import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../app/importers/formats/pdf.ts';
import { convertWithLibreOffice, requireLibreOffice } from '../support/libreOffice.ts';
import { CodebookPane } from './pages/CodebookPane.ts';
import { RightPanel } from './pages/RightPanel.ts';
import { SCREENSHOT_DIR, startApp, type E2eApp } from './support/app.ts';
import { renderFirstPdfPage } from './support/renderPdf.ts';
import { rangeOf, seedProject } from './support/seed.ts';

let app: E2eApp;
let panel: RightPanel;
const NIGHT = 'I started doing tasks at night';
const FULL_DAY = 'Because the day is already full: my job, the kids, the house.';
const OPAQUE = 'On ne sait jamais pourquoi une tâche est refusée.';
/** The options chosen in the dialog, as the contract receives them (for the HTML twin). */
const CHOSEN = {
  groupBy: 'code' as const,
  language: 'fr' as const,
  citation: ['case', 'attr:Âge', 'attr:Plateforme', 'timestamp'],
  includeMemos: true,
  // As the dialog opens: excerpts between quotation marks, typography not turned off.
  quoteMarks: true,
  exactQuotes: false,
};

function documentXml(bytes: Uint8Array): string {
  const parts = unzipSync(bytes);
  expect(Object.keys(parts)).toContain('[Content_Types].xml');
  return new TextDecoder().decode(parts['word/document.xml']);
}

beforeAll(async () => {
  app = await startApp('paper-export');
  const { french, timestamped } = await seedProject(app);
  const [night] = await app.api('codings/create', {
    items: [
      { documentId: timestamped.id, ...rangeOf(timestamped, NIGHT), codeName: 'travail de nuit' },
      { documentId: timestamped.id, ...rangeOf(timestamped, FULL_DAY), codeName: 'triple journée' },
      { documentId: french.id, ...rangeOf(french, OPAQUE), codeName: 'opacité' },
    ],
  });
  await app.api('memos/save', {
    targetKind: 'coding',
    targetId: night?.id ?? 0,
    title: '',
    body: '',
    plainText: 'Le soir: quand la maison dort',
  });
  const age = await app.api('attributes/create', { name: 'Âge', type: 'text' });
  const platform = await app.api('attributes/create', { name: 'Plateforme', type: 'text' });
  for (const [name, document, years, where] of [
    ['Participante 3', timestamped, '34 ans', 'Foule Factory'],
    ['Participante 1', french, '41 ans', 'Clickworker'],
  ] as const) {
    const row = await app.api('cases/create', { name, documentIds: [document.id] });
    await app.api('cases/setValue', { caseId: row.id, attributeId: age.id, value: years });
    await app.api('cases/setValue', { caseId: row.id, attributeId: platform.id, value: where });
  }
  await app.page.goto(app.server.url);
  panel = new RightPanel(app.page);
  await panel.root.waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('exporting excerpts for a paper from the interface', () => {
  let docx: Uint8Array = new Uint8Array();

  it('exports to Word with the citation line of the issue, memos and French typography', async () => {
    const { download, path } = await panel.exportExcerpts(
      0,
      async (dialog) => {
        await dialog.getByLabel('Format').selectOption('docx');
        await dialog.getByLabel('Language').selectOption('fr');
        for (const part of ['Document', 'Speaker', 'Segment number'])
          await dialog.getByLabel(part, { exact: true }).uncheck();
        for (const part of ['Case', 'Âge (case attribute)', 'Plateforme (case attribute)'])
          await dialog.getByLabel(part, { exact: true }).check();
        // Timestamp last: below Segment number, Code, Âge and Plateforme.
        for (let step = 0; step < 4; step++)
          await dialog.getByRole('button', { name: 'Move Timestamp down' }).click();
        await dialog.getByLabel('Include the memos written on each coding').check();
        expect(await dialog.locator('.paper-export__preview').innerText()).toBe(
          'Each citation shows: Case, Âge (case attribute), Plateforme (case attribute), Timestamp',
        );
        await app.screenshot('40-export-dialog');
      },
      async (warning) => {
        // The scan before export: the transcripts still name "Marie".
        expect(await warning.innerText()).toMatch(/Marie/u);
        // While it waits for an answer the options are frozen: what is written is what was scanned.
        expect(await panel.exportDialog.getByLabel('Format', { exact: true }).isDisabled()).toBe(true);
        expect(
          await panel.exportDialog.getByLabel('Include the memos written on each coding').isDisabled(),
        ).toBe(true);
      },
    );
    // Named in the export's language (issue 14, trap 8).
    expect(download.suggestedFilename()).toBe('study-extraits.docx');
    docx = new Uint8Array(readFileSync(path));
    const xml = documentXml(docx);
    for (const text of [
      'Extraits codés — study',
      'travail de nuit',
      'triple journée',
      'opacité',
      NIGHT,
      OPAQUE,
      '— Participante 3, 34 ans, Foule Factory, 00:12:31',
      '— Participante 3, 34 ans, Foule Factory, 00:13:10',
      '— Participante 1, 41 ans, Clickworker',
      'Le soir\u00a0: quand la maison dort',
      // French: each excerpt between guillemets with narrow no-break spaces.
      `«\u202f${OPAQUE}\u202f»`,
    ])
      expect(xml).toContain(text);
    // The interface sent exactly the chosen options: the backend writes the same body.
    const direct = await app.api('exports/excerpts', { format: 'docx', ...CHOSEN });
    expect(xml).toBe(documentXml(Buffer.from(direct.content, 'base64')));
    expect(await panel.root.locator('.export [role=status]').innerText()).toContain('study-extraits.docx');
  });

  it('renders the first page of the Word file (LibreOffice → PDF → pdf.js)', async (context) => {
    const soffice = requireLibreOffice(context);
    const file = join(app.dir, 'extraits.docx');
    writeFileSync(file, docx);
    const pdf = new Uint8Array(readFileSync(convertWithLibreOffice(soffice, file, 'pdf', app.dir)));
    const text = (await readPdf('extraits.pdf', pdf)).paragraphs.join('\n');
    expect(text).toContain('Extraits codés — study');
    expect(text).toContain('— Participante 3, 34 ans, Foule Factory, 00:12:31');
    await renderFirstPdfPage(app.browser, pdf, join(SCREENSHOT_DIR, '41-docx-first-page.png'));
  });

  it('exports the codebook to Word from its dialog', async () => {
    await panel.root.getByRole('button', { name: 'Export codebook…' }).click();
    const dialog = panel.exportDialog;
    await dialog.getByLabel('Format').selectOption('docx');
    await dialog.getByLabel('Language').selectOption('en');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('study-codebook.docx');
    const xml = documentXml(new Uint8Array(readFileSync(await download.path())));
    expect(xml).toContain('Codebook — study');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*travail de nuit/su);
    await dialog.waitFor({ state: 'detached' });
  });

  it('exports from the keyboard alone: options, the scan warning, Esc to close', async () => {
    const page = app.page;
    await panel.exportButtons.first().focus();
    await page.keyboard.press('Enter');
    const dialog = panel.exportDialog;
    await dialog.waitFor();
    // The first field has the focus; arrows change a drop-down without opening it.
    await expect.poll(() => dialog.locator('select:focus').count()).toBe(1);
    await page.keyboard.press('ArrowDown'); // Word → Web page
    expect(await dialog.getByLabel('Format', { exact: true }).inputValue()).toBe('html');
    // Esc closes without exporting; the dialog opens again as it was for the last export.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await panel.exportButtons.first().focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // ↓ pressed again and again keeps the focus on the part being moved, even at the end.
    const down = dialog.getByRole('button', { name: 'Move Case down' });
    await down.focus();
    for (let step = 0; step < 12; step++) await page.keyboard.press('Enter');
    const order = await dialog
      .locator('li[data-part]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-part')));
    expect(order.at(-1)).toBe('case');
    expect(await dialog.locator('li[data-part="case"] button[data-by="1"]:focus').count()).toBe(1);
    for (let step = 0; step < 60; step++) {
      if ((await dialog.locator('.paper-export__go:focus').count()) === 1) break;
      await page.keyboard.press('Tab');
    }
    const downloaded = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    // The scan finds "Marie"; the focus moves to "Export anyway", Enter confirms.
    await expect.poll(() => panel.exportWarning.locator('.export__anyway:focus').count()).toBe(1);
    await page.keyboard.press('Enter');
    // The options of the first export were remembered: French, so "extraits".
    expect((await downloaded).suggestedFilename()).toBe('study-extraits.docx');
    await dialog.waitFor({ state: 'detached' });
  });

  it('copies one excerpt with its citation, to paste into a draft', async () => {
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.server.url).origin,
    });
    await new CodebookPane(app.page).select('opacité');
    const copy = panel.root.getByRole('button', { name: 'Copy with citation' });
    await copy.first().click();
    await expect
      .poll(() => panel.root.locator('.excerpt-item__copy').first().innerText())
      .toMatch(/^Copied/u);
    const pasted = await app.page.evaluate(() => navigator.clipboard.readText());
    // In English: “ ” around the quote, then the default citation line.
    expect(pasted).toMatch(/^“On ne sait jamais.*”\n— entretien-marie, Marie, segment \d+$/u);
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
