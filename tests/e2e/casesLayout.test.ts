import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type E2eApp } from './support/app.ts';

/**
 * The Cases view at 1280×720 in French, with long look-alike document names: each
 * document's checkbox on its own name's line, Tab from a value never onto a delete
 * button, and the case names in sight when the table scrolls sideways.
 */

let app: E2eApp;

const FILES = [
  'fr_artisans_entretien-24.10.03-01.derived.txt',
  'fr_artisans_entretien-24.10.03-02.derived.txt',
  'fr_artisans_entretien-24.10.17-01.derived.txt',
  'en_sheffield-orda_Jessica.txt',
  'en_sheffield-orda_Jonathan.txt',
];
const CASES = ['Souffleur de verre', 'Céramiste', 'Jessica'];

beforeAll(async () => {
  app = await startApp('cases-layout', { locale: 'fr-FR' });
  await app.api('project/create', { path: join(app.dir, 'artisans.verbatim') });
  const report = await app.api('documents/importFiles', {
    files: FILES.map((name) => ({
      name,
      base64: Buffer.from(`Enquêteur : Bonjour.\nRépondant : Bonjour, ${name}.\n`).toString('base64'),
    })),
  });
  const ids = report.imported.map((document) => document.id);
  expect(ids).toHaveLength(FILES.length);
  await app.api('attributes/create', { name: 'Âge', type: 'number' });
  await app.api('attributes/create', {
    name: 'Métier',
    type: 'choice',
    choices: ['souffleur de verre', 'céramiste', 'ébéniste'],
  });
  await app.api('attributes/create', { name: 'Ville', type: 'text' });
  await app.api('attributes/create', { name: 'Genre', type: 'text' });
  for (const [index, name] of CASES.entries()) {
    await app.api('cases/create', { name, documentIds: ids.slice(index, index + 1) });
  }
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.page.goto(app.server.url);
  await app.page.locator('#centre-tab-cases').click();
  await app.page.locator('table.cases-grid').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('Cases view at 1280×720 in French', () => {
  it('puts each document checkbox on the line of its own name', async () => {
    const row = app.page.locator('tr[data-case="Souffleur de verre"]');
    await row.locator('.case-documents summary').click();
    const items = row.locator('.case-documents li');
    await expect.poll(() => items.count()).toBe(FILES.length);
    await app.screenshot('64-cases-documents');
    const boxes = await items.evaluateAll((elements) =>
      elements.map((item) => {
        const box = item.querySelector('input[type=checkbox]')?.getBoundingClientRect();
        // The first line box of the name's text, wherever the text node sits in the item.
        const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
        let text = walker.nextNode();
        while (text && text.textContent?.trim() === '') text = walker.nextNode();
        const range = document.createRange();
        if (text) range.selectNodeContents(text);
        const line = range.getClientRects()[0];
        return {
          name: text?.textContent ?? '',
          centre: box ? box.top + box.height / 2 : -1,
          boxRight: box?.right ?? -1,
          lineTop: line?.top ?? -1,
          lineBottom: line?.bottom ?? -1,
          lineLeft: line?.left ?? -1,
        };
      }),
    );
    for (const box of boxes) {
      expect(box, box.name).toMatchObject({ centre: expect.any(Number) as number });
      expect(box.centre, box.name).toBeGreaterThanOrEqual(box.lineTop);
      expect(box.centre, box.name).toBeLessThanOrEqual(box.lineBottom);
      // The box is just before its name, not over or after it.
      expect(box.boxRight, box.name).toBeLessThanOrEqual(box.lineLeft);
    }
    await row.locator('.case-documents summary').click();
  });

  it('leaves the delete button out of the Tab path of the values, still reachable', async () => {
    const page = app.page;
    const gender = page.getByLabel('Genre de Souffleur de verre');
    await gender.focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return { label: element?.getAttribute('aria-label') ?? '', text: element?.textContent ?? '' };
    });
    expect(focused.label).not.toMatch(/supprimer/iu);
    expect(focused.text).not.toMatch(/×|supprimer/iu);
    await app.screenshot('64-cases-tab-after-genre');
    // The keyboard still gets there, on purpose: open the row's actions, then Tab to delete.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Supprimer le cas Souffleur de verre',
    );
    await page.keyboard.press('Escape');
    // Esc folds the menu back, the focus on it again, so Tab goes on to the next row.
    const actions = await page.evaluate(() => ({
      label: document.activeElement?.getAttribute('aria-label'),
      open: document.activeElement?.closest('details')?.open,
    }));
    expect(actions).toEqual({ label: 'Actions du cas Souffleur de verre', open: false });
  });

  it('keeps the case names in sight when the table scrolls sideways', async () => {
    const scroll = app.page.locator('.cases-view .matrix__scroll');
    // Open a documents list so the table is wider than the view, as a researcher does.
    await app.page.locator('tr[data-case="Céramiste"] .case-documents summary').click();
    const wide = await scroll.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(wide).toBe(true);
    await scroll.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(() => scroll.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await app.screenshot('64-cases-scrolled-right');
    const sight = await scroll.evaluate((element) => {
      const shown = element.getBoundingClientRect();
      return [...element.querySelectorAll('tbody th[scope=row]')].map((cell) => {
        const box = cell.getBoundingClientRect();
        return {
          name: cell.textContent,
          left: box.left,
          right: box.right,
          from: shown.left,
          to: shown.right,
        };
      });
    });
    expect(sight).toHaveLength(CASES.length);
    for (const cell of sight) {
      expect(cell.left, cell.name ?? '').toBeGreaterThanOrEqual(cell.from - 1);
      expect(cell.right, cell.name ?? '').toBeLessThanOrEqual(cell.to + 1);
    }
    expect(app.pageErrors).toEqual([]);
  });
});
