import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../app/contract/index.ts';
import { CodebookPane } from './pages/CodebookPane.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { RightPanel } from './pages/RightPanel.ts';
import { StripesMargin } from './pages/StripesMargin.ts';
import { TopBar } from './pages/TopBar.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { WorkspaceFrame } from './pages/WorkspaceFrame.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject } from './support/seed.ts';

/**
 * Issue 14, traps 2 and 3: the frame never scrolls (only its panes do), boundary handles sit
 * on their coding's text once the transcript is scrolled, and six overlapping codes leave
 * the text a readable measure, at 1440×900 and at 1280×720.
 */

let app: E2eApp;
let transcript: TranscriptPane;
let stripes: StripesMargin;
let frame: WorkspaceFrame;

const CODED = [
  'La plateforme ne dit jamais pourquoi une tâche est refusée, alors on recommence sans comprendre.',
  'On travaille tard, seule devant l’écran, et personne ne répond aux questions que l’on pose.',
  'Le paiement arrive au bout de trois semaines, parfois moins que prévu, sans aucune explication.',
].join(' ');
const LAST = 'À la fin, je garde la plateforme parce que les horaires me laissent voir mes enfants.';
const SIX = [
  { code: 'opacité', from: 'La plateforme', to: 'sans comprendre.' },
  { code: 'éthique', from: 'pourquoi une tâche', to: 'tard, seule' },
  { code: 'isolement', from: 'On travaille tard', to: 'que l’on pose.' },
  { code: 'rémunération', from: 'on recommence', to: 'aucune explication.' },
  { code: 'organisation du temps', from: 'alors on', to: 'trois semaines' },
  { code: 'plateforme', from: 'refusée', to: 'personne ne répond' },
] as const;

/** An interview long enough to scroll: the six codes sit in its middle. */
function longInterview(): string {
  const turns: string[] = [];
  for (let turn = 0; turn < 40; turn++) {
    if (turn === 21) turns.push(`Marie : ${CODED}`);
    else if (turn === 37) turns.push(`Marie : ${LAST}`);
    else if (turn % 2 === 0)
      turns.push(`Enquêteur : Question ${turn / 2 + 1}, pouvez-vous préciser ce point ?`);
    else
      turns.push(
        `Marie : Réponse ${turn}. Je fais des micro-tâches le matin, puis le ménage, puis encore des tâches le soir quand la maison est calme et que les enfants dorment.`,
      );
  }
  return `${turns.join('\n')}\n`;
}

function between(document: DocumentDetail, from: string, to: string): { start: number; end: number } {
  const start = rangeOf(document, from).start;
  return { start, end: document.text.indexOf(to, start) + to.length };
}

/** The text column's width and how many characters of its font a line holds. */
async function measure(): Promise<{ width: number; characters: number }> {
  return transcript.text.evaluate((root) => {
    const segment = root.querySelector<HTMLElement>('.segment');
    if (!segment) throw new Error('no turn');
    const style = getComputedStyle(segment);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no canvas');
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const sample = root.textContent ?? '';
    const average = context.measureText(sample).width / sample.length;
    const inner = segment.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { width: root.getBoundingClientRect().width, characters: Math.floor(inner / average) };
  });
}

/** The on-screen rectangles of a passage's first and last lines (the passage is left selected). */
async function ends(from: string, to: string): Promise<{ first: DOMRect; last: DOMRect }> {
  await transcript.selectBetween(from, to);
  return app.page.evaluate(() => {
    const rects = window.getSelection()?.getRangeAt(0).getClientRects();
    const first = rects?.[0];
    const last = rects?.[rects.length - 1];
    if (!first || !last) throw new Error('no rectangles');
    return { first: first.toJSON() as DOMRect, last: last.toJSON() as DOMRect };
  });
}

/** Whether a box lies inside the transcript pane's visible area. */
async function insidePane(box: { y: number; height: number } | null): Promise<boolean> {
  const pane = await transcript.scroll.boundingBox();
  return box !== null && pane !== null && box.y >= pane.y && box.y + box.height <= pane.y + pane.height;
}

async function selectionBox(): Promise<{ y: number; height: number } | null> {
  return app.page.evaluate(() => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const rect = selection.getRangeAt(0).getClientRects()[0];
    return rect ? { y: rect.y, height: rect.height } : null;
  });
}

