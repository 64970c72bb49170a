import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Code } from '../../app/contract/index.ts';
import { highlightTint } from '../../renderer/transcript/colors.ts';
import { CodebookPane } from './pages/CodebookPane.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { RightPanel } from './pages/RightPanel.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;
let codebook: CodebookPane;
let transcript: TranscriptPane;
let panel: RightPanel;

const ISOLATION_QUOTE = 'Personne à qui demander';
const EXCERPT_IN_SECOND_DOCUMENT = 'Nobody explains why a task is rejected';

async function codes(): Promise<readonly Code[]> {
  return app.api('codes/list', {});
}

async function codeNamed(name: string): Promise<Code | undefined> {
  return (await codes()).find((code) => code.name === name);
}

beforeAll(async () => {
  app = await startApp('codebook');
  project = await seedProject(app);
  const { french, timestamped } = project;
  const coding = (document: typeof french, quote: string, codeName: string) => ({
    documentId: document.id,
    ...rangeOf(document, quote),
    codeName,
  });
  await app.api('codings/create', {
    items: [
      coding(french, 'Je commence tôt', 'travail'),
      coding(french, 'mes micro-tâches sur la plateforme', 'travail'),
      coding(french, 'On ne sait jamais pourquoi', 'opacité'),
      coding(french, "si c'est éthique de nous payer si peu", 'éthique'),
      coding(timestamped, EXCERPT_IN_SECOND_DOCUMENT, 'éthique'),
    ],
  });
  const work = await codeNamed('travail');
  await app.api('codes/create', { name: 'triple journée', parentId: work?.id ?? null });
  await app.api('codings/create', {
    items: [coding(french, 'puis le ménage, puis encore des tâches le soir', 'triple journée')],
  });
  codebook = new CodebookPane(app.page);
  transcript = new TranscriptPane(app.page);
  panel = new RightPanel(app.page);
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open(project.french.name);
  await transcript.segments.first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('codebook', () => {
  it('shows the codes nested, with their number of codings', async () => {
    await codebook.item('travail').waitFor();
    expect(await codebook.childrenOf('travail')).toEqual(['triple journée']);
    for (const code of await codes()) {
      expect(await codebook.count(code.name).innerText()).toBe(String(code.codingCount));
    }
  });

  it('creates a top-level code and a sub-code', async () => {
    await codebook.createTopLevel('isolement');
    expect((await codeNamed('isolement'))?.parentId).toBeNull();
    await codebook.createChild('isolement', 'solitude');
    const isolation = await codeNamed('isolement');
    expect((await codeNamed('solitude'))?.parentId).toBe(isolation?.id);
    await expect.poll(() => codebook.childrenOf('isolement')).toEqual(['solitude']);
  });

  it('renames a code inline', async () => {
    await codebook.rename('solitude', 'seule devant l’écran');
    expect(await codeNamed('solitude')).toBeUndefined();
    expect((await codeNamed('seule devant l’écran'))?.parentId).toBe((await codeNamed('isolement'))?.id);
  });

  it('recolours a code, and its highlights follow', async () => {
    const isolation = await codeNamed('isolement');
    // A coding made elsewhere (as by another window); the UI re-reads after its next change.
    await app.api('codings/create', {
      items: [
        {
          documentId: project.french.id,
          ...rangeOf(project.french, ISOLATION_QUOTE),
          codeId: isolation?.id ?? 0,
        },
      ],
    });
    await codebook.recolour('isolement', '#cc2200');
    await expect.poll(async () => (await codeNamed('isolement'))?.color).toBe('#cc2200');
    // The highlight is the new colour, lightened to keep the text readable (colors.ts).
    await expect
      .poll(() => transcript.highlightRule(isolation?.id ?? 0))
      .toContain(`rgba(${highlightTint('#cc2200').join(', ')},`);
    // The coding made elsewhere comes with the reads that follow the change's paint.
    await expect.poll(() => transcript.highlightTexts(isolation?.id ?? 0)).toEqual([ISOLATION_QUOTE]);
  });

  it('nests a code under another, never under itself or its descendants', async () => {
    await codebook.select('travail');
    const choices = await codebook.moveSelect('travail').locator('option').allInnerTexts();
    expect(choices).not.toContain('travail');
    expect(choices).not.toContain('triple journée');
    expect(choices).toContain('opacité');

    await codebook.moveUnder('opacité', 'travail');
    await expect
      .poll(async () => (await codeNamed('opacité'))?.parentId)
      .toBe((await codeNamed('travail'))?.id);
    await expect
      .poll(() => codebook.childrenOf('travail'))
      .toEqual(expect.arrayContaining(['opacité', 'triple journée']));
    await app.screenshot('05-codebook');
  });

  it('moves a sub-code back to the top level', async () => {
    await codebook.moveUnder('seule devant l’écran', 'Top level');
    await expect.poll(async () => (await codeNamed('seule devant l’écran'))?.parentId).toBeNull();
    await expect.poll(() => codebook.childrenOf('isolement')).toEqual([]);
    // A top-level code is not offered "Top level" again.
    await codebook.select('isolement');
    expect(await codebook.moveSelect('isolement').locator('option').allInnerTexts()).not.toContain(
      'Top level',
    );
  });

  it('asks before deleting a code with the counts of what goes, and Esc keeps it', async () => {
    const preview = await app.api('codes/deletePreview', { id: (await codeNamed('travail'))?.id ?? 0 });
    // travail (2 codings) with triple journée (1) and opacité (1).
    expect([preview.codeCount, preview.codingCount]).toEqual([3, 4]);
    await codebook.askDelete('travail');
    expect(await codebook.deleteDialog.locator('.confirm-dialog__question').innerText()).toBe(
      'Delete «travail», 2 sub-codes and 4 codings?',
    );
    await app.page.keyboard.press('Escape');
    await codebook.deleteDialog.waitFor({ state: 'detached' });
    expect(await codeNamed('travail')).toBeDefined();
  });

  it('keeps the rarer actions in a “More” menu, used by keyboard, its controls on three lines at most', async () => {
    await codebook.select('travail');
    const bar = codebook.actions('travail');
    const more = bar.locator('button.code-row__more');
    // The lines the bar's controls lie on (their distinct tops): seven controls took five in a
    // 1280-pixel window in French, leaving one code in sight above the bar.
    const lines = await bar.evaluate(
      (element) =>
        new Set(
          [...element.querySelectorAll('button, select')].map((control) =>
            Math.round(control.getBoundingClientRect().top),
          ),
        ).size,
    );
    expect(lines).toBeLessThanOrEqual(3);
    await more.focus();
    // ↑ opens the menu on its last item, the destructive one, set apart in its colour.
    await app.page.keyboard.press('ArrowUp');
    const deleteItem = app.page.locator('[role=menuitem].code-row__delete');
    await expect.poll(() => deleteItem.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.page.keyboard.press('Enter');
    await codebook.deleteDialog.waitFor({ state: 'visible' });
    await app.page.keyboard.press('Escape');
    await codebook.deleteDialog.waitFor({ state: 'detached' });
    // The focus is back on “More”, for the next action.
    await expect.poll(() => more.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await codeNamed('travail')).toBeDefined();
  });

  it('deletes the code, its sub-codes and codings once confirmed', async () => {
    await codebook.askDelete('travail');
    await codebook.deleteDialog.locator('button.button--danger').click();
    await expect
      .poll(async () => (await codes()).map((code) => code.name).sort())
      .toEqual(['isolement', 'seule devant l’écran', 'éthique'].sort());
    await expect.poll(() => codebook.names()).toEqual(expect.not.arrayContaining(['travail', 'opacité']));
    const left = await app.api('codings/ofDocument', { documentId: project.french.id });
    expect(left.map((coding) => coding.quote).sort()).toEqual(
      [ISOLATION_QUOTE, "si c'est éthique de nous payer si peu"].sort(),
    );
  });

  it('lists the excerpts of a code and jumps to one in its document', async () => {
    await codebook.select('éthique');
    await expect.poll(() => panel.excerptsHeading.innerText()).toContain('éthique');
    const expected = await app.api('codings/excerptsOfCode', {
      codeId: (await codeNamed('éthique'))?.id ?? 0,
    });
    await expect.poll(() => panel.excerpts.count()).toBe(expected.length);
    const shown = await panel.excerpts.locator('.excerpt__quote').allInnerTexts();
    expect(shown.sort()).toEqual(expected.map((excerpt) => excerpt.quote).sort());

    const inSecond = panel.excerpts.filter({ hasText: EXCERPT_IN_SECOND_DOCUMENT });
    const source = await inSecond.locator('.excerpt__source').innerText();
    expect(source).toContain('interview-02');
    expect(source).toContain('Marie');
    expect(source).toContain('00:13:10');
    await app.screenshot('06-excerpts');

    await inSecond.click();
    await expect.poll(() => transcript.title.innerText()).toBe('interview-02');
    await expect.poll(() => transcript.selectedText()).toBe(EXCERPT_IN_SECOND_DOCUMENT);
    expect(await app.page.evaluate(() => CSS.highlights.has('jump-flash'))).toBe(true);
    const inView = await transcript.scroll.evaluate((scroller) => {
      const range = window.getSelection()?.getRangeAt(0);
      const box = range?.getBoundingClientRect();
      const frame = scroller.getBoundingClientRect();
      return box !== undefined && box.top >= frame.top && box.bottom <= frame.bottom;
    });
    expect(inView).toBe(true);
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
