import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodebookPane } from './pages/CodebookPane.ts';
import { CodePalette } from './pages/CodePalette.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { HistoryPane } from './pages/HistoryPane.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;
let transcript: TranscriptPane;
let history: HistoryPane;

async function codingRows(): Promise<string[]> {
  const codes = new Map((await app.api('codes/list', {})).map((code) => [code.id, code.name]));
  const rows = await app.api('codings/ofDocument', { documentId: project.french.id });
  return rows
    .map((coding) => `${codes.get(coding.codeId) ?? '?'}:${coding.start}-${coding.end}:${coding.quote}`)
    .sort();
}

beforeAll(async () => {
  app = await startApp('history');
  project = await seedProject(app);
  await app.api('codings/create', {
    items: [
      { documentId: project.french.id, ...rangeOf(project.french, 'opaque'), codeName: 'opacité' },
      {
        documentId: project.french.id,
        ...rangeOf(project.french, 'pourquoi une tâche'),
        codeName: 'opacité',
      },
      {
        documentId: project.french.id,
        ...rangeOf(project.french, 'une tâche est refusée'),
        codeName: 'règles',
      },
      {
        documentId: project.french.id,
        ...rangeOf(project.french, 'seule devant mon écran'),
        codeName: 'règles',
      },
    ],
  });
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open('entretien-marie');
  transcript = new TranscriptPane(app.page);
  history = new HistoryPane(app.page);
  await transcript.segments.first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('undo, redo and history', () => {
  it('undoes and redoes a coding from the keyboard, the buttons saying what they do', async () => {
    const before = await codingRows();
    await transcript.selectText('le ménage');
    const palette = new CodePalette(app.page);
    await palette.openWithShortcut();
    await palette.type('triple journée');
    await app.page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await codingRows()).length).toBe(before.length + 1);
    const [latest] = await app.api('history/list', { limit: 1 });
    const summary = latest?.summary ?? '';
    expect(summary).toContain('triple journée');
    // Looked up now: undoing the coding also undoes the creation of its code.
    const code = (await app.api('codes/list', {})).find((row) => row.name === 'triple journée');
    await expect.poll(() => transcript.highlightTexts(code?.id ?? 0)).toEqual(['le ménage']);
    await expect.poll(() => history.undoButton.getAttribute('aria-label')).toBe(`Undo: ${summary}`);
    expect(await history.undoButton.innerText()).toContain(`Undo: ${summary}`);
    expect(await history.redoButton.isDisabled()).toBe(true);

    await transcript.scroll.focus();
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => codingRows()).toEqual(before);
    await expect.poll(() => history.announcement.innerText()).toBe(`Undone: ${summary}`);
    await expect.poll(() => history.redoButton.getAttribute('aria-label')).toBe(`Redo: ${summary}`);
    // The transcript re-read its codings: the undone passage is no longer painted.
    await expect.poll(() => transcript.highlightTexts(code?.id ?? 0)).toEqual([]);

    await app.page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await codingRows()).length).toBe(before.length + 1);
    await expect.poll(() => transcript.highlightTexts(code?.id ?? 0)).toEqual(['le ménage']);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => codingRows()).toEqual(before);
    await app.page.keyboard.press('Control+y');
    await expect.poll(async () => (await codingRows()).length).toBe(before.length + 1);
    await expect.poll(() => history.announcement.innerText()).toBe(`Redone: ${summary}`);
  });

  it('leaves the project alone while a dialog is open', async () => {
    const rows = await codingRows();
    const [latest] = await app.api('history/list', { limit: 1 });
    await new CodebookPane(app.page).openAction('opacité', 'details');
    const dialog = app.page.locator('dialog[open]');
    await dialog.waitFor();
    await dialog.getByRole('button').first().focus();
    await app.page.keyboard.press('Control+z');
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Had the dialog's Ctrl+Z undone the latest change, this one would undo an older one.
    await transcript.scroll.focus();
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => history.announcement.innerText()).toBe(`Undone: ${latest?.summary ?? ''}`);
    await app.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => history.announcement.innerText()).toBe(`Redone: ${latest?.summary ?? ''}`);
    await expect.poll(() => codingRows()).toEqual(rows);
  });

  it('leaves Ctrl+Z to a text field when typing in one', async () => {
    const rows = await codingRows();
    const search = app.page.getByPlaceholder('Search codes and definitions');
    await search.fill('abc');
    await search.press('Control+z');
    expect(await codingRows()).toEqual(rows);
    await search.fill('');
  });

  it('restores every coding exactly when a merge is undone with the button', async () => {
    const before = await codingRows();
    const codes = await app.api('codes/list', {});
    const source = codes.find((code) => code.name === 'règles');
    const target = codes.find((code) => code.name === 'opacité');
    if (!source || !target) throw new Error('codes missing');
    await app.api('codes/merge', { sourceId: source.id, targetId: target.id });
    // The UI learns about a change made elsewhere when it re-reads: reload.
    await app.page.reload();
    await new DocumentsPane(app.page).open('entretien-marie');
    expect(await codingRows()).not.toEqual(before);
    const undoButton = app.page.locator('.history-controls button').first();
    await expect.poll(() => undoButton.getAttribute('aria-label')).toMatch(/^Undo: .*/u);
    await undoButton.click();
    await expect.poll(() => codingRows()).toEqual(before);
    await expect.poll(() => history.redoButton.innerText()).toContain('Redo: Merge');
  });

  it('renames a document from its header, by keyboard, and undoes the rename', async () => {
    // The document menu, from the keyboard: Edit text first, then Rename….
    await transcript.documentMenu.focus();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    const dialog = app.page.locator('dialog', { hasText: 'Rename «entretien-marie»' });
    const field = dialog.getByLabel('New name (shown in citations and exchange files)');
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
    await field.fill('Entretien P1');
    await app.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => transcript.title.innerText()).toBe('Entretien P1');
    await expect
      .poll(() => app.page.locator('.document-list__name').allInnerTexts())
      .toContain('Entretien P1');
    await expect
      .poll(() => history.undoButton.getAttribute('aria-label'))
      .toBe('Undo: Rename document «entretien-marie» to «Entretien P1»');
    await history.undoButton.click();
    await expect.poll(() => transcript.title.innerText()).toBe('entretien-marie');
    expect((await app.api('documents/get', { id: project.french.id })).name).toBe('entretien-marie');
  });

  it('deletes a document from its header, by keyboard, and Ctrl+Z brings it back with its codings', async () => {
    const page = app.page;
    await app.api('memos/save', {
      targetKind: 'document',
      targetId: project.french.id,
      title: 'Contexte',
      body: '',
      plainText: 'Entretien mené chez elle.',
    });
    const memos = () => app.api('memos/list', { targetKind: 'document', targetId: project.french.id });
    const memosBefore = await memos();
    expect(memosBefore).toHaveLength(1);
    const codings = await codingRows();
    const listed = async () => (await app.api('documents/list', {})).map((row) => row.name);
    const summary = (await app.api('documents/list', {})).find((row) => row.id === project.french.id);
    expect(summary?.codingCount).toBe(codings.length);
    // The document menu, from the keyboard: its last item.
    await transcript.documentMenu.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Delete document…');
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.confirm-dialog', { hasText: 'Delete a document' });
    await expect
      .poll(() => dialog.locator('.confirm-dialog__question').innerText())
      .toBe(`Delete «entretien-marie» from the project, with ${codings.length} codings and the memos on it?`);
    // Cancel has the focus: Enter alone deletes nothing.
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await expect.poll(focused).toBe('Cancel');
    await app.screenshot('63-delete-document');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('Delete');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(listed).not.toContain('entretien-marie');
    const names = page.locator('.document-list__item');
    await expect
      .poll(() => names.evaluateAll((rows) => rows.map((row) => row.dataset.documentName)))
      .not.toContain('entretien-marie');
    await expect.poll(() => transcript.title.count()).toBe(0);
    expect(await memos()).toEqual([]);
    // The menu went with the document: the focus is in the document list, not lost.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.document-list') !== null))
      .toBe(true);
    await expect
      .poll(() => history.undoButton.getAttribute('aria-label'))
      .toBe('Undo: Delete document «entretien-marie»');
    // Closed before it went: its text was not asked again, to fail with "not found".
    expect(await page.locator('.error-notice').count()).toBe(0);

    await page.keyboard.press('Control+z');
    await expect
      .poll(() => history.announcement.innerText())
      .toBe('Undone: Delete document «entretien-marie»');
    await expect.poll(listed).toContain('entretien-marie');
    await expect
      .poll(() => names.evaluateAll((rows) => rows.map((row) => row.dataset.documentName)))
      .toContain('entretien-marie');
    expect(await codingRows()).toEqual(codings);
    expect(await memos()).toEqual(memosBefore);
    await new DocumentsPane(page).open('entretien-marie');
    await expect.poll(() => transcript.title.innerText()).toBe('entretien-marie');
  });

  it('undoes a case deletion from the Cases view with Ctrl+Z, its attribute values back', async () => {
    const page = app.page;
    const age = await app.api('attributes/create', { name: 'Âge', type: 'number' });
    const marie = await app.api('cases/create', { name: 'Marie', documentIds: [project.french.id] });
    await app.api('cases/setValue', { caseId: marie.id, attributeId: age.id, value: '34' });
    const before = await app.api('cases/list', {});
    // The UI learns about a change made elsewhere when it re-reads: reload.
    await page.reload();
    await page.getByRole('tab', { name: 'Cases' }).click();
    const grid = page.locator('table.cases-grid');
    const value = grid.getByLabel('Âge of Marie');
    await expect.poll(() => value.inputValue()).toBe('34');
    page.once('dialog', (dialog) => void dialog.accept());
    await grid.getByLabel('Actions of the case Marie').click();
    await grid.getByRole('button', { name: 'Delete the case Marie' }).click();
    await expect.poll(() => value.count()).toBe(0);
    expect((await app.api('cases/list', {})).cases.map((row) => row.name)).not.toContain('Marie');
    await expect.poll(() => history.undoButton.getAttribute('aria-label')).toBe('Undo: Delete case «Marie»');
    // The deleted row's button took the focus with it: the key goes to the page.
    await page.keyboard.press('Control+z');
    await expect.poll(() => history.announcement.innerText()).toBe('Undone: Delete case «Marie»');
    await expect.poll(() => value.inputValue()).toBe('34');
    expect(await app.api('cases/list', {})).toEqual(before);
    await app.screenshot('24-case-deletion-undone');
  });

  it('lists the changes, newest first, with the undone ones marked', async () => {
    await history.openTab();
    const entries = history.entries;
    const expected = await app.api('history/list', { limit: 200 });
    await expect.poll(() => entries.count()).toBe(expected.length);
    expect(await entries.first().getAttribute('data-state')).toBe(expected[0]?.state);
    expect(await app.page.locator('.history__entry[data-state="undone"]').count()).toBe(
      expected.filter((entry) => entry.state === 'undone').length,
    );
    await app.screenshot('23-history-panel');
  });

  it('says what Undo will undo now when the window comes back after a change made elsewhere', async () => {
    await app.page.goto(app.server.url);
    await new DocumentsPane(app.page).open('entretien-marie');
    await history.undoButton.waitFor();
    // Another tab, the CLI or a sync changes the project while this window is in the background.
    await app.api('codes/create', { name: 'fait ailleurs', parentId: null });
    await app.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect
      .poll(() => history.undoButton.getAttribute('aria-label'), { timeout: 10_000 })
      .toBe('Undo: Create code «fait ailleurs»');
    await expect
      .poll(() => app.page.locator('li.code-tree__item[data-code-name="fait ailleurs"]').count())
      .toBe(1);
    await app.api('history/undo', {});
  });

  it('closes the open document when every document was deleted elsewhere', async () => {
    await app.page.goto(app.server.url);
    await new DocumentsPane(app.page).open('entretien-marie');
    await transcript.segments.first().waitFor();
    // The CLI or another tab deletes every document while this window is in the background.
    const all = await app.api('documents/list', {});
    for (const document of all) await app.api('documents/delete', { id: document.id });
    await app.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    // An empty list is an answer: the deleted document does not stay open.
    await expect.poll(() => transcript.title.count(), { timeout: 10_000 }).toBe(0);
    expect(await app.page.locator('.error-notice').count()).toBe(0);
    for (let step = 0; step < all.length; step++) await app.api('history/undo', {});
    expect((await app.api('documents/list', {})).length).toBe(all.length);
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
