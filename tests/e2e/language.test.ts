import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodebookPane } from './pages/CodebookPane.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { RightPanel } from './pages/RightPanel.ts';
import { StartPage } from './pages/StartPage.ts';
import { TopBar } from './pages/TopBar.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject } from './support/seed.ts';

let app: E2eApp;
let start: StartPage;
let topBar: TopBar;

beforeAll(async () => {
  app = await startApp('language', { locale: 'en-US' });
  start = new StartPage(app.page);
  topBar = new TopBar(app.page);
  await app.page.goto(app.server.url);
  await start.root.waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('French and English', () => {
  it('starts in English for an English system', async () => {
    expect(await start.createForm.locator('h2').innerText()).toBe('New project');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('switches to French from the language menu, errors included', async () => {
    await topBar.switchLanguage('fr');
    await expect.poll(() => start.createForm.locator('h2').innerText()).toBe('Nouveau projet');
    expect(await start.openForm.locator('button[type=submit]').innerText()).toBe('Ouvrir le projet');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // A file inside the shell's folder, with Verbatim's extension, that is not a project.
    const notes = join(app.dir, 'notes.verbatim');
    writeFileSync(notes, 'pas un projet\n');
    await start.openProject(notes);
    const error = start.error(start.openForm);
    await expect.poll(() => error.title.innerText()).toBe('Ce n’est pas un projet Verbatim');
    // The backend's specific message is kept (in English) under the translated title.
    expect(await error.message.innerText()).toContain('notes.verbatim');
  });

  it('keeps the choice after a reload', async () => {
    await app.page.reload();
    await start.root.waitFor();
    await expect.poll(() => start.createForm.locator('h2').innerText()).toBe('Nouveau projet');
  });

  it('shows the workspace in French, with French numbers and export', async () => {
    const project = await seedProject(app);
    const { french } = project;
    await app.api('codings/create', {
      items: [
        { documentId: french.id, ...rangeOf(french, 'On ne sait jamais pourquoi'), codeName: 'opacité' },
        { documentId: french.id, ...rangeOf(french, 'pourquoi une tâche est refusée'), codeName: 'éthique' },
        { documentId: french.id, ...rangeOf(french, 'Je commence tôt'), codeName: 'éthique' },
      ],
    });
    await app.page.reload();
    const documents = new DocumentsPane(app.page);
    const codebook = new CodebookPane(app.page);
    const panel = new RightPanel(app.page);
    await documents.root.waitFor();
    expect(await documents.root.locator('h2').textContent()).toBe('Documents');
    expect(await documents.root.locator('button.file-button').innerText()).toContain(
      'Importer des transcriptions',
    );
    expect(await codebook.root.locator('h2').textContent()).toBe('Grille de codes');
    expect(await panel.tabs.allInnerTexts()).toEqual(['Extraits', 'Cooccurrences', 'Historique']);
    // The Undo button says what it undoes in French too (the change was made in English code).
    await expect
      .poll(() => app.page.locator('.topbar .history-controls button').first().getAttribute('aria-label'))
      .toBe('Annuler : Coder 3 passages avec «\u202fopacité\u202f», «\u202féthique\u202f»');
    expect(await topBar.closeProjectButton.innerText()).toBe('Fermer le projet');
    expect(await documents.items.first().innerText()).toMatch(/6 tours de parole · \d codages?/);

    await documents.open(french.name);
    const transcript = new TranscriptPane(app.page);
    await transcript.segments.first().waitFor();
    expect(await transcript.codeSelectionButton.innerText()).toContain('Coder la sélection');

    await panel.showCooccurrence();
    await expect.poll(() => panel.cooccurrenceRows.count()).toBe(1);
    // count 1, c = 1 / (1 + 2 − 1) = 0,500 with the French decimal comma.
    expect((await panel.cooccurrenceTable())[0]?.slice(2)).toEqual(['1', '0,500']);
    expect(await panel.definition.innerText()).toContain('se touchent seulement ne comptent pas');
    await app.screenshot('09-french-ui');

    const { content } = await panel.exportMarkdown(0, async (warning) => {
      expect(await warning.innerText()).toMatch(
        /identifiants? probables? rest(?:e|ent) dans ce que cet export écrit/u,
      );
      expect(await warning.locator('.export__anyway').innerText()).toBe('Exporter quand même');
    });
    expect(content).toContain('# Extraits codés');
    expect(content).toBe(
      (await app.api('exports/excerpts', { format: 'md', language: 'fr', quoteMarks: true })).content,
    );
  });

  it('starts in French for a French system', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    try {
      const page = await context.newPage();
      await page.goto(app.server.url);
      // A project is open in this backend session: the workspace shows, in French.
      await expect.poll(() => page.locator('section.codebook h2').textContent()).toBe('Grille de codes');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    } finally {
      await context.close();
    }
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
