import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../app/contract/index.ts';
import { CodeEditorDialogs } from './pages/CodeEditorDialogs.ts';
import { CodePalette } from './pages/CodePalette.ts';
import { CodebookPane } from './pages/CodebookPane.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { RightPanel } from './pages/RightPanel.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

/**
 * Issue #14, traps 1, 4, 5, 6, 7 and 11: the palette, keyboard turn selection, the codebook
 * under the pointer and the keyboard, search coding, excerpt context and the heatmap
 * drill-down, the skip link and the import button.
 */

let app: E2eApp;
let project: SeededProject;
let long: DocumentDetail;
let transcript: TranscriptPane;
let palette: CodePalette;
let codebook: CodebookPane;
let documents: DocumentsPane;

const LONG_NAME = 'entretien-long.txt';
// Words of uneven lengths, so that a cut at a fixed number of characters falls mid-word.
const FILLER =
  'Le matin je prépare les cartables, puis je regarde les consignes affichées sur mon téléphone. ' +
  'Parfois la plateforme change ses règles sans prévenir personne, alors je recommence. ';
const CONTEXT_QUOTE = 'le tarif baisse encore';

function longTranscript(): string {
  const lines: string[] = [];
  for (let turn = 1; turn <= 40; turn++) {
    lines.push(`Enquêteur : Question numéro ${turn}, comment cela se passe-t-il ?`);
    const middle = turn === 20 ? `Et un jour ${CONTEXT_QUOTE} pour tout le monde. ` : '';
    lines.push(`Marie : Réponse ${turn}. ${FILLER.repeat(3)}${middle}${FILLER.repeat(3)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function codeNamed(name: string) {
  return (await app.api('codes/list', {})).find((code) => code.name === name);
}

async function codingsOf(documentId: number) {
  return app.api('codings/ofDocument', { documentId });
}

async function isFocused(selector: string): Promise<boolean> {
  return app.page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector);
}

/** A fresh page on a document, so that one failing test leaves nothing open for the next. */
async function reset(documentName: string): Promise<void> {
  await app.page.goto(app.server.url);
  await documents.open(documentName);
  await transcript.title.filter({ hasText: documentName.replace(/\.txt$/u, '') }).waitFor();
  await transcript.segments.first().waitFor();
}

beforeAll(async () => {
  app = await startApp('keyboard-traps');
  project = await seedProject(app);
  const report = await app.api('documents/importFiles', {
    files: [{ name: LONG_NAME, base64: Buffer.from(longTranscript(), 'utf8').toString('base64') }],
  });
  const id = report.imported[0]?.id;
  if (id === undefined) throw new Error('the long transcript was not imported');
  long = await app.api('documents/get', { id });
  for (const name of ['horaires', 'opacité', 'isolement', 'travail']) {
    await app.api('codes/create', { name, parentId: null });
  }
  const work = await codeNamed('travail');
  await app.api('codes/create', { name: 'plateforme', parentId: work?.id ?? null });
  transcript = new TranscriptPane(app.page);
  palette = new CodePalette(app.page);
  codebook = new CodebookPane(app.page);
  documents = new DocumentsPane(app.page);
});

afterAll(async () => {
  await app?.close();
});

describe('trap 1: the palette applies an existing code on Enter', () => {
  it('applies the closest existing code to "hor", and creates «hor» only with Ctrl+Enter, in one undo', async () => {
    await reset(project.french.name);
    await transcript.selectText('puis le ménage');
    await palette.openWithShortcut();
    await palette.type('hor');
    expect(await palette.activeOption.innerText()).toContain('horaires');
    // Creating is offered, last, with its own key.
    expect(await palette.options.last().innerText()).toContain('Create code «hor»');
    expect(await palette.options.last().innerText()).toContain('Ctrl+Enter');
    await app.screenshot('60-palette-closest-code');
    await app.page.keyboard.press('Enter');
    await palette.dialog.waitFor({ state: 'hidden' });
    const horaires = await codeNamed('horaires');
    await expect
      .poll(async () => (await codingsOf(project.french.id)).map((coding) => coding.codeId))
      .toEqual([horaires?.id]);
    expect(await codeNamed('hor')).toBeUndefined();

    await transcript.selectText('encore des tâches le soir');
    await palette.openWithShortcut();
    await palette.type('hor');
    await app.page.keyboard.press('Control+Enter');
    await palette.dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await codeNamed('hor'))?.codingCount).toBe(1);
    // The code made by mistake and its coding are one step of the history: one undo.
    const [latest] = await app.api('history/list', { limit: 1 });
    expect(latest?.summary).toContain('hor');
    await app.api('history/undo', {});
    expect(await codeNamed('hor')).toBeUndefined();
    expect((await codingsOf(project.french.id)).map((coding) => coding.codeId)).toEqual([horaires?.id]);
  });
});

describe('trap 4: keyboard turn selection', () => {
  it('starts from the turn in view, keeps the selection after coding, and never focuses Remove', async () => {
    await reset(long.name);
    // Only the turns near the view are rendered: scroll down until turn 30 is, then to its top.
    const turn30 = transcript.root.locator(`.segment[data-start="${long.segments[30]?.start}"]`);
    await expect
      .poll(
        async () => {
          if ((await turn30.count()) === 0) await transcript.scroll.evaluate((pane) => pane.scrollBy(0, 400));
          return turn30.count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await turn30.evaluate((element) => {
      const pane = element.closest<HTMLElement>('.transcript__scroll') ?? element.parentElement;
      if (pane) pane.scrollTop += element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    });
    await transcript.scroll.focus();
    await app.page.keyboard.press('ArrowDown');
    const inView = long.segments[30];
    expect(await transcript.selectedText()).toBe(long.text.slice(inView?.start, inView?.end));

    await app.page.keyboard.press('Control+k');
    await palette.dialog.waitFor();
    await palette.type('opacit');
    await app.page.keyboard.press('Enter');
    await palette.dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await codingsOf(long.id)).length).toBe(1);
    // The coded turn is still selected (restored once the coding is painted): Enter lists
    // its codings at once.
    await expect.poll(() => transcript.selectedText()).toBe(long.text.slice(inView?.start, inView?.end));
    await app.page.keyboard.press('Enter');
    await transcript.popover.waitFor();
    expect(await transcript.popover.locator('.codings-popover__name').allInnerTexts()).toEqual(['opacité']);
    expect(await isFocused('.button--danger')).toBe(false);
    expect(await isFocused('.codings-popover button')).toBe(true);
    // A second Enter does nothing destructive.
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Escape');
    expect(await codingsOf(long.id)).toHaveLength(1);
  });
});

describe('trap 5: double-clicking a code name', () => {
  it('opens that code’s details even when another code was selected above it', async () => {
    await reset(project.french.name);
    await codebook.select('horaires');
    await codebook.actions('horaires').waitFor();
    for (const [width, height] of [
      [1440, 900],
      [1280, 720],
    ] as const) {
      await app.page.setViewportSize({ width, height });
      await app.screenshot(`61-codebook-docked-actions-${width}x${height}`);
    }
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await codebook.nameButton('isolement').dblclick();
    const dialogs = new CodeEditorDialogs(app.page);
    await dialogs.details.waitFor();
    expect(await dialogs.field('name').inputValue()).toBe('isolement');
    await app.page.keyboard.press('Escape');
    await dialogs.details.waitFor({ state: 'detached' });
  });
});

describe('trap 11: keyboard reach', () => {
  it('offers a skip link to the transcript as the first tab stop, visible on focus', async () => {
    // A fresh page: nothing focused yet, the first Tab reaches the first tab stop.
    await app.page.goto(app.server.url);
    await documents.root.waitFor();
    await app.page.keyboard.press('Tab');
    expect(await isFocused('a.skip-link')).toBe(true);
    const skipLink = app.page.locator('a.skip-link');
    const box = await skipLink.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(20);
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    await documents.open(project.french.name);
    await transcript.segments.first().waitFor();
    await skipLink.focus();
    await app.page.keyboard.press('Enter');
    expect(await isFocused('.transcript__scroll')).toBe(true);
  });

  it('makes the codebook one tab stop, with arrows inside', async () => {
    await reset(project.french.name);
    const tree = codebook.root.locator('ul.code-tree');
    const tabStops = (): Promise<number> =>
      tree.evaluate(
        (list) =>
          [...list.querySelectorAll<HTMLElement>('button, input, select, [tabindex]')].filter(
            (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled,
          ).length,
      );
    expect(await tabStops()).toBe(1);
    await codebook.nameButton('horaires').focus();
    await app.page.keyboard.press('ArrowDown');
    expect(await codebook.focusedCode()).not.toBe('horaires');
    expect(await tabStops()).toBe(1);
    // Left collapses a parent, Right expands it.
    await codebook.nameButton('travail').focus();
    await app.page.keyboard.press('ArrowLeft');
    await expect.poll(() => codebook.item('plateforme').count()).toBe(0);
    expect(await codebook.nameButton('travail').getAttribute('aria-expanded')).toBe('false');
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => codebook.item('plateforme').count()).toBe(1);
    await app.page.keyboard.press('ArrowRight');
    expect(await codebook.focusedCode()).toBe('plateforme');
    // Enter opens the focused code's details.
    await app.page.keyboard.press('Enter');
    const dialogs = new CodeEditorDialogs(app.page);
    await dialogs.details.waitFor();
    expect(await dialogs.field('name').inputValue()).toBe('plateforme');
    await app.page.keyboard.press('Escape');
    await dialogs.details.waitFor({ state: 'detached' });
  });

  it('makes the import button a real button with a visible focus ring', async () => {
    await reset(project.french.name);
    const button = documents.importButton;
    expect(await button.count()).toBe(1);
    await codebook.nameButton('horaires').focus();
    await app.page.keyboard.press('Shift+Tab');
    await button.focus();
    const outline = await button.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

describe('the focus after a dialog or a form closes', () => {
  /** What has the focus, as a short description: a tag and its class or label. */
  const focused = (): Promise<string> =>
    app.page.evaluate(() => {
      const element = document.activeElement;
      if (element === null || element === document.body) return 'body';
      return `${element.tagName.toLowerCase()}.${element.className} ${element.textContent?.trim().slice(0, 30) ?? ''}`;
    });

  it('goes back to the transcript, its passage still selected, when Esc closes the palette', async () => {
    await reset(project.french.name);
    // A keyboard user: the transcript in focus, a turn selected with the arrows.
    await transcript.scroll.focus();
    await app.page.keyboard.press('ArrowDown');
    const selected = await transcript.selectedText();
    expect(selected).not.toBe('');
    await palette.openWithShortcut();
    await app.page.keyboard.press('Escape');
    await palette.dialog.waitFor({ state: 'hidden' });
    await expect.poll(focused).not.toBe('body');
    expect(await isFocused('.transcript__scroll')).toBe(true);
    expect(await transcript.selectedText()).toBe(selected);
  });

  it('goes back to the button that opened the export dialog', async () => {
    await reset(project.french.name);
    await codebook.select('horaires');
    const button = new RightPanel(app.page).exportButtons.first();
    await button.focus();
    await app.page.keyboard.press('Enter');
    const dialog = app.page.locator('dialog.paper-export');
    await dialog.waitFor();
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('puts a new code’s row in focus, and Esc back on “+ New code”', async () => {
    await reset(project.french.name);
    await codebook.newCodeButton.focus();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('fatigue');
    await app.page.keyboard.press('Enter');
    await codebook.item('fatigue').waitFor();
    await expect.poll(() => codebook.focusedCode()).toBe('fatigue');
    await app.page.keyboard.press('Escape');
    await codebook.newCodeButton.focus();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Escape');
    await expect
      .poll(() => codebook.newCodeButton.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await app.api('history/undo', {});
  });
});

describe('trap 6: coding search results', () => {
  it('ticks nothing, and codes only the respondents’ turns by default', async () => {
    await reset(project.french.name);
    await app.page.getByRole('tab', { name: 'Search' }).click();
    const view = app.page.locator('.search-view');
    await view.getByLabel('Search the transcripts').fill('plateforme');
    await view.getByRole('button', { name: 'Search', exact: true }).click();
    const expected = await app.api('search/query', { query: 'plateforme' });
    await expect.poll(() => view.locator('.search-hit').count()).toBe(expected.total);
    const ticked = await view
      .locator('.search-hit input[type=checkbox]')
      .evaluateAll((boxes) => boxes.filter((box) => (box as HTMLInputElement).checked).length);
    expect(ticked).toBe(0);
    expect(await view.getByLabel('Which turns').inputValue()).toBe('respondents');
    await view.getByLabel('Code to apply').selectOption({ label: 'isolement' });
    await view.getByRole('button', { name: 'Code', exact: true }).click();
    await expect.poll(() => view.getByRole('status').last().innerText()).toMatch(/added/u);
    const isolation = await codeNamed('isolement');
    const excerpts = await app.api('codings/excerptsOfCode', { codeId: isolation?.id ?? 0 });
    const interviewerHits = expected.documents
      .flatMap((group) => group.hits)
      .filter((hit) => hit.speaker === 'Enquêteur');
    expect(interviewerHits.length).toBeGreaterThan(0);
    expect(excerpts.length).toBe(expected.total - interviewerHits.length);
    expect(excerpts.every((excerpt) => excerpt.speaker !== 'Enquêteur')).toBe(true);
    await app.api('codings/deleteMany', { ids: excerpts.map((excerpt) => excerpt.codingId) });
  });
});

describe('trap 7: context and drill-down', () => {
  it('cuts the context of an excerpt at word boundaries', async () => {
    await app.api('codings/create', {
      items: [{ documentId: long.id, ...rangeOf(long, CONTEXT_QUOTE), codeName: 'tarifs' }],
    });
    await reset(project.french.name);
    await codebook.nameButton('tarifs').click();
    const item = app.page.locator('.right-panel .excerpts .excerpt-item').first();
    await item.getByRole('button', { name: 'Show context' }).click();
    const context = item.locator('.excerpt-context');
    await expect.poll(() => context.locator('mark').count()).toBe(1);
    const text = (await context.innerText()).replace(/^…\s*/u, '').replace(/\s*…$/u, '');
    const at = long.text.indexOf(text);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(long.text[at - 1]).toMatch(/\s/u);
    expect(long.text[at + text.length] ?? ' ').toMatch(/\s/u);
  });

  it('scrolls the heatmap drill-down into view and marks where the excerpts overlap', async () => {
    await reset(project.french.name);
    await app.api('codings/create', {
      items: [
        {
          documentId: project.french.id,
          ...rangeOf(project.french, 'pourquoi une tâche est refusée'),
          codeName: 'opacité',
        },
        {
          documentId: project.french.id,
          ...rangeOf(project.french, 'une tâche est refusée. C'),
          codeName: 'isolement',
        },
      ],
    });
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await app.page.getByRole('tab', { name: 'Co-occurrence' }).first().click();
    const heatmap = app.page.locator('svg.heatmap');
    await heatmap.waitFor();
    const cell = heatmap.locator('[data-pair="isolement|opacité"], [data-pair="opacité|isolement"]').first();
    await cell.focus();
    await app.page.keyboard.press('Enter');
    const drill = app.page.locator('.heatmap-view .drilldown');
    await drill.waitFor();
    await expect
      .poll(() => drill.locator('.drilldown__instance .excerpt mark').allInnerTexts())
      .toEqual(['une tâche est refusée', 'une tâche est refusée']);
    await expect
      .poll(() =>
        drill.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight;
        }),
      )
      .toBe(true);
    // Only the analysis pane scrolled: the app frame, its top bar and tabs stay put.
    expect(await app.page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    await app.screenshot('60-heatmap-drilldown-overlap');
    await app.page.setViewportSize({ width: 1440, height: 900 });
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
