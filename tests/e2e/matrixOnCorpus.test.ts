import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/tempDir.ts';
import { missingTool, sharedMaterial } from '../support/requiredTool.ts';
import { SCREENSHOT_DIR, startApp, type E2eApp } from './support/app.ts';

// The French corpus, read where it lies (../shared), never copied into the repository.
const CORPUS = join(repoRoot, '..', 'shared', 'corpus');
const FILES = [
  'fr_artisans_entretien-24.10.03-01.docx',
  'fr_artisans_entretien-24.10.04-04.docx',
  'fr_artisans_entretien-25.01.08.docx',
];
const corpus = sharedMaterial(CORPUS);

// The four themes, each a parent whose subcodes are applied to the words that stand for it.
const THEMES: Record<string, Record<string, RegExp>> = {
  'triple journée': {
    'temps contraint': /\btemps\b/gu,
    horaires: /\bheures?\b/gu,
    journées: /\bjournées?\b/gu,
  },
  opacité: { clients: /\bclients?\b/gu, commandes: /\bcommandes?\b/gu, prix: /\bprix\b/gu },
  éthique: {
    'travail bien fait': /\bqualité\b/gu,
    transmission: /\bapprendre\b/gu,
    métier: /\bmétiers?\b/gu,
  },
  isolement: { 'seul à l’atelier': /\bseule?s?\b/gu, 'chez soi': /\bmaison\b/gu },
};

let app: E2eApp;
let skipped: string | null;