async function showPassage(): Promise<void> {
  // Only the turns near the view are rendered: scroll down until turn 21 is, then to it.
  for (let attempt = 0; attempt < 200; attempt++) {
    const shown = await transcript.scroll.evaluate((pane) => {
      const turn = pane.querySelector('[data-ordinal="21"]');
      if (!turn) pane.scrollTop += 300;
      else pane.scrollTop += turn.getBoundingClientRect().top - pane.getBoundingClientRect().top - 80;
      return turn !== null;
    });
    if (shown) return;
    await transcript.scroll.page().waitForTimeout(50);
  }
  throw new Error('Turn 21 was never rendered.');
}

beforeAll(async () => {
  app = await startApp('layout');
  await seedProject(app);
  const report = await app.api('documents/importFiles', {
    files: [{ name: 'entretien-long.txt', base64: Buffer.from(longInterview(), 'utf8').toString('base64') }],
  });
  const id = report.imported[0]?.id;
  if (id === undefined) throw new Error(JSON.stringify(report.failed));
  const long = await app.api('documents/get', { id });
  await app.api('codings/create', {
    items: [
      ...SIX.map((item) => ({ documentId: id, ...between(long, item.from, item.to), codeName: item.code })),
      { documentId: id, ...rangeOf(long, LAST), codeName: 'plateforme' },
    ],
  });
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open('entretien-long');
  transcript = new TranscriptPane(app.page);
  stripes = new StripesMargin(app.page);
  frame = new WorkspaceFrame(app.page);
  // The six overlapping codings of the passage (the last turn's is not rendered there).
  await showPassage();
  await stripes.bars.nth(5).waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('the frame stays put while the transcript scrolls', () => {
  it('draws the boundary handles on the coding’s text after scrolling', async () => {
    await new CodebookPane(app.page).select('plateforme');
    await showPassage();
    expect(await transcript.scroll.evaluate((pane) => pane.scrollTop)).toBeGreaterThan(300);
    const text = await ends('La plateforme', 'sans comprendre.');
    await transcript.scroll.focus();
    await transcript.selectText('comprendre. On travaille');
    await app.page.keyboard.press('Enter');
    await transcript.popover.getByRole('button', { name: 'Adjust the boundaries of «opacité»' }).click();
    const start = await app.page.locator('.boundary-handle[data-boundary="start"]').boundingBox();
    const end = await app.page.locator('.boundary-handle[data-boundary="end"]').boundingBox();
    if (!start || !end) throw new Error('no handles');
    expect(Math.abs(start.x + start.width / 2 - text.first.left)).toBeLessThan(3);
    expect(Math.abs(start.y - text.first.top)).toBeLessThan(3);
    expect(Math.abs(end.x + end.width / 2 - text.last.right)).toBeLessThan(3);
    expect(Math.abs(end.y - text.last.top)).toBeLessThan(3);
    expect(await frame.documentScroll()).toBe(0);
    expect(await frame.topbarVisible()).toBe(true);
    expect(await insidePane(start)).toBe(true);
  });

  it('brings the next coding into view inside the pane on ], the top bar staying', async () => {
    // The adjust handles are still out: the app must not scroll under them.
    await app.page.keyboard.press(']');
    await expect.poll(() => transcript.selectedText()).toBe(LAST);
    expect(await frame.documentScroll()).toBe(0);
    expect(await frame.topbarVisible()).toBe(true);
    expect(await insidePane(await selectionBox())).toBe(true);
  });

  it('scrolls only the pane when tabbing to a handle', async () => {
    await transcript.scroll.evaluate((pane) => (pane.scrollTop = 0));
    await transcript.scroll.focus();
    await app.page.keyboard.press('Tab');
    const handle = app.page.locator('.boundary-handle[data-boundary="start"]');
    await expect.poll(() => handle.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await frame.documentScroll()).toBe(0);
    expect(await frame.topbarVisible()).toBe(true);
    expect(await insidePane(await handle.boundingBox())).toBe(true);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => handle.count()).toBe(0);
  });
});

describe('six overlapping codes leave the text a readable measure', () => {
  for (const [width, height, minimum] of [
    [1440, 900, 600],
    [1280, 720, 520],
  ] as const) {
    it(`at ${width}×${height}`, async () => {
      await app.page.setViewportSize({ width, height });
      await showPassage();
      await expect
        .poll(async () => (await measure()).characters, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(60);
      expect((await measure()).width).toBeGreaterThanOrEqual(minimum);
      // Every bar is beside the text and inside the pane.
      const text = await transcript.text.boundingBox();
      const pane = await transcript.scroll.boundingBox();
      for (const item of SIX) {
        const bar = (await stripes.bar(item.code).first().boundingBox()) ?? { x: -1, width: 0 };
        expect(bar.x).toBeGreaterThanOrEqual((text?.x ?? 0) + (text?.width ?? 0));
        expect(bar.x + bar.width).toBeLessThanOrEqual((pane?.x ?? 0) + (pane?.width ?? 0));
      }
      await app.page.mouse.move(0, 0);
      await app.screenshot(`60-six-codes-${width}x${height}`);

      // Every name, on demand: the measure stays readable and the passage stays in place.
      const before = (await ends('La plateforme', 'plateforme')).first.top;
      await frame.namesToggle.click();
      await expect.poll(() => stripes.bar('isolement').locator('.stripe__name').isVisible()).toBe(true);
      expect((await measure()).characters).toBeGreaterThanOrEqual(60);
      expect(Math.abs((await ends('La plateforme', 'plateforme')).first.top - before)).toBeLessThan(4);
      await app.page.mouse.move(0, 0);
      await app.screenshot(`60-six-codes-${width}x${height}-names`);
      await frame.namesToggle.click();
      await expect.poll(() => stripes.bar('isolement').locator('.stripe__name').isVisible()).toBe(false);
    });
  }

  it('names a compact bar on hover, and remembers “show all names”', async () => {
    const bar = stripes.bar('éthique');
    await bar.hover();
    await expect.poll(() => bar.locator('.stripe__name').isVisible()).toBe(true);
    await app.screenshot('60-six-codes-hover');
    await frame.namesToggle.click();
    expect(await frame.namesToggle.getAttribute('aria-pressed')).toBe('true');
    await app.page.reload();
    await new DocumentsPane(app.page).open('entretien-long');
    await showPassage();
    await expect.poll(() => frame.namesToggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => stripes.bar('opacité').locator('.stripe__name').isVisible()).toBe(true);
    await frame.namesToggle.click();
  });
});

describe('popovers in a frame that never scrolls', () => {
  it('opens the codings list above a click near the bottom of the pane', async () => {
    // The passage's last line at the pane's bottom edge (rendered first: turns are lazy).
    await showPassage();
    await transcript.scroll.evaluate((pane) => {
      const turn = pane.querySelector('[data-ordinal="21"]');
      if (turn)
        pane.scrollTop += turn.getBoundingClientRect().bottom - pane.getBoundingClientRect().bottom + 10;
    });
    await transcript.settleScroll();
    await transcript.clickInside('aucune explication', 3);
    await transcript.popover.waitFor();
    const box = await transcript.popover.boundingBox();
    const viewport = app.page.viewportSize();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport?.height ?? 0);
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(await frame.documentScroll()).toBe(0);
    await app.page.keyboard.press('Escape');
  });
});

describe('the transcript header at 1280×720', () => {
  /** Whether the header's buttons make one row, right of the title and level with it. */
  async function headerOnOneLine(): Promise<boolean> {
    const header = app.page.locator('.transcript-header');
    const titleBox = await header.locator('.transcript-header__title').boundingBox();
    const boxes = await header
      .locator('.transcript-header__actions > :is(button, .menu-button)')
      .evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      );
    if (!titleBox || boxes.length < 3) throw new Error('no header');
    return boxes.every(
      (box) =>
        Math.abs(box.top - (boxes[0]?.top ?? 0)) < 2 &&
        box.left >= titleBox.x + titleBox.width &&
        box.top < titleBox.y + titleBox.height,
    );
  }

  it('holds on one line, the document’s actions in a “Document ▾” menu', async () => {
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await showPassage();
    expect(await headerOnOneLine()).toBe(true);
    // The primary action stays visible, the document's actions moved into the menu.
    expect(await transcript.codeSelectionButton.isVisible()).toBe(true);
    expect(
      await app.page.locator('.transcript-header').getByRole('button', { name: 'Rename…' }).count(),
    ).toBe(0);
    await app.screenshot('62-header-1280x720');
  });

  it('holds on one line in French too, its menu in French', async () => {
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await new TopBar(app.page).switchLanguage('fr');
    await expect.poll(() => transcript.documentMenu.innerText()).toContain('Document');
    expect(await headerOnOneLine()).toBe(true);
    await transcript.documentMenu.click();
    const items = app.page.getByRole('menu', { name: 'Document' }).getByRole('menuitem');
    expect(await items.allInnerTexts()).toEqual([
      'Modifier le texte',
      'Renommer…',
      'Mettre à jour depuis une nouvelle version…',
      'Rechercher des identifiants…',
      'Supprimer le document…',
    ]);
    await app.screenshot('62-header-menu-1280x720-fr');
    await app.page.keyboard.press('Escape');
    await new TopBar(app.page).switchLanguage('en');
    await expect.poll(() => transcript.codeSelectionButton.innerText()).toContain('Code selection');
  });

  it('opens the document menu from the keyboard, moves with arrows, and Esc gives focus back', async () => {
    const button = transcript.documentMenu;
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    await button.focus();
    await app.page.keyboard.press('Enter');
    const menu = app.page.getByRole('menu', { name: 'Document' });
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const focused = (): Promise<string> =>
      app.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual([
      'Edit text',
      'Rename…',
      'Update from a new version…',
      'Check for identifiers…',
      'Delete document…',
    ]);
    expect(await focused()).toBe('Edit text');
    await app.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Rename…');
    await app.page.keyboard.press('ArrowUp');
    await app.page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Delete document…');
    await app.screenshot('62-document-menu-1280x720');
    await app.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // ArrowDown opens it too, Space as well; a click elsewhere closes it.
    await app.page.keyboard.press('ArrowDown');
    await menu.waitFor();
    expect(await focused()).toBe('Edit text');
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('Space');
    await menu.waitFor();
    await transcript.title.click();
    await menu.waitFor({ state: 'detached' });
    // Tab closes it and goes on to the next button, as if the menu were not there.
    await button.focus();
    await app.page.keyboard.press('ArrowDown');
    await menu.waitFor();
    await app.page.keyboard.press('Tab');
    await menu.waitFor({ state: 'detached' });
    expect(await focused()).toBe('Memo');
  });
});

