import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { EditMode } from './pages/EditMode.ts';
import { HistoryPane } from './pages/HistoryPane.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';
import {
  FRENCH_NAME,
  FRENCH_TRANSCRIPT,
  TIMESTAMPED_NAME,
  TIMESTAMPED_TRANSCRIPT,
} from './support/transcripts.ts';

let app: E2eApp;
let project: SeededProject;
let transcript: TranscriptPane;
let edit: EditMode;

/** Code name → quotes of a document's codings, each checked against the text at its range. */
async function quotesByCode(documentId: number): Promise<Record<string, string[]>> {
  const { text } = await app.api('documents/get', { id: documentId });
  const codes = new Map((await app.api('codes/list', {})).map((code) => [code.id, code.name]));
  const result: Record<string, string[]> = {};
  for (const coding of await app.api('codings/ofDocument', { documentId })) {
    // The stored quote is always the text at the coding's range.
    expect(coding.quote).toBe(text.slice(coding.start, coding.end));
    const name = codes.get(coding.codeId) ?? '?';
    result[name] = [...(result[name] ?? []), coding.quote].sort();
  }
  return result;
}

async function codeId(name: string): Promise<number> {
  return (await app.api('codes/list', {})).find((code) => code.name === name)?.id ?? -1;
}

beforeAll(async () => {
  app = await startApp('edit-document');
  project = await seedProject(app);
  const { french, timestamped } = project;
  await app.api('codings/create', {
    items: [
      { documentId: french.id, ...rangeOf(french, 'commence tôt, avant'), codeName: 'rythme' },
      { documentId: french.id, ...rangeOf(french, 'le ménage'), codeName: 'travail domestique' },
      { documentId: french.id, ...rangeOf(french, 'micro-tâches'), codeName: 'plateforme' },
      { documentId: french.id, ...rangeOf(french, 'opaque'), codeName: 'opacité' },
      { documentId: timestamped.id, ...rangeOf(timestamped, 'tasks at night'), codeName: 'rythme' },
      { documentId: timestamped.id, ...rangeOf(timestamped, 'Why at night?'), codeName: 'question' },
      { documentId: timestamped.id, ...rangeOf(timestamped, 'task is rejected'), codeName: 'opacité' },
    ],
  });
  await app.page.goto(app.server.url);
  transcript = new TranscriptPane(app.page);
  edit = new EditMode(app.page);
  await new DocumentsPane(app.page).open('entretien-marie');
  await transcript.segments.first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('editing a transcript in place', () => {
  it('edits, splits and saves in one change; codings follow their text; undo restores it all', async () => {
    const before = await quotesByCode(project.french.id);
    await edit.enter();
    await expect.poll(() => edit.state.innerText()).toBe('Editing');

    await edit.select('tôt');
    await app.page.keyboard.type('tard');
    await edit.select('micro-tâches ');
    await app.page.keyboard.press('Backspace');
    await edit.caretIn('Ensuite je fais', 0);
    await app.page.keyboard.press('Enter');

    // While typing, the highlights follow the text; the deleted coding is not painted.
    await expect.poll(() => edit.turns.count()).toBe(project.french.segments.length + 1);
    await expect
      .poll(async () => transcript.highlightTexts(await codeId('rythme')))
      .toEqual(['commence tard, avant']);
    await expect
      .poll(async () => transcript.highlightTexts(await codeId('travail domestique')))
      .toEqual(['le ménage']);
    await expect.poll(async () => transcript.highlightTexts(await codeId('plateforme'))).toEqual([]);
    await expect.poll(() => edit.state.innerText()).toBe('Editing · unsaved changes');
    await edit.turns.nth(2).click({ position: { x: 40, y: 30 } });
    await app.screenshot('edit-mode');

    // Nothing is stored before Save.
    expect((await app.api('documents/get', { id: project.french.id })).text).toBe(project.french.text);
    await edit.saveButton.click();
    await edit.bar.waitFor({ state: 'detached' });

    const saved = await app.api('documents/get', { id: project.french.id });
    expect(saved.segments).toHaveLength(project.french.segments.length + 1);
    expect(saved.text.slice(saved.segments[1]?.start, saved.segments[1]?.end)).toBe(
      'Je commence tard, avant que les enfants se lèvent.',
    );
    expect(saved.text.slice(saved.segments[2]?.start, saved.segments[2]?.end)).toMatch(
      /^Ensuite je fais mes sur/u,
    );
    expect(saved.segments[2]?.speaker).toBe('Marie');
    expect(await quotesByCode(project.french.id)).toEqual({
      rythme: ['commence tard, avant'],
      'travail domestique': ['le ménage'],
      opacité: ['opaque'],
    });
    await expect
      .poll(async () => transcript.highlightTexts(await codeId('rythme')))
      .toEqual(['commence tard, avant']);
    await expect.poll(async () => transcript.highlightTexts(await codeId('opacité'))).toEqual(['opaque']);

    // The coding whose text went is listed, never silently dropped.
    await expect.poll(() => edit.unplacedNotice.innerText()).toContain('micro-tâches');

    // One step in the history: Ctrl+Z in the transcript restores text, turns and codings.
    await transcript.scroll.focus();
    await app.page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await app.api('documents/get', { id: project.french.id })).text)
      .toBe(project.french.text);
    expect(await quotesByCode(project.french.id)).toEqual(before);
    await expect.poll(() => transcript.segments.count()).toBe(project.french.segments.length);
    await expect
      .poll(async () => transcript.highlightTexts(await codeId('plateforme')))
      .toEqual(['micro-tâches']);
    await expect.poll(() => edit.unplacedNotice.count()).toBe(0);
  });

  it('is entered and left from the keyboard; Esc asks before dropping changes', async () => {
    // Enter opens the document menu on its first item, Edit text; Enter again runs it.
    await edit.documentMenu.focus();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    await edit.text.waitFor();
    await expect
      .poll(() =>
        app.page.evaluate(() => document.activeElement?.classList.contains('transcript__text--editing')),
      )
      .toBe(true);
    await app.page.keyboard.press('Escape');
    await edit.bar.waitFor({ state: 'detached' });

    await edit.enter();
    await edit.select('opaque');
    await app.page.keyboard.type('flou');
    // Closing the project, opening another document or pressing Esc asks first.
    const confirm = app.page.locator('dialog.confirm-dialog');
    await app.page.getByRole('button', { name: 'Close project' }).click();
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await new DocumentsPane(app.page).open('interview-02');
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await app.page.keyboard.press('Escape');
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await expect.poll(() => edit.turnTexts()).toContainEqual(expect.stringContaining("C'est flou"));
    await app.page.keyboard.press('Escape');
    await confirm.getByRole('button', { name: 'Discard changes' }).click();
    await edit.bar.waitFor({ state: 'detached' });
    expect((await app.api('documents/get', { id: project.french.id })).text).toBe(project.french.text);
  });

  it('renames a speaker across the document and saves with Ctrl+S', async () => {
    await edit.enter();
    await edit.caretIn('Je commence', 0);
    await edit.bar.getByRole('button', { name: 'Rename a speaker…' }).click();
    const dialog = app.page.locator('dialog[open]');
    await dialog.getByLabel('Speaker', { exact: true }).selectOption('Marie');
    await dialog.getByLabel('New name (empty: no speaker)').fill('Participante 1');
    await dialog.getByRole('button', { name: 'Rename everywhere' }).click();
    await edit.text.focus();
    await app.page.keyboard.press('Control+s');
    await edit.bar.waitFor({ state: 'detached' });
    const saved = await app.api('documents/get', { id: project.french.id });
    expect(saved.text).toBe(project.french.text);
    expect(saved.segments.map((segment) => segment.speaker)).toEqual(
      project.french.segments.map((segment) =>
        segment.speaker === 'Marie' ? 'Participante 1' : segment.speaker,
      ),
    );
    await new HistoryPane(app.page).undoButton.click();
    await expect
      .poll(async () =>
        (await app.api('documents/get', { id: project.french.id })).segments.map((s) => s.speaker),
      )
      .toEqual(project.french.segments.map((segment) => segment.speaker));
  });
});

