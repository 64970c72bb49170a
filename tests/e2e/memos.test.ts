import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Code } from '../../app/contract/index.ts';
import { CodebookPane } from './pages/CodebookPane.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { MemoDialogPane, MemoManagerPane } from './pages/MemoPanes.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;
let transcript: TranscriptPane;
let memo: MemoDialogPane;
let manager: MemoManagerPane;
let codebook: CodebookPane;

const CODED = 'On ne sait jamais pourquoi';

async function codeNamed(name: string): Promise<Code> {
  const code = (await app.api('codes/list', {})).find((candidate) => candidate.name === name);
  if (!code) throw new Error(`no code named ${name}`);
  return code;
}

async function openFrench(): Promise<void> {
  await new DocumentsPane(app.page).open(project.french.name);
  await transcript.segments.first().waitFor();
}

beforeAll(async () => {
  app = await startApp('memos');
  project = await seedProject(app);
  await app.api('codings/create', {
    items: [{ documentId: project.french.id, ...rangeOf(project.french, CODED), codeName: 'opacité' }],
  });
  transcript = new TranscriptPane(app.page);
  memo = new MemoDialogPane(app.page);
  manager = new MemoManagerPane(app.page);
  codebook = new CodebookPane(app.page);
  await app.page.goto(app.server.url);
  await openFrench();
});

afterAll(async () => {
  await app?.close();
});

describe('memos', () => {
  it('writes a document memo with a heading and a bold word, saved as one memo while typing', async () => {
    await transcript.root.getByRole('button', { name: 'Memo on «entretien-marie»' }).click();
    await memo.editor.text.waitFor();
    await memo.editor.tool('heading').click();
    await app.page.keyboard.type('Terrain à Lyon');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('Un mot ');
    await app.page.keyboard.press('Control+b');
    await app.page.keyboard.type('décisif');
    await app.page.keyboard.press('Control+b');
    await app.page.keyboard.type(' pour la suite.');
    await memo.editor.waitSaved();
    expect(await memo.editor.status.innerText()).toBe('Saved');
    // "Saved" is shown only once the backend holds the text.
    const memos = await app.api('memos/list', { targetKind: 'document', targetId: project.french.id });
    expect(memos.map((summary) => summary.title)).toEqual(['Terrain à Lyon']);
    const saved = await app.api('memos/get', { id: memos[0]?.id ?? 0 });
    expect(saved.plainText).toBe('Terrain à Lyon\n\nUn mot décisif pour la suite.');
    expect(saved.body).toContain('"type":"heading"');
    expect(await memo.editor.text.locator('h2').innerText()).toBe('Terrain à Lyon');
    expect(await memo.editor.text.locator('strong').innerText()).toBe('décisif');
    await app.screenshot('52-memo-editor');
    await memo.close();
  });

  it('saves on close what was typed just before, for a code memo from its detail editor', async () => {
    await codebook.openAction('opacité', 'details');
    await app.page.locator('dialog.code-editor').getByRole('button', { name: 'Memo on «opacité»' }).click();
    await memo.editor.text.waitFor();
    await app.page.keyboard.type('Définition à revoir avec Léa');
    // Closed at once, before the typing pause would have saved it.
    await memo.close();
    const opacity = await codeNamed('opacité');
    await expect
      .poll(async () =>
        (await app.api('memos/list', { targetKind: 'code', targetId: opacity.id })).map((m) => m.title),
      )
      .toEqual(['Définition à revoir avec Léa']);
    await app.page.keyboard.press('Escape');
    await app.page.locator('dialog.code-editor').waitFor({ state: 'detached' });
  });

  it('writes a memo on a coding from the codings popover', async () => {
    await transcript.clickInside(CODED, 3);
    await transcript.popoverItem('opacité').waitFor();
    await transcript
      .popoverItem('opacité')
      .getByRole('button', { name: /^Memo on/u })
      .click();
    await memo.editor.text.waitFor();
    await app.page.keyboard.type('Passage clé');
    await memo.editor.waitSaved();
    await memo.close();
    const [coding] = await app.api('codings/ofDocument', { documentId: project.french.id });
    const list = await app.api('memos/list', { targetKind: 'coding', targetId: coding?.id ?? 0 });
    expect(list.map((summary) => summary.title)).toEqual(['Passage clé']);
  });

  it('finds the memo by a word after a reload, with its formatting kept', async () => {
    await app.page.reload();
    await openFrench();
    await manager.open();
    await expect.poll(async () => (await manager.titles()).length).toBe(3);
    // Accents ignored: "decisif" finds "décisif".
    await manager.search.fill('decisif');
    await expect.poll(() => manager.titles()).toEqual(['Terrain à Lyon']);
    await manager.items.first().click();
    await manager.editor.text.locator('h2').waitFor();
    expect(await manager.editor.text.locator('h2').innerText()).toBe('Terrain à Lyon');
    expect(await manager.editor.text.locator('strong').innerText()).toBe('décisif');
    expect(await manager.editor.text.innerText()).toContain('pour la suite.');
    await app.screenshot('53-memo-manager');
  });

  it('filters memos by kind and writes a project memo there', async () => {
    await manager.search.fill('');
    await manager.kind('code').check();
    await expect.poll(() => manager.titles()).toEqual(['Définition à revoir avec Léa']);
    await manager.kind('all').check();
    await manager.typeNewProjectMemo('Plan du chapitre');
    await manager.editor.waitSaved();
    await expect.poll(() => manager.titles()).toContain('Plan du chapitre');
    const project = await app.api('memos/list', { targetKind: 'project' });
    expect(project.map((summary) => summary.title)).toEqual(['Plan du chapitre']);
    await manager.kind('project').check();
    await expect.poll(() => manager.titles()).toEqual(['Plan du chapitre']);
  });

  it('deletes a memo whose text is all deleted, one step Undo takes back', async () => {
    await manager.kind('project').check();
    await manager.typeNewProjectMemo('Brouillon');
    await manager.editor.waitSaved();
    await expect.poll(() => manager.titles()).toContain('Brouillon');
    // Selected and deleted, as a researcher clears a memo: no empty "(untitled)" memo stays.
    await manager.editor.text.click();
    await app.page.keyboard.press('Control+a');
    await app.page.keyboard.press('Delete');
    await expect
      .poll(async () => (await app.api('memos/list', { targetKind: 'project' })).map((memo) => memo.title), {
        timeout: 10_000,
      })
      .toEqual(['Plan du chapitre']);
    await expect.poll(() => manager.titles()).toEqual(['Plan du chapitre']);
    await app.api('history/undo', {});
    expect((await app.api('memos/list', { targetKind: 'project' })).map((memo) => memo.title).sort()).toEqual(
      ['Brouillon', 'Plan du chapitre'].sort(),
    );
  });

  it('saves the words just typed when the page is reloaded before their save', async () => {
    await manager.kind('project').check();
    await manager.typeNewProjectMemo('Idée de dernière minute');
    // At once, within the save's delay: the page asks before leaving, and the save goes out.
    const asked = new Promise<string>((resolve) => {
      app.page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      });
    });
    await app.page.reload();
    expect(await asked).toBe('beforeunload');
    await expect
      .poll(async () => (await app.api('memos/list', { targetKind: 'project' })).map((memo) => memo.title), {
        timeout: 10_000,
      })
      .toContain('Idée de dernière minute');
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