describe('the codebook at 1280×720', () => {
  it('scrolls its last code fully above the docked action bar, and it can be clicked', async () => {
    await app.page.setViewportSize({ width: 1280, height: 720 });
    for (let index = 1; index <= 30; index++)
      await app.api('codes/create', { name: `thème ${String(index).padStart(2, '0')}` });
    await app.page.reload();
    await new DocumentsPane(app.page).open('entretien-long');
    const codebook = new CodebookPane(app.page);
    await codebook.item('thème 30').waitFor();
    await codebook.select('opacité');
    await codebook.actions('opacité').waitFor();
    // Scrolled down to the end of the list (the last code brought into view at the bottom),
    // then as far as the panel goes: the last code is above the bar, and takes a click.
    const last = codebook.nameButton('thème 30');
    const aboveBar = async (name: string): Promise<boolean> => {
      const row = await codebook.nameButton(name).boundingBox();
      const docked = await codebook.root.locator('.code-row__actions').boundingBox();
      return row !== null && docked !== null && row.y + row.height <= docked.y + 1;
    };
    const clickable = (): Promise<boolean> =>
      last.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const under = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return under === element || element.contains(under);
      });
    await last.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    expect(await aboveBar('thème 30')).toBe(true);
    expect(await clickable()).toBe(true);
    await app.screenshot('63-codebook-list-end-1280x720');
    await codebook.root.evaluate((root) => {
      for (let element: Element | null = root; element; element = element.parentElement)
        if (element.scrollHeight > element.clientHeight + 1) element.scrollTop = element.scrollHeight;
    });
    expect(await aboveBar('thème 30')).toBe(true);
    expect(await clickable()).toBe(true);
    await app.screenshot('63-codebook-bottom-1280x720');
    await last.click();
    await codebook.actions('thème 30').waitFor();
    // Moving through the codes with the keyboard keeps the focused one above the bar too.
    await codebook.nameButton('thème 01').focus();
    for (let step = 0; step < 29; step++) await app.page.keyboard.press('ArrowDown');
    expect(await codebook.focusedCode()).toBe('thème 30');
    expect(await aboveBar('thème 30')).toBe(true);
  });
});

