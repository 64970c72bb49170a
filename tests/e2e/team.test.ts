import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../app/session.ts';
import { call, memoryRecent } from '../support/session.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;
let transcript: TranscriptPane;
let opacityId = 0;

beforeAll(async () => {
  app = await startApp('team');
  project = await seedProject(app);
  const doc = project.french;
  const [first] = await app.api('codings/create', {
    items: [
      {
        documentId: doc.id,
        ...rangeOf(doc, 'pourquoi une tâche est refusée'),
        codeName: 'opacité',
        coder: 'Léa',
      },
    ],
  });
  opacityId = first?.codeId ?? 0;
  await app.api('codings/create', {
    items: [{ documentId: doc.id, ...rangeOf(doc, "C'est opaque"), codeId: opacityId, coder: 'Hugo' }],
  });
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open('entretien-marie');
  transcript = new TranscriptPane(app.page);
  await transcript.segments.first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('team work', () => {
  it('sets the coder identity once, recorded on new codings', async () => {
    // Who is coding is always in sight, in the top bar.
    const topBar = app.page.locator('header.topbar');
    await topBar.getByRole('button', { name: /^You: e2e/u }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Your coder identity' });
    await dialog.getByLabel('Name').fill('Camille');
    await dialog.getByLabel('Initials').fill('CM');
    await app.screenshot('30-identity');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => topBar.locator('.team-panel__me').innerText()).toBe('You: Camille (CM)');
    expect((await app.api('coders/me', {})).name).toBe('Camille');
    const [coding] = await app.api('codings/create', {
      items: [
        { documentId: project.french.id, ...rangeOf(project.french, 'puis le ménage'), codeId: opacityId },
      ],
    });
    expect(coding?.coder).toBe('Camille');
    await app.page.reload();
    await new DocumentsPane(app.page).open('entretien-marie');
  });

  it('shows everyone’s codings, one coder’s, mine, and blind mode locks it to mine', async () => {
    const show = app.page.locator('.team-panel').getByLabel('Show codings');
    await expect.poll(() => transcript.highlightTexts(opacityId)).toHaveLength(3);
    await show.selectOption({ label: 'of Léa' });
    await expect.poll(() => transcript.highlightTexts(opacityId)).toEqual(['pourquoi une tâche est refusée']);
    await show.selectOption({ label: 'mine only' });
    await expect.poll(() => transcript.highlightTexts(opacityId)).toEqual(['puis le ménage']);
    await show.selectOption({ label: 'of everyone' });
    await expect.poll(() => transcript.highlightTexts(opacityId)).toHaveLength(3);
    await app.page.getByLabel('Blind coding: each coder sees only their own codings').check();
    await expect.poll(() => transcript.highlightTexts(opacityId)).toEqual(['puis le ménage']);
    expect(await show.isDisabled()).toBe(true);
    expect(await app.page.getByText('only your codings are shown').count()).toBe(1);
    expect((await app.api('project/settings', {})).blindMode).toBe(true);
    await app.page.getByLabel('Blind coding: each coder sees only their own codings').uncheck();
    await expect.poll(() => transcript.highlightTexts(opacityId)).toHaveLength(3);
  });

  it('freezes a codebook version, lists what changed since, and decides a proposal', async () => {
    await app.page.getByRole('button', { name: 'Codebook review…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Codebook review' });
    await dialog.getByLabel('Name of the version to freeze').fill('Grille v1');
    await dialog.getByRole('button', { name: 'Freeze this version' }).click();
    await expect.poll(() => dialog.getByText('No change since this version.').count()).toBe(1);
    await app.api('codes/update', { id: opacityId, name: 'opacité algorithmique' });
    // Switch tabs to re-read.
    await dialog.getByRole('tab', { name: 'Proposals' }).click();
    await dialog.getByRole('tab', { name: 'Versions' }).click();
    await expect.poll(() => dialog.locator('.review-changes li[data-kind="renamed"]').count()).toBe(1);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export the changelog (Markdown)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/u);

    await dialog.getByRole('tab', { name: 'Proposals' }).click();
    await dialog.getByLabel('Propose a new code').fill('double journée');
    await dialog.getByLabel('Why (comment)').fill('Distinguer du travail domestique.');
    await dialog.getByRole('button', { name: 'Propose' }).click();
    const proposal = dialog.locator('.review-proposals li[data-status="open"]');
    await proposal.waitFor();
    await app.screenshot('34-codebook-review');
    await proposal.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => dialog.locator('.review-proposals li[data-status="accepted"]').count()).toBe(1);
    expect((await app.api('codes/list', {})).some((code) => code.name === 'double journée')).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('merges another coder’s copy of the project, with its report', async () => {
    // Hugo works on a copy of the project file on his own machine, then hands it back.
    const theirs = join(app.dir, 'copie-hugo.verbatim');
    await app.api('project/close', {});
    copyFileSync(project.path, theirs);
    await app.api('project/open', { path: project.path });
    const other = new ProjectSession({ recent: memoryRecent(), defaultCoder: 'Hugo' });
    await call(other, 'project/open', { path: theirs });
    await call(other, 'codings/create', {
      items: [
        {
          documentId: project.french.id,
          ...rangeOf(project.french, 'seule devant mon écran'),
          codeName: 'isolement',
        },
      ],
    });
    // …and renamed a code his own way: a conflict to settle.
    await call(other, 'codes/update', { id: opacityId, name: 'opacité des plateformes' });
    other.close();

    await app.page.reload();
    await new DocumentsPane(app.page).open('entretien-marie');
    await app.page.getByRole('button', { name: 'Merge a coder’s project…' }).click();
    const dialog = app.page.locator('dialog.import-dialog');
    // In the browser, a project file is named inside the folder the web shell was started for.
    await dialog.getByLabel('Name of the project file to merge').fill('copie-hugo.verbatim');
    await dialog.getByRole('button', { name: 'Look' }).click();
    const added = dialog.locator('tr[data-row="added"] td');
    await expect
      .poll(async () => (await added.allInnerTexts()).map((text) => text.replace(/\s+/gu, ' ')))
      .toEqual(['0 Documents', '1 Codes', '1 Codings', '0 Memos', '0 Cases']);
    const conflict = dialog.locator('.merge-conflict');
    expect(await conflict.allInnerTexts()).toEqual([
      'opacité algorithmique\nKeep ours: opacité algorithmique\nTake theirs: opacité des plateformes',
    ]);
    await conflict.getByLabel('Take theirs: opacité des plateformes').check();
    await app.screenshot('33-merge-report');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await dialog.getByRole('status').waitFor();
    expect(await dialog.locator('tr[data-row="added"] th').innerText()).toBe('Added');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const names = (await app.api('codes/list', {})).map((code) => code.name);
    expect(names).toContain('opacité des plateformes');
    expect(names).not.toContain('opacité algorithmique');
    const isolation = (await app.api('codes/list', {})).find((code) => code.name === 'isolement');
    const excerpts = await app.api('codings/excerptsOfCode', { codeId: isolation?.id ?? 0 });
    expect(excerpts.map((excerpt) => [excerpt.quote, excerpt.coder])).toEqual([
      ['seule devant mon écran', 'Hugo'],
    ]);
    // Merging the same file again changes nothing.
    const again = await app.api('project/mergePreview', { path: theirs });
    expect(again.added).toEqual({ documents: 0, codes: 0, codings: 0, memos: 0, cases: 0 });
  });

  it('says in the agreement tab that blind mode hides the coders to compare', async () => {
    await app.api('project/setSettings', { blindMode: true });
    await app.page.getByRole('tab', { name: 'Agreement' }).click();
    const note = app.page.getByText('Blind coding is on: agreement compares the coders');
    await expect.poll(() => note.count()).toBe(1);
    await app.api('project/setSettings', { blindMode: false });
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
