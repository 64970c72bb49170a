import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import type { Code } from '../../app/contract/index.ts';
import { CodePalette } from './pages/CodePalette.ts';
import { CodebookPane } from './pages/CodebookPane.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;
let transcript: TranscriptPane;
let palette: CodePalette;
let codebook: CodebookPane;

const FIRST_QUOTE = 'pourquoi une tâche est refusée';
const SECOND_QUOTE = 'opaque, et je me demande si';
// Overlaps FIRST_QUOTE on "pourquoi".
const OVERLAPPING_QUOTE = 'jamais pourquoi';

async function codeNamed(name: string): Promise<Code> {
  const code = (await app.api('codes/list', {})).find((candidate) => candidate.name === name);
  if (!code) throw new Error(`no code named ${name}`);
  return code;
}

async function codingsOfFrench() {
  return app.api('codings/ofDocument', { documentId: project.french.id });
}

/** Waits until the backend holds `count` codings of the French document. */
async function waitForCodingCount(count: number): Promise<void> {
  await expect.poll(async () => (await codingsOfFrench()).length).toBe(count);
}

beforeAll(async () => {
  app = await startApp('coding');
  project = await seedProject(app);
  transcript = new TranscriptPane(app.page);
  palette = new CodePalette(app.page);
  codebook = new CodebookPane(app.page);
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open(project.french.name);
  await transcript.segments.first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('coding a transcript', () => {
  it('asks for a selection before opening the palette', async () => {
    await app.page.evaluate(() => window.getSelection()?.removeAllRanges());
    await app.page.keyboard.press('Control+k');
    await expect.poll(() => transcript.hint.innerText()).toBe('Select a passage in the transcript first.');
    expect(await palette.dialog.isVisible()).toBe(false);
    // Once a passage is selected the hint has done its work: left on screen, it would read as a fault.
    await transcript.selectText(FIRST_QUOTE);
    await expect.poll(() => transcript.hint.count()).toBe(0);
  });

  it('creates a code from the palette and codes the selected passage', async () => {
    await transcript.selectText(FIRST_QUOTE);
    expect(await transcript.selectedText()).toBe(FIRST_QUOTE);
    await palette.openWithShortcut();
    expect(await palette.dialog.locator('.palette__quote').innerText()).toContain(FIRST_QUOTE);
    await palette.type('éthique');
    // A new name: the create row is there, but plain Enter does not create from a typo.
    expect(await palette.activeOption.innerText()).toContain('Create code «éthique»');
    await app.screenshot('03-code-palette');
    await app.page.keyboard.press('Enter');
    await expect
      .poll(() => palette.dialog.locator('[role=status]').innerText())
      .toBe('No code matches «éthique». Ctrl+Enter creates it.');
    expect(await app.api('codes/list', {})).toEqual([]);
    await app.page.keyboard.press('Control+Enter');
    await palette.dialog.waitFor({ state: 'hidden' });
    await waitForCodingCount(1);

    const ethics = await codeNamed('éthique');
    const [coding] = await codingsOfFrench();
    expect(coding?.codeId).toBe(ethics.id);
    // The quote in the database is exactly the text the user selected.
    expect(coding?.quote).toBe(FIRST_QUOTE);
    expect(project.french.text.slice(coding?.start, coding?.end)).toBe(FIRST_QUOTE);
    await expect.poll(() => transcript.highlightTexts(ethics.id)).toEqual([FIRST_QUOTE]);
    // The new code's colour rule comes with the codebook, read again once the coding is painted.
    await expect
      .poll(() => transcript.highlightRule(ethics.id))
      .toMatch(/::highlight\(code-\d+\) \{ background-color: rgba\(/);
    await expect.poll(() => codebook.count('éthique').innerText()).toBe('1');
  });

  it('finds the existing «éthique» when typing "ethique" (accents ignored)', async () => {
    await transcript.selectText(SECOND_QUOTE);
    await palette.openWithShortcut();
    await palette.type('ethique');
    const options = await palette.optionTexts();
    expect(options[0]).toContain('éthique');
    expect(options.some((option) => option.includes('Create code'))).toBe(false);
    await app.page.keyboard.press('Enter');
    await waitForCodingCount(2);
    const codes = await app.api('codes/list', {});
    expect(codes.map((code) => code.name)).toEqual(['éthique']);
    const ethics = await codeNamed('éthique');
    expect(ethics.codingCount).toBe(2);
    await expect
      .poll(async () => (await transcript.highlightTexts(ethics.id)).sort())
      .toEqual([FIRST_QUOTE, SECOND_QUOTE].sort());
  });

  it('paints overlapping codings of two codes, both visible', async () => {
    await transcript.selectText(OVERLAPPING_QUOTE);
    await palette.openWithShortcut();
    await palette.type('opacité');
    await app.page.keyboard.press('Control+Enter');
    await waitForCodingCount(3);
    const ethics = await codeNamed('éthique');
    const opacity = await codeNamed('opacité');
    const codings = await codingsOfFrench();
    const opacityCoding = codings.find((coding) => coding.codeId === opacity.id);
    const firstEthics = codings.find((coding) => coding.quote === FIRST_QUOTE);
    expect(opacityCoding?.quote).toBe(OVERLAPPING_QUOTE);
    // The two ranges really overlap in the database...
    expect((opacityCoding?.start ?? 0) < (firstEthics?.end ?? 0)).toBe(true);
    expect((firstEthics?.start ?? 0) < (opacityCoding?.end ?? 0)).toBe(true);
    // ...and each code has its own highlight over its own range.
    await expect.poll(() => transcript.highlightTexts(opacity.id)).toEqual([OVERLAPPING_QUOTE]);
    expect((await transcript.highlightTexts(ethics.id)).sort()).toEqual([FIRST_QUOTE, SECOND_QUOTE].sort());
    const overlapPainted = await app.page.evaluate(
      ({ a, b }) => {
        // True when point 1 comes strictly before point 2.
        const before = (node1: Node, offset1: number, node2: Node, offset2: number): boolean => {
          const point = document.createRange();
          point.setStart(node1, offset1);
          return point.comparePoint(node2, offset2) > 0;
        };
        const rangesA = [...(CSS.highlights.get(a) ?? [])] as Range[];
        const rangesB = [...(CSS.highlights.get(b) ?? [])] as Range[];
        return rangesA.some((x) =>
          rangesB.some(
            (y) =>
              before(x.startContainer, x.startOffset, y.endContainer, y.endOffset) &&
              before(y.startContainer, y.startOffset, x.endContainer, x.endOffset),
          ),
        );
      },
      { a: `code-${ethics.id}`, b: `code-${opacity.id}` },
    );
    expect(overlapPainted).toBe(true);
    // Distinct translucent colours, so both show where they overlap.
    await expect.poll(() => transcript.highlightRule(opacity.id)).not.toBeNull();
    const ruleA = await transcript.highlightRule(ethics.id);
    const ruleB = await transcript.highlightRule(opacity.id);
    expect(ruleA).not.toBe(ruleB);
    expect(ruleA).toMatch(/rgba\(\d+, \d+, \d+, 0\.\d+\)/);
    await app.screenshot('04-workspace-coded');
  });

  it('lists the codings under a click and removes one', async () => {
    // "pourquoi" is coded by both codes.
    await transcript.clickInside('jamais pourquoi', 10);
    await transcript.popover.waitFor();
    const names = await transcript.popover.locator('.codings-popover__name').allInnerTexts();
    expect(names.sort()).toEqual(['opacité', 'éthique'].sort());
    // Each coding has a Remove and a Memo button.
    await transcript
      .popoverItem('opacité')
      .getByRole('button', { name: 'Remove the coding «opacité»' })
      .click();
    await waitForCodingCount(2);
    const opacity = await codeNamed('opacité');
    expect(opacity.codingCount).toBe(0);
    await expect.poll(() => transcript.highlightTexts(opacity.id)).toEqual([]);
    expect(await transcript.popover.count()).toBe(0);
  });

  it('applies a code with the keyboard only', async () => {
    const before = await codingsOfFrench();
    // Tab from the top of the page until the transcript has focus.
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = false;
    for (let press = 0; press < 120 && !focused; press++) {
      await app.page.keyboard.press('Tab');
      focused = await transcript.scroll.evaluate((element) => element === document.activeElement);
    }
    expect(focused).toBe(true);
    // ↓ selects the first turn, ↓ again the second (Marie's first answer).
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    const second = project.french.segments[1];
    expect(await transcript.selectedText()).toBe(project.french.text.slice(second?.start, second?.end));
    await app.page.keyboard.press('Control+k');
    await palette.dialog.waitFor();
    await app.page.keyboard.type('triple journée');
    await app.page.keyboard.press('Control+Enter');
    await waitForCodingCount(before.length + 1);
    const tripleDay = await codeNamed('triple journée');
    const coding = (await codingsOfFrench()).find((candidate) => candidate.codeId === tripleDay.id);
    expect([coding?.start, coding?.end]).toEqual([second?.start, second?.end]);
    // The UI has re-read the codings once the new code is painted over the whole turn.
    await expect
      .poll(() => transcript.highlightTexts(tripleDay.id))
      .toEqual([project.french.text.slice(second?.start, second?.end)]);
    // Focus is back in the transcript, the turn still selected; Enter lists its codings.
    expect(await transcript.scroll.evaluate((element) => element === document.activeElement)).toBe(true);
    await app.page.keyboard.press('Enter');
    await transcript.popover.waitFor();
    expect(await transcript.popover.locator('.codings-popover__name').allInnerTexts()).toEqual([
      'triple journée',
    ]);
    // Focus moved into the list, on a safe button (never Remove); Esc closes it.
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Adjust');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => transcript.popover.count()).toBe(0);
  });

  it('opens the palette with Cmd+K too, and Esc closes it without coding', async () => {
    const before = (await codingsOfFrench()).length;
    await transcript.selectText('seule devant mon écran');
    await palette.openWithShortcut('Meta');
    await app.page.keyboard.press('Escape');
    await palette.dialog.waitFor({ state: 'hidden' });
    expect((await codingsOfFrench()).length).toBe(before);
  });

  it('maps selections over line breaks, turns and emoji to canonical offsets', async () => {
    const { text } = project.french;
    const cases: { select: () => Promise<void>; quote: string }[] = [
      // Across the <br> inside a turn: the line break is one "\n" of the text.
      { select: () => transcript.selectBetween('écran.', 'Personne'), quote: 'écran. 😅\nPersonne' },
      // Across two turns: the quote includes the unrendered "\n\n" between them.
      {
        select: () => transcript.selectBetween('si peu.', 'Vous en parlez'),
        quote: 'si peu.\n\nVous en parlez',
      },
      // An emoji alone: two UTF-16 units.
      { select: () => transcript.selectText('😅'), quote: '😅' },
      // Element-level boundaries, as a triple click leaves them.
      {
        select: () => transcript.selectTurnContents(2),
        quote: text.slice(project.french.segments[2]?.start, project.french.segments[2]?.end),
      },
    ];
    for (const { select, quote } of cases) {
      const before = (await codingsOfFrench()).length;
      await select();
      await palette.openWithShortcut();
      await palette.type('limites');
      // The first time «limites» is new: creating it is the explicit Ctrl+Enter.
      await app.page.keyboard.press('Control+Enter');
      await waitForCodingCount(before + 1);
      const limits = await codeNamed('limites');
      const coding = (await codingsOfFrench()).find((c) => c.codeId === limits.id && c.quote === quote);
      expect(coding, `a coding with the quote ${JSON.stringify(quote)}`).toBeDefined();
      expect(text.slice(coding?.start, coding?.end)).toBe(quote);
    }
    const limits = await codeNamed('limites');
    await expect.poll(async () => (await transcript.highlightTexts(limits.id)).length).toBe(cases.length);
  });

  it('after a coding, re-reads what the coding changed, not the open transcript', async () => {
    const asked: string[] = [];
    const listen = (request: Request): void => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) asked.push(path.slice('/api/'.length));
    };
    app.page.on('request', listen);
    const before = (await codingsOfFrench()).length;
    await transcript.selectText('Vous en parlez avec');
    await palette.openWithShortcut();
    await palette.type('limites');
    await app.page.keyboard.press('Enter');
    await waitForCodingCount(before + 1);
    // The document list shows each document's coding count: it follows.
    const french = new DocumentsPane(app.page).items.filter({ hasText: project.french.name });
    await expect.poll(() => french.innerText()).toMatch(new RegExp(`\\b${before + 1} codings\\b`, 'u'));
    // Code counts are read again; the list and the document's codings are patched from the
    // write's answer, and the text did not change: none of them is read again.
    await expect.poll(() => asked.includes('codes/list')).toBe(true);
    app.page.off('request', listen);
    expect(asked).not.toContain('documents/get');
    expect(asked).not.toContain('documents/list');
    expect(asked).not.toContain('codings/ofDocument');
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