describe('the reading place in a long interview', () => {
  const documents = (): DocumentsPane => new DocumentsPane(app.page);

  it('comes back to the turn being read, after another document and after a reload', async () => {
    await documents().open('entretien-long');
    await expect.poll(() => transcript.title.innerText()).toContain('entretien-long');
    await transcript.segments.first().waitFor();
    // Well down the interview, the first turn in view partly scrolled past.
    await transcript.scrollToTurn(27, 30);
    await expect.poll(() => transcript.firstTurnInView()).toBe(27);
    await documents().open('entretien-marie');
    await expect.poll(() => transcript.title.innerText()).toContain('entretien-marie');
    await documents().open('entretien-long');
    await expect.poll(() => transcript.title.innerText()).toContain('entretien-long');
    await expect.poll(() => transcript.firstTurnInView()).toBe(27);
    await app.page.reload();
    await expect.poll(() => transcript.title.innerText()).toContain('entretien-long');
    await expect.poll(() => transcript.firstTurnInView()).toBe(27);
    // Left on another centre view, the place comes back once the transcript is shown.
    await app.page.locator('#centre-tab-matrices').click();
    await app.page.locator('#centre-tab-matrices[aria-selected=true]').waitFor();
    await app.page.reload();
    await app.page.locator('#centre-tab-matrices[aria-selected=true]').waitFor();
    await app.page.locator('#centre-tab-transcript').click();
    await expect.poll(() => transcript.firstTurnInView()).toBe(27);
  });

  it('still jumps to an excerpt opened from the analysis panel', async () => {
    await documents().open('entretien-marie');
    await expect.poll(() => transcript.title.innerText()).toContain('entretien-marie');
    await new CodebookPane(app.page).select('plateforme');
    const panel = new RightPanel(app.page);
    await panel.excerpts.filter({ hasText: LAST }).click();
    await expect.poll(() => transcript.title.innerText()).toContain('entretien-long');
    await expect.poll(() => transcript.selectedText()).toBe(LAST);
    await expect.poll(async () => insidePane(await selectionBox())).toBe(true);
    expect(await transcript.firstTurnInView()).not.toBe(27);
  });
});

