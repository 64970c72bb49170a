import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { StartPage } from './pages/StartPage.ts';
import { TopBar } from './pages/TopBar.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { BINARY_BYTES, BINARY_NAME, transcriptFiles } from './support/transcripts.ts';

let app: E2eApp;
let start: StartPage;
let documents: DocumentsPane;
let transcript: TranscriptPane;
let topBar: TopBar;
let projectPath: string;

beforeAll(async () => {
  app = await startApp('import');
  start = new StartPage(app.page);
  documents = new DocumentsPane(app.page);
  transcript = new TranscriptPane(app.page);
  topBar = new TopBar(app.page);
  projectPath = join(app.dir, 'micro-travail.verbatim');
  await app.page.goto(app.server.url);
});

afterAll(async () => {
  await app?.close();
});

describe('start screen and import', () => {
  it('keeps the token out of the address bar and away from page script, and shows the start screen', async () => {
    await start.root.waitFor();
    expect(new URL(app.page.url()).searchParams.has('token')).toBe(false);
    // The server traded the token for an HttpOnly cookie: page script can read it nowhere.
    expect(
      await app.page.evaluate(() => `${location.href} ${document.cookie} ${JSON.stringify(sessionStorage)}`),
    ).not.toContain(app.server.token);
    await expect.poll(() => start.createForm.locator('h2').innerText()).toBe('New project');
    await app.screenshot('01-start-screen');
  });

  it('refuses to open a file that is not a project, with a clear inline error', async () => {
    writeFileSync(join(app.dir, 'notes.verbatim'), 'Just some notes, not a Verbatim project.\n');
    await start.openProject('notes.verbatim');
    const error = start.error(start.openForm);
    await expect.poll(() => error.title.innerText()).toBe('Not a Verbatim project');
    // The backend's own message stays under the title.
    const message = await error.message.innerText();
    expect(message.length).toBeGreaterThan(10);
    expect(message).toContain('notes.verbatim');
    expect(await start.root.isVisible()).toBe(true);
  });

  it('names project files only inside the folder the web shell was started for', async () => {
    for (const path of ['/etc/passwd', '../elsewhere.verbatim', join(app.dir, 'notes.txt')]) {
      await start.openProject(path);
      const error = start.error(start.openForm);
      await expect.poll(() => error.title.innerText()).toBe('Not allowed here');
      expect(await error.message.innerText()).toContain('uses only .verbatim files inside');
    }
    await start.createProject('/tmp/outside.verbatim');
    await expect.poll(() => start.error(start.createForm).title.innerText()).toBe('Not allowed here');
    expect(await start.root.isVisible()).toBe(true);
  });

  it('creates a project and opens the workspace', async () => {
    // The shell's folder and a name; the extension is added.
    await start.createProject(join(app.dir, 'micro-travail'));
    await documents.root.waitFor();
    expect(await topBar.projectName.innerText()).toBe('micro-travail');
    expect((await app.api('project/current', {}))?.path).toBe(projectPath);
  });

  it('imports two transcripts and reports the binary file with its reason', async () => {
    await documents.chooseFiles([...transcriptFiles(), { name: BINARY_NAME, buffer: BINARY_BYTES }]);
    // The review shows what was read before anything is stored.
    expect(await documents.fileRow(BINARY_NAME).innerText()).toMatch(/binary/iu);
    expect(await documents.fileRow('entretien-marie.txt').innerText()).toContain('Enquêteur, Marie');
    expect(await app.api('documents/list', {})).toEqual([]);
    await app.screenshot('10-import-review');
    await documents.startImport();
    await expect
      .poll(() => documents.report.locator('.import-report__ok').innerText())
      .toBe('2 files imported');
    expect(await documents.report.locator('.import-report__failed-title').innerText()).toBe(
      '1 file could not be imported',
    );
    const failure = await documents.failure(BINARY_NAME).innerText();
    expect(failure).toContain(BINARY_NAME);
    expect(failure).toMatch(/binary/i);
    await documents.closeImport();
    await expect.poll(() => documents.items.count()).toBe(2);
    const stored = await app.api('documents/list', {});
    expect(stored.map((document) => document.name).sort()).toEqual(['entretien-marie', 'interview-02']);
  });

  it('shows a French transcript with its speakers, labels outside the selectable text', async () => {
    await documents.open('entretien-marie');
    await transcript.segments.first().waitFor();
    expect(await transcript.title.innerText()).toBe('entretien-marie');
    const stored = (await app.api('documents/list', {})).find((d) => d.name === 'entretien-marie');
    const detail = await app.api('documents/get', { id: stored?.id ?? 0 });
    const views = await transcript.segmentViews();
    expect(views.map((view) => view.speaker)).toEqual(detail.segments.map((segment) => segment.speaker));
    expect(views.map((view) => view.speaker)).toEqual([
      'Enquêteur',
      'Marie',
      'Enquêteur',
      'Marie',
      'Enquêteur',
      'Marie',
    ]);
    for (const [index, view] of views.entries()) {
      const segment = detail.segments[index];
      // The label is visible (generated content) but the turn's text is only what was said.
      expect(view.label).toContain(view.speaker ?? '');
      expect(view.text).toBe(detail.text.slice(segment?.start, segment?.end));
      expect(view.text).not.toContain('Marie :');
    }
    expect(views[1]?.text).toContain('micro-tâches');
    await app.screenshot('02-transcript');
  });

  it('shows timestamps of a [hh:mm:ss] transcript', async () => {
    await documents.open('interview-02');
    await expect.poll(() => transcript.title.innerText()).toBe('interview-02');
    const views = await transcript.segmentViews();
    expect(views.map((view) => [view.speaker, view.timestamp])).toEqual([
      ['Marie', '00:12:31'],
      ['Interviewer', '00:13:05'],
      ['Marie', '00:13:10'],
    ]);
    expect(views[0]?.label).toContain('00:12:31');
    expect(views[0]?.text.startsWith('I started doing tasks at night')).toBe(true);
  });

  it('takes dropped files, warns of a duplicate and skips it', async () => {
    const [french] = transcriptFiles();
    if (!french) throw new Error('no transcript');
    await documents.dropFiles([{ ...french, name: 'copie-marie.txt' }]);
    expect(await documents.fileRow('copie-marie.txt').innerText()).toContain(
      'Same text as «entretien-marie»',
    );
    expect(
      await documents.dialog.getByLabel('Skip files whose text is already in the project').isChecked(),
    ).toBe(true);
    expect(await documents.dialog.getByRole('button', { name: /^Import/u }).isDisabled()).toBe(true);
    await documents.dialog.getByLabel('Skip files whose text is already in the project').uncheck();
    await documents.startImport();
    expect(await documents.report.innerText()).toContain('1 file imported');
    await documents.closeImport();
    await expect.poll(() => documents.items.count()).toBe(3);
    const copy = (await app.api('documents/list', {})).find((document) => document.name === 'copie-marie');
    if (!copy) throw new Error('the copy was not imported');
    await app.api('documents/delete', { id: copy.id });
    await app.page.reload();
    await expect.poll(() => documents.items.count()).toBe(2);
  });

  it('lists the project among recent projects after closing it, and reopens it from there', async () => {
    await topBar.closeProjectButton.click();
    await start.root.waitFor();
    await expect.poll(() => start.recentItems.count()).toBe(1);
    expect(await start.recentItems.first().getAttribute('title')).toBe(projectPath);
    await start.recentItems.first().click();
    await documents.root.waitFor();
    await expect.poll(() => documents.items.count()).toBe(2);
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
