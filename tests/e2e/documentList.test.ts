import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillLargeProject } from '../bench/largeProject.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { startApp, type E2eApp } from './support/app.ts';

/**
 * The document list of a 2,000-interview project (issue #15): windowed, so the page holds a
 * few dozen rows whatever the project's size, and still driven from the keyboard.
 */
const DOCUMENTS = 2000;
/** Far fewer rows than documents: those in view and a margin. */
const MAX_ROWS = 100;

let app: E2eApp;
let pane: DocumentsPane;
let names: string[];

beforeAll(async () => {
  app = await startApp('document-list');
  await app.api('project/create', { path: join(app.dir, 'large.verbatim') });
  fillLargeProject(app.session.db(), { documents: DOCUMENTS, words: 200, codes: 3, codings: 2000 });
  names = (await app.api('documents/list', {})).map((document) => document.name);
  await app.page.goto(app.server.url);
  pane = new DocumentsPane(app.page);
  await pane.items.first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

async function focusedName(): Promise<string | null> {
  return app.page.evaluate(() =>
    document.activeElement instanceof HTMLElement
      ? (document.activeElement.dataset.documentName ?? null)
      : null,
  );
}

describe('the document list of a large project', () => {
  it('keeps a bounded number of rows in the page, the whole list reachable by scrolling', async () => {
    expect(names).toHaveLength(DOCUMENTS);
    expect(await pane.items.count()).toBeLessThan(MAX_ROWS);
    const list = pane.root.locator('.document-list');
    const heights = await list.evaluate((element) => ({
      scroll: element.scrollHeight,
      client: element.clientHeight,
    }));
    // The scroll area stands for every document, though few are drawn.
    expect(heights.scroll).toBeGreaterThan(heights.client * 20);
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect.poll(() => pane.items.last().getAttribute('data-document-name')).toBe(names.at(-1));
    expect(await pane.items.count()).toBeLessThan(MAX_ROWS);
  });

  it('moves with the arrow keys, Page Down, Home and End, and opens with Enter', async () => {
    await pane.root.locator('.document-list').evaluate((element) => element.scrollTo({ top: 0 }));
    await pane.root.locator(`.document-list__item[data-document-name="${names[0]}"]`).focus();
    await app.page.keyboard.press('ArrowDown');
    await expect.poll(focusedName).toBe(names[1]);
    await app.page.keyboard.press('End');
    await expect.poll(focusedName).toBe(names.at(-1));
    await app.page.keyboard.press('ArrowUp');
    await expect.poll(focusedName).toBe(names.at(-2));
    expect(await pane.items.count()).toBeLessThan(MAX_ROWS);
    await app.page.keyboard.press('Home');
    await expect.poll(focusedName).toBe(names[0]);
    await app.page.keyboard.press('PageDown');
    await expect.poll(async () => names.indexOf((await focusedName()) ?? '')).toBeGreaterThan(1);
    await app.page.keyboard.press('End');
    await app.page.keyboard.press('Enter');
    const last = pane.root.locator(`.document-list__item[data-document-name="${names.at(-1)}"]`);
    await expect.poll(() => last.getAttribute('aria-current')).toBe('true');
    expect(app.pageErrors).toEqual([]);
  });

  it('gives the list one tab stop, at the open document', async () => {
    const stops = await pane.root.locator('.document-list__item[tabindex="0"]').count();
    expect(stops).toBe(1);
    await pane.root.locator('.document-list').evaluate((element) => element.scrollTo({ top: 0 }));
    // The open document's row is out of the page: Tab still reaches it, through the list.
    await pane.root.locator('.document-list').focus();
    await expect.poll(focusedName).toBe(names.at(-1));
  });

  it('shows the ending of long names that start alike, so that rows differ', async () => {
    const long = ['fr_artisans_entretien-24.10.03-01.derived', 'fr_artisans_entretien-24.10.07-02.derived'];
    const [first, second] = (await app.api('documents/list', {})).slice(0, 2);
    await app.api('documents/rename', { id: first?.id ?? 0, name: long[0] ?? '' });
    await app.api('documents/rename', { id: second?.id ?? 0, name: long[1] ?? '' });
    await app.page.reload();
    await pane.items.first().waitFor();
    // Sorted after the others: at the end of the list.
    await pane.root
      .locator('.document-list')
      .evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    for (const name of long) {
      const row = pane.root.locator(`.document-list__item[data-document-name="${name}"]`);
      await row.waitFor();
      const ending = row.locator('.name-with-ending__ending');
      expect(await ending.textContent()).toBe(name.slice(-19));
      // Drawn whole inside its row, the head giving way.
      const [rowBox, endingBox] = [await row.boundingBox(), await ending.boundingBox()];
      expect(endingBox?.width ?? 0).toBeGreaterThan(0);
      expect((endingBox?.x ?? 0) + (endingBox?.width ?? 0)).toBeLessThanOrEqual(
        (rowBox?.x ?? 0) + (rowBox?.width ?? 0),
      );
    }
    await app.screenshot('62-document-names-long');
  });

  it('keeps the import hint to one line once there are documents, the formats in the tooltip', async () => {
    expect(await app.page.locator('#import-hint').innerText()).toBe('Or drop files here.');
    expect(await pane.importButton.getAttribute('title')).toContain('.docx');
    // Room for the codebook: the list takes at most a third of the window.
    const list = await pane.root.locator('.document-list').boundingBox();
    const viewport = app.page.viewportSize();
    expect(list?.height ?? 0).toBeLessThanOrEqual((viewport?.height ?? 0) * 0.31);
  });
});