describe('coming back to the project', () => {
  it('opens the document and the centre view that were open when it was left', async () => {
    await app.page.goto(app.server.url);
    await new DocumentsPane(app.page).open('entretien-long');
    await transcript.segments.first().waitFor();
    await app.page.locator('#centre-tab-matrices').click();
    await app.page.locator('#centre-tab-matrices[aria-selected=true]').waitFor();
    await app.page.reload();
    await app.page.locator('#centre-tab-matrices[aria-selected=true]').waitFor();
    await app.page.locator('#centre-tab-transcript').click();
    await expect.poll(() => transcript.title.innerText()).toContain('entretien-long');
    await transcript.segments.first().waitFor();
    // Back on the transcript, a reload comes back to it, on the same document.
    await app.page.reload();
    await expect.poll(() => transcript.title.innerText()).toContain('entretien-long');
    expect(await app.page.locator('#centre-tab-transcript').getAttribute('aria-selected')).toBe('true');
  });
});

describe('side panels', () => {
  it('resize and collapse from the keyboard, and are remembered', async () => {
    await app.page.setViewportSize({ width: 1280, height: 720 });
    const before = await frame.width(frame.sidebar);
    await frame.leftSplitter.focus();
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.width(frame.sidebar)).toBeGreaterThan(before + 20);
    const widened = await frame.width(frame.sidebar);
    const text = (await measure()).width;
    await app.page.keyboard.press('Enter');
    await expect.poll(() => frame.sidebar.isVisible()).toBe(false);
    expect(await frame.leftSplitter.getAttribute('aria-valuenow')).toBe('0');
    await expect.poll(async () => (await measure()).width).toBeGreaterThan(text);
    await app.screenshot('61-panel-hidden');

    const right = await frame.width(frame.rightPanel);
    await frame.rightSplitter.focus();
    await app.page.keyboard.press('ArrowLeft');
    await expect.poll(() => frame.width(frame.rightPanel)).toBeGreaterThan(right);
    const rightWidened = await frame.width(frame.rightPanel);

    await app.page.reload();
    await new DocumentsPane(app.page).items.first().waitFor({ state: 'attached' });
    expect(await frame.sidebar.isVisible()).toBe(false);
    expect(await frame.width(frame.rightPanel)).toBe(rightWidened);
    await frame.leftSplitter.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => frame.width(frame.sidebar)).toBe(widened);
    await new DocumentsPane(app.page).open('entretien-long');
    await transcript.segments.first().waitFor();
    await app.screenshot('61-panels-resized');
    // Dragging the border, for the mouse.
    const grip = await frame.leftSplitter.boundingBox();
    if (!grip) throw new Error('no splitter');
    await app.page.mouse.move(grip.x + grip.width / 2, grip.y + 200);
    await app.page.mouse.down();
    await app.page.mouse.move(grip.x + grip.width / 2 - 40, grip.y + 200, { steps: 4 });
    await app.page.mouse.up();
    await expect.poll(() => frame.width(frame.sidebar)).toBe(widened - 40);
    // Collapsing from the splitter's button, for the mouse.
    await app.page.getByRole('button', { name: 'Hide the analysis panel' }).click();
    await expect.poll(() => frame.rightPanel.isVisible()).toBe(false);
    await app.page.getByRole('button', { name: 'Show the analysis panel' }).click();
    await expect.poll(() => frame.width(frame.rightPanel)).toBe(rightWidened);
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