beforeAll(async () => {
  skipped = missingTool(corpus);
  if (skipped !== null) return;
  app = await startApp('matrix-corpus');
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.api('project/create', { path: join(app.dir, 'artisans.verbatim') });
  const report = await app.api('documents/importFiles', {
    files: FILES.map((name) => ({ name, base64: readFileSync(join(CORPUS, name)).toString('base64') })),
  });
  expect(report.imported).toHaveLength(FILES.length);
  const documents = await Promise.all(report.imported.map((d) => app.api('documents/get', { id: d.id })));
  for (const [theme, subcodes] of Object.entries(THEMES)) {
    const parent = await app.api('codes/create', { name: theme });
    for (const [name, pattern] of Object.entries(subcodes)) {
      const code = await app.api('codes/create', { name, parentId: parent.id });
      const items = documents.flatMap((document) =>
        [...document.text.matchAll(pattern)].map((match) => ({
          documentId: document.id,
          start: match.index,
          end: match.index + match[0].length,
          codeId: code.id,
        })),
      );
      if (items.length > 0) await app.api('codings/create', { items });
    }
  }
  // A case per interview, for the summary grid, with the craft as an attribute.
  const craft = await app.api('attributes/create', { name: 'Métier', type: 'text' });
  const crafts = ['vitrail', 'ébénisterie', 'vitrail'];
  for (const [index, document] of documents.entries()) {
    const row = await app.api('cases/create', { name: `Artisan ${index + 1}`, documentIds: [document.id] });
    await app.api('cases/setValue', { caseId: row.id, attributeId: craft.id, value: crafts[index] ?? '' });
  }
  // A document set of the two 2024 interviews, to group the matrix's documents by set.
  await app.api('sets/create', {
    kind: 'document',
    name: 'Entretiens 2024',
    memberIds: documents.slice(0, 2).map((document) => document.id),
  });
  await app.page.goto(app.server.url);
  await app.page.locator('section.documents').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('matrices on the French corpus at 1280×720', () => {
  it('keeps its headers in view when scrolled, folds a parent, drills into a cell', async (context) => {
    if (skipped !== null) context.skip(skipped);
    const page = app.page;
    await page.getByRole('tab', { name: 'Matrices' }).click();
    const view = page.locator('.matrix-view');
    const scroll = view.locator('.matrix__scroll');
    await view.locator('tr[data-code="isolement"]').waitFor();
    // The table scrolls inside its box, not the page: its box fits the window.
    const box = await scroll.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 2000)).toBeLessThanOrEqual(1280);
    // Codebook order: each theme is followed by its subcodes.
    const codes = await view.locator('tbody th').allInnerTexts();
    expect(codes.map((text) => text.replace(/^[▾▸]\s*/u, '').trim()).slice(0, 3)).toEqual([
      'triple journée',
      'temps contraint',
      'horaires',
    ]);

    await scroll.evaluate((element) => {
      // The pane brings the table's box into view; then the table scrolls inside it.
      element.scrollIntoView({ block: 'start' });
      element.scrollTop = element.scrollHeight;
      element.scrollLeft = element.scrollWidth;
    });
    // The rows overflow the box at 720 px: it did scroll, inside.
    expect(await scroll.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    // Sticky: the header row and the code column are still at the box's edges.
    const header = await view.locator('thead th').nth(1).boundingBox();
    const scrolled = await scroll.boundingBox();
    expect(Math.abs((header?.y ?? 0) - (scrolled?.y ?? 100))).toBeLessThan(4);
    const codeCell = await view.locator('tr[data-code="isolement"] th').boundingBox();
    expect(Math.abs((codeCell?.x ?? 0) - (scrolled?.x ?? 100))).toBeLessThan(4);
    await app.screenshot('matrix-1-sticky-scrolled');
    await scroll.evaluate((element) => {
      element.scrollTop = 0;
      element.scrollLeft = 0;
    });

    // Folding "opacité" shows its subtree's codings on its row and hides its subcodes.
    const matrix = await app.api('analysis/matrix', { columns: 'documents', measure: 'count' });
    const opacity = matrix.rows.findIndex((row) => row.name === 'opacité');
    const subtreeTotal = String(matrix.subtreeRowTotals[opacity]);
    expect(Number(subtreeTotal)).toBeGreaterThan(0);
    await view.getByRole('button', { name: 'Fold the subcodes of opacité into its row' }).click();
    await expect.poll(() => view.locator('tr[data-code="clients"]').count()).toBe(0);
    await expect
      .poll(() => view.locator('tr[data-code="opacité"] td.matrix__total').innerText())
      .toBe(subtreeTotal);
    await app.screenshot('matrix-2-collapsed-parent');

    // Keyboard: from the row's first cell, arrows to the first column where the folded theme
    // has codings, Enter opens the excerpts behind it.
    const column = (matrix.subtreeCells[opacity] ?? []).findIndex((value) => value > 0);
    expect(column).toBeGreaterThanOrEqual(0);
    await view.locator('tr[data-code="opacité"] td.matrix__cell').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    for (let step = 0; step < column; step += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const drill = view.locator('.drilldown');
    await drill.waitFor();
    const expected = matrix.subtreeCells[opacity]?.[column] ?? 0;
    await expect.poll(() => drill.locator('.drilldown__instance').count()).toBe(expected);
    expect((await drill.innerText()).toLowerCase()).toMatch(/client|commande/u);
    await app.screenshot('matrix-3-drilldown');

    // The matrix as shown (the folded row, the totals) saved as SVG.
    const downloaded = page.waitForEvent('download');
    await view.getByRole('button', { name: 'Save as SVG' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('matrix-documents-count.svg');
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).toContain('opacité (+)');
    expect(svg).not.toContain('>clients<');
    expect(svg).toContain(`>${matrix.grandTotal}<`);

    expect(app.pageErrors).toEqual([]);
  });

  it('groups the documents by craft and by set under spanning headers, in the view and its exports', async (context) => {
    if (skipped !== null) context.skip(skipped);
    const page = app.page;
    const view = page.locator('.matrix-view');
    const scroll = view.locator('.matrix__scroll');
    // Documents grouped by the craft of their case: ébénisterie first, then the two vitrail,
    // under a first header row where each craft spans its documents.
    await view.getByLabel('Group by').selectOption({ label: 'Métier' });
    const groups = view.locator('thead th[scope="colgroup"]');
    await expect.poll(() => groups.allTextContents()).toEqual(['Métier: ébénisterie', 'Métier: vitrail']);
    expect(await groups.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('colspan')))).toEqual([
      '1',
      '2',
    ]);
    expect(
      await view.locator('table colgroup').evaluateAll((cols) => cols.map((col) => col.getAttribute('span'))),
    ).toEqual(['1', '1', '2', '1']);
    const documentHeaders = view.locator('thead tr:not(.matrix__groups) th');
    expect(await documentHeaders.nth(1).innerText()).toContain('24.10.04-04');
    // Each group's header sits above its documents' headers, as wide as they are together.
    const craft = await groups.nth(1).boundingBox();
    const first = await documentHeaders.nth(2).boundingBox();
    const second = await documentHeaders.nth(3).boundingBox();
    expect(Math.abs((craft?.x ?? 0) - (first?.x ?? 100))).toBeLessThan(2);
    expect(Math.abs((craft?.width ?? 0) - ((first?.width ?? 0) + (second?.width ?? 0)))).toBeLessThan(2);
    expect((craft?.y ?? 100) + (craft?.height ?? 0)).toBeLessThanOrEqual((first?.y ?? 0) + 1);
    // A cell's name gives its group; arrows still move from cell to cell.
    const firstCell = view.locator('td[data-cell="0:0"]');
    expect(await firstCell.getAttribute('aria-label')).toMatch(/^triple journée, Métier ébénisterie, /u);
    await firstCell.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('0:1');
    await scroll.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await app.screenshot('matrix-4-grouped-by-craft');
    // Scrolled down, both header rows stay at the top of the box.
    await scroll.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    const box = await scroll.boundingBox();
    const top = await groups.first().boundingBox();
    expect(Math.abs((top?.y ?? 0) - (box?.y ?? 100))).toBeLessThan(4);
    expect((await documentHeaders.nth(1).boundingBox())?.y ?? 0).toBeGreaterThan((top?.y ?? 0) + 4);
    await app.screenshot('matrix-5-grouped-scrolled');

    // The CSV export names each column with its group; the SVG draws the groups' row.
    const csvDownload = page.waitForEvent('download');
    await view.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    expect(csv.split(/\r?\n/u)[0]).toMatch(
      /^\uFEFF?code,Métier: ébénisterie \/ [^,]*24\.10\.04-04[^,]*,Métier: vitrail \/ /u,
    );
    const svgDownload = page.waitForEvent('download');
    await view.getByRole('button', { name: 'Save as SVG' }).click();
    const svg = readFileSync(await (await svgDownload).path(), 'utf8');
    expect(svg).toContain('>Métier<');
    expect(svg).toContain('>ébénisterie<');
    // The PNG as saved, kept beside the screenshots to be looked at.
    const pngDownload = page.waitForEvent('download');
    await view.getByRole('button', { name: 'Save as PNG' }).click();
    await (await pngDownload).saveAs(join(SCREENSHOT_DIR, 'matrix-grouped-export.png'));

    // By document set: the two 2024 interviews under their set, the third in no set.
    await view.getByLabel('Group by').selectOption({ label: 'Document sets' });
    await expect
      .poll(() => groups.allTextContents())
      .toEqual(['Document sets: Entretiens 2024', 'Document sets: —']);
    expect(await groups.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('colspan')))).toEqual([
      '2',
      '1',
    ]);
    await scroll.evaluate((element) => {
      element.scrollTop = 0;
    });
    await app.screenshot('matrix-6-grouped-by-set');
    expect(app.pageErrors).toEqual([]);
  });

  it('writes a summary beside its excerpts in the summary grid, saved in the project', async (context) => {
    if (skipped !== null) context.skip(skipped);
    const page = app.page;
    await page.getByRole('tab', { name: 'Summary grid' }).click();
    const view = page.locator('.summary-grid-view');
    const cell = view.locator('tr[data-case="Artisan 1"] button[data-code="temps contraint"]');
    await cell.waitFor();
    await cell.focus();
    await page.keyboard.press('Enter');
    const editor = view.locator('.summary-editor');
    await editor.waitFor();
    const grid = await app.api('summaries/grid', {});
    const fed = grid.codings[0]?.[grid.codes.findIndex((code) => code.name === 'temps contraint')] ?? 0;
    expect(fed).toBeGreaterThan(0);
    await expect.poll(() => editor.locator('.drilldown__instance').count()).toBe(fed);
    const text = 'Le temps de l’atelier déborde : commandes le soir, pas de journée fixe.';
    // Opened from the keyboard, the cell's text box has the focus: typing goes there.
    const box = editor.getByLabel('Your summary (Ctrl+Enter saves)');
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(text);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => editor.getByRole('status').innerText()).toBe('Saved');
    // "Saved" means committed: the backend reads it back.
    const after = await app.api('summaries/grid', {});
    expect(after.summaries.map((summary) => summary.text)).toEqual([text]);
    await expect.poll(() => cell.innerText()).toContain('Le temps de l’atelier');
    // Text added and not saved with Ctrl+Enter is saved when the researcher moves on.
    await box.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Voir aussi la nuit.');
    await cell.focus();
    await expect
      .poll(async () => (await app.api('summaries/grid', {})).summaries.map((summary) => summary.text))
      .toEqual([`${text} Voir aussi la nuit.`]);
    // The grid with its summary, and the editor beside the excerpts below it.
    await view
      .locator('.summary-grid__scroll')
      .evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await app.screenshot('summary-grid-written');
    // The export in the language chosen beside its buttons: French words, name and typography.
    await view.getByLabel('Language').selectOption({ label: 'French (French typography)' });
    const downloaded = page.waitForEvent('download');
    await view.getByRole('button', { name: 'Export as a Word table' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe('artisans-grille-de-synthese.docx');
    await app.screenshot('summary-grid-export-language');
    expect(app.pageErrors).toEqual([]);
  });
});