describe('updating a document from a new version of its file', () => {
  it('reviews what the new version does to the codings and applies it only on confirmation', async () => {
    await new DocumentsPane(app.page).open('interview-02');
    await transcript.title.filter({ hasText: 'interview-02' }).waitFor();
    const newVersion = TIMESTAMPED_TRANSCRIPT.replace('tasks at night', 'tasks late at night').replace(
      '[00:13:05] Interviewer : Why at night?\n',
      '',
    );
    await edit.chooseNewVersions([{ name: TIMESTAMPED_NAME, buffer: Buffer.from(newVersion, 'utf8') }]);
    // The coding after the removed turn keeps its quote at another place: moved, not kept.
    await expect.poll(() => edit.reviewCount('kept').innerText()).toBe('0 codings kept');
    expect(await edit.reviewCount('moved').innerText()).toBe('1 moved with its text');
    expect(await edit.reviewCount('changed').innerText()).toBe('1 whose text changed');
    expect(await edit.reviewCount('unplaced').innerText()).toBe('1 that could not be placed');
    expect(await edit.review.locator('.update-review__changed').innerText()).toContain('late at night');
    expect(await edit.review.locator('.update-review__unplaced').innerText()).toContain('Why at night?');
    await app.screenshot('update-review');

    // Nothing stored by the preview.
    expect((await app.api('documents/get', { id: project.timestamped.id })).text).toBe(
      project.timestamped.text,
    );
    await edit.review.getByRole('button', { name: 'Apply the new version' }).click();
    await edit.review.waitFor({ state: 'detached' });
    const updated = await app.api('documents/get', { id: project.timestamped.id });
    expect(updated.segments).toHaveLength(2);
    expect(await quotesByCode(project.timestamped.id)).toEqual({
      rythme: ['tasks late at night'],
      opacité: ['task is rejected'],
    });
    await expect.poll(() => edit.unplacedNotice.innerText()).toContain('Why at night?');

    // The coding that lost its text is placed again on a passage the researcher selects.
    await transcript.selectText('Because the day');
    await edit.unplacedNotice.getByRole('button', { name: 'Place on selection' }).click();
    await expect
      .poll(async () => (await quotesByCode(project.timestamped.id)).question)
      .toEqual(['Because the day']);
    await expect.poll(() => edit.unplacedNotice.count()).toBe(0);

    // Two steps back: the placing, then the update.
    await transcript.scroll.focus();
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => edit.unplacedNotice.innerText()).toContain('Why at night?');
    await app.page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await app.api('documents/get', { id: project.timestamped.id })).text)
      .toBe(project.timestamped.text);
    expect(await quotesByCode(project.timestamped.id)).toEqual({
      rythme: ['tasks at night'],
      question: ['Why at night?'],
      opacité: ['task is rejected'],
    });
  });

  it('updates several documents at once, each file matched to its document by name', async () => {
    const french = FRENCH_TRANSCRIPT.replace('Je commence tôt', 'Je commence très tôt');
    const english = TIMESTAMPED_TRANSCRIPT.replace('when the house is quiet', 'when the house is silent');
    await edit.chooseNewVersions([
      { name: FRENCH_NAME, buffer: Buffer.from(french, 'utf8') },
      { name: TIMESTAMPED_NAME, buffer: Buffer.from(english, 'utf8') },
    ]);
    await expect.poll(() => edit.review.locator('.update-review__document').count()).toBe(2);
    expect(await edit.review.getAttribute('aria-label')).toBe('Update documents from 2 new versions');
    await edit.review.getByRole('button', { name: 'Apply the 2 new versions' }).click();
    await edit.review.waitFor({ state: 'detached' });
    expect((await app.api('documents/get', { id: project.french.id })).text).toContain(
      'Je commence très tôt',
    );
    expect((await app.api('documents/get', { id: project.timestamped.id })).text).toContain(
      'house is silent',
    );
    expect((await quotesByCode(project.french.id)).opacité).toEqual(['opaque']);
    expect(app.pageErrors).toEqual([]);
  });
});
