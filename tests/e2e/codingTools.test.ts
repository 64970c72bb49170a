import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodebookPane } from './pages/CodebookPane.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;
let transcript: TranscriptPane;

async function codingsNamed(name: string): Promise<string[]> {
  const code = (await app.api('codes/list', {})).find((candidate) => candidate.name === name);
  if (!code) return [];
  return (await app.api('codings/excerptsOfCode', { codeId: code.id })).map((excerpt) => excerpt.quote);
}

beforeAll(async () => {
  app = await startApp('coding-tools');
  project = await seedProject(app);
  await app.api('codings/create', {
    items: [
      { documentId: project.french.id, ...rangeOf(project.french, "C'est opaque"), codeName: 'opacité' },
      {
        documentId: project.french.id,
        ...rangeOf(project.french, 'pourquoi une tâche est refusée'),
        codeName: 'opacité',
      },
    ],
  });
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open('entretien-marie');
  transcript = new TranscriptPane(app.page);
  await transcript.segments.first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('coding tools over the transcript', () => {
  it('codes a turn chosen from the keyboard with a code pinned to the key 1', async () => {
    await app.page.getByLabel('Pin a code to a key…').selectOption({ label: 'opacité' });
    await app.page.locator('.quick-code').first().waitFor();
    await transcript.scroll.focus();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('1');
    await expect
      .poll(() => codingsNamed('opacité'))
      .toContain(
        project.french.text.slice(project.french.segments[1]?.start, project.french.segments[1]?.end),
      );
    await app.screenshot('21-coding-toolbar');
  });

  it('codes in vivo: the selected words become a new code', async () => {
    await transcript.selectText('micro-tâches');
    await app.page.keyboard.press('Alt+i');
    await expect.poll(() => codingsNamed('micro-tâches')).toEqual(['micro-tâches']);
  });

  it('widens a selection to the whole turns it touches', async () => {
    await transcript.selectText('je me demande');
    await app.page.keyboard.press('Alt+t');
    const turn = project.french.segments[3];
    await expect
      .poll(() => transcript.selectedText())
      .toBe(project.french.text.slice(turn?.start, turn?.end));
  });

  it('finds a word ignoring accents, and goes from match to match', async () => {
    await app.page.keyboard.press('Control+f');
    const find = app.page.getByLabel('Find in this document');
    await find.fill('TACHE');
    await expect.poll(() => app.page.locator('.find-bar__count').innerText()).toBe('1 of 3');
    await find.press('Enter');
    await expect.poll(() => transcript.selectedText()).toBe('tâche');
    await find.press('Enter');
    await expect.poll(() => transcript.selectedText()).toBe('tâche');
    expect(await app.page.locator('.find-bar__count').innerText()).toBe('2 of 3');
    expect(await find.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.screenshot('22-find-in-document');
    await find.press('Escape');
    await expect.poll(() => app.page.locator('.find-bar').count()).toBe(0);
  });

  it('jumps between the codings of the selected code with ] and [', async () => {
    await new CodebookPane(app.page).select('opacité');
    await transcript.scroll.focus();
    await transcript.selectText('Bonjour');
    await app.page.keyboard.press(']');
    const quotes = (await codingsNamed('opacité')).sort();
    await expect.poll(() => transcript.selectedText()).not.toBe('Bonjour');
    const first = await transcript.selectedText();
    await app.page.keyboard.press(']');
    await expect.poll(() => transcript.selectedText()).not.toBe(first);
    await app.page.keyboard.press('[');
    await expect.poll(() => transcript.selectedText()).toBe(first);
    // The buttons for the mouse say what they do in their tooltip, not only their key.
    expect(
      await app.page.getByRole('button', { name: 'Next coding of the selected code' }).getAttribute('title'),
    ).toBe('Next coding of the selected code (])');
    expect(quotes.map((quote) => quote.replace(/\n/gu, ''))).toContain(first.replace(/\n/gu, ''));
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
