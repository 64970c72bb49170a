import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Code } from '../../app/contract/index.ts';
import { CodePalette } from './pages/CodePalette.ts';
import { CodebookPane } from './pages/CodebookPane.ts';
import { CodeEditorDialogs } from './pages/CodeEditorDialogs.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { HistoryPane } from './pages/HistoryPane.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;
let codebook: CodebookPane;
let dialogs: CodeEditorDialogs;
let palette: CodePalette;
let transcript: TranscriptPane;

const DEFINITION = 'Ce que la plateforme cache aux travailleurs : ses règles et sa rémunération.';
const INCLUSION = 'La personne dit ne pas comprendre une décision de la plateforme.';
const EXCLUSION = 'Un jugement moral sur la plateforme : coder éthique.';
const OPACITY_QUOTE = 'On ne sait jamais pourquoi';

async function codes(): Promise<readonly Code[]> {
  return app.api('codes/list', {});
}

async function codeNamed(name: string): Promise<Code | undefined> {
  return (await codes()).find((code) => code.name === name);
}

beforeAll(async () => {
  app = await startApp('codebook-editor');
  project = await seedProject(app);
  const { french } = project;
  const coding = (quote: string, codeName: string) => ({
    documentId: french.id,
    ...rangeOf(french, quote),
    codeName,
  });
  // One batch per code, so that the codes' order is travail, opacité, éthique, rythme.
  for (const items of [
    [coding('Je commence tôt', 'travail'), coding('mes micro-tâches sur la plateforme', 'travail')],
    [coding(OPACITY_QUOTE, 'opacité')],
    [coding("si c'est éthique de nous payer si peu", 'éthique')],
    // «Je commence tôt» again: the same range as a coding of travail, so a merge collapses it.
    [coding('Je commence tôt', 'rythme'), coding('puis le ménage, puis encore des tâches le soir', 'rythme')],
  ]) {
    await app.api('codings/create', { items });
  }
  codebook = new CodebookPane(app.page);
  dialogs = new CodeEditorDialogs(app.page);
  palette = new CodePalette(app.page);
  transcript = new TranscriptPane(app.page);
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open(french.name);
  await transcript.segments.first().waitFor();
  await codebook.item('rythme').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('codebook editor', () => {
  it('nests a code by dragging it onto another, with a drop indicator on the way', async () => {
    expect(await codebook.topLevel()).toEqual(['travail', 'opacité', 'éthique', 'rythme']);
    const source = await codebook.nameButton('opacité').boundingBox();
    const target = await codebook.row('travail').boundingBox();
    if (!source || !target) throw new Error('rows not laid out');
    await app.page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 8 });
    await expect.poll(() => codebook.row('travail').getAttribute('class')).toContain('code-row--drop-inside');
    await app.page.mouse.up();
    await expect
      .poll(async () => (await codeNamed('opacité'))?.parentId)
      .toBe((await codeNamed('travail'))?.id);
    await expect.poll(() => codebook.childrenOf('travail')).toEqual(['opacité']);
    expect(await codebook.root.locator('[class*="code-row--drop-"]').count()).toBe(0);
  });

  it('reorders, nests and un-nests with Alt and the arrow keys, keeping the focus on the code', async () => {
    await codebook.nameButton('éthique').focus();
    await app.page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => codebook.topLevel()).toEqual(['éthique', 'travail', 'rythme']);
    await expect.poll(() => codebook.focusedCode()).toBe('éthique');
    expect(await codebook.status.innerText()).toContain('«éthique» is now number 1 under «Top level»');

    await app.page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => codebook.topLevel()).toEqual(['travail', 'éthique', 'rythme']);
    await app.page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => codebook.childrenOf('travail')).toEqual(['opacité', 'éthique']);
    await expect.poll(() => codebook.focusedCode()).toBe('éthique');
    await app.page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => codebook.topLevel()).toEqual(['travail', 'éthique', 'rythme']);
    await expect.poll(() => codebook.focusedCode()).toBe('éthique');
    // The tree and the backend agree on the order.
    const topLevel = (await codes()).filter((code) => code.parentId === null);
    expect(topLevel.sort((a, b) => a.sortOrder - b.sortOrder).map((code) => code.name)).toEqual([
      'travail',
      'éthique',
      'rythme',
    ]);
  });

  it('edits the definition, criteria and anchor example of a code', async () => {
    await codebook.openAction('opacité', 'details');
    await dialogs.field('description').fill(DEFINITION);
    await dialogs.field('inclusion').fill(INCLUSION);
    await dialogs.field('exclusion').fill(EXCLUSION);
    await dialogs.example(OPACITY_QUOTE).check();
    await app.screenshot('50-codebook-editor');
    await dialogs.saveDetails();
    const opacity = await codeNamed('opacité');
    expect(opacity).toMatchObject({ description: DEFINITION, inclusion: INCLUSION, exclusion: EXCLUSION });
    const [coding] = await app.api('codings/excerptsOfCode', { codeId: opacity?.id ?? 0 });
    expect(opacity?.exampleCodingId).toBe(coding?.codingId);
  });

  it('shows the definition when hovering a code in the tree', async () => {
    await codebook.row('opacité').hover();
    await codebook.preview.waitFor();
    // The anchor example's quote is read when the preview opens: it may follow the definition.
    await expect.poll(() => codebook.preview.innerText()).toContain(`«${OPACITY_QUOTE}»`);
    const text = await codebook.preview.innerText();
    expect(text).toContain(DEFINITION);
    expect(text).toContain(INCLUSION);
    await app.page.mouse.move(900, 500);
    await codebook.preview.waitFor({ state: 'detached' });
  });

  it('shows the active code’s definition, criteria and example beside the palette', async () => {
    await transcript.selectText('avant que les enfants');
    await palette.openWithShortcut();
    await palette.type('opac');
    expect(await palette.activeOption.innerText()).toContain('opacité');
    const panel = palette.dialog.locator('.palette__definition');
    await expect.poll(() => panel.innerText()).toContain(`«${OPACITY_QUOTE}»`);
    const text = await panel.innerText();
    expect(text).toContain(DEFINITION);
    expect(text).toContain(INCLUSION);
    expect(text).toContain(EXCLUSION);
    await app.screenshot('51-palette-definition');
    await app.page.keyboard.press('Escape');
    await palette.dialog.waitFor({ state: 'hidden' });
  });

  it('searches names and definitions ignoring accents, highlighting the match', async () => {
    await codebook.search.fill('remuneration');
    // opacité matches by its definition; travail stays as its parent; the others go.
    await expect.poll(() => codebook.names()).toEqual(['travail', 'opacité']);
    expect(await codebook.item('opacité').locator('.code-row__snippet mark').allInnerTexts()).toContain(
      'rémunération',
    );
    await codebook.search.fill('ethiqe');
    await expect.poll(() => codebook.names()).toEqual(['éthique']);
    expect(await codebook.nameButton('éthique').locator('mark').allInnerTexts()).not.toEqual([]);
    await codebook.search.fill('');
    await expect.poll(async () => (await codebook.names()).length).toBe(4);
  });

  it('merges a code into another, saying how many codings move and collapse', async () => {
    await codebook.openAction('rythme', 'merge');
    await dialogs.merge.locator('select[name=target]').selectOption({ label: 'travail' });
    const preview = dialogs.merge.locator('.merge-dialog__preview');
    await expect.poll(() => preview.innerText()).toContain('1 coding moves to «travail».');
    expect(await preview.innerText()).toContain(
      '1 coding is on exactly the same passage as a coding of «travail» by the same coder',
    );
    await dialogs.merge.getByRole('button', { name: 'Merge', exact: true }).click();
    await dialogs.merge.waitFor({ state: 'detached' });
    await expect
      .poll(() => codebook.status.innerText())
      .toBe('Merged «rythme» into «travail»: 1 coding moved, 1 duplicate collapsed.');
    expect(await codeNamed('rythme')).toBeUndefined();
    expect((await codeNamed('travail'))?.codingCount).toBe(3);
    await expect.poll(() => codebook.count('travail').innerText()).toBe('3');
    // Undone, the merge is no longer what the status line says happened: it goes.
    const history = new HistoryPane(app.page);
    await history.undoButton.click();
    await expect.poll(async () => (await codeNamed('rythme')) !== undefined).toBe(true);
    await expect.poll(() => codebook.status.innerText()).toBe('');
    await history.redoButton.click();
    await expect.poll(async () => (await codeNamed('rythme')) === undefined).toBe(true);
  });

  it('splits chosen codings of a code into a new sibling code', async () => {
    await codebook.openAction('travail', 'split');
    await dialogs.split.locator('input[name=newName]').fill('micro-travail');
    await dialogs.splitCoding('mes micro-tâches sur la plateforme').check();
    await dialogs.split.getByRole('button', { name: 'Split off 1 coding' }).click();
    await dialogs.split.waitFor({ state: 'detached' });
    await expect.poll(async () => (await codeNamed('micro-travail'))?.codingCount).toBe(1);
    expect((await codeNamed('travail'))?.codingCount).toBe(2);
    const quotes = await app.api('codings/excerptsOfCode', {
      codeId: (await codeNamed('micro-travail'))?.id ?? 0,
    });
    expect(quotes.map((excerpt) => excerpt.quote)).toEqual(['mes micro-tâches sur la plateforme']);
    await expect.poll(() => codebook.topLevel()).toContain('micro-travail');
  });

  it('archives a code: it leaves the palette and the tree until "show archived"', async () => {
    await codebook.openAction('éthique', 'details');
    await dialogs.archived().check();
    await dialogs.saveDetails();
    await expect.poll(async () => (await codeNamed('éthique'))?.archived).toBe(true);
    await expect.poll(() => codebook.names()).not.toContain('éthique');
    await codebook.showArchived.check();
    await expect.poll(() => codebook.item('éthique').getAttribute('data-archived')).toBe('true');
    expect(await codebook.row('éthique').getAttribute('class')).toContain('code-row--archived');

    await transcript.selectText('avant que les enfants');
    await palette.openWithShortcut();
    await palette.type('ethique');
    const options = await palette.optionTexts();
    expect(options.some((option) => option.includes('éthique') && !option.includes('Create'))).toBe(false);
    await app.page.keyboard.press('Escape');
    await palette.dialog.waitFor({ state: 'hidden' });
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
