import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import type { DocumentDetail } from '../../app/contract/index.ts';
import { CodePalette } from './pages/CodePalette.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { installRenderCounter, takeRenderCounts } from './support/renderCounts.ts';
import { rangeOf } from './support/seed.ts';

/**
 * A long interview (1,000 turns, 1,500 codings) coded in the browser: a coding re-reads and
 * re-paints only what it changed, the DOM holds the turns near the view only, and the
 * transcript keeps its place behind the analysis tabs. No time is asserted: the requests,
 * the highlight objects and the element counts are.
 */

const TURNS = 1000;
const WORDS = ['plateforme', 'tâche', 'journée', 'soir', 'enfants', 'écran', 'opaque', 'payé', 'seule'];
/** Only in the last turn: finding it must bring that turn into the DOM. */
const LAST_WORDS = 'fin de l’entretien zanzibar';

function longInterview(): string {
  const lines = Array.from({ length: TURNS }, (_, turn) => {
    const words = Array.from({ length: 15 + (turn % 30) }, (_, i) => WORDS[(turn * 7 + i) % WORDS.length]);
    return `${turn % 2 === 0 ? 'Enquêteur' : 'Marie'} : tour ${turn} ${words.join(' ')}.`;
  });
  return [...lines, `Marie : ${LAST_WORDS}.`].join('\n');
}

let app: E2eApp;
let transcript: TranscriptPane;
let long: DocumentDetail;
/** A one-turn document, coded with a code of the long one. */
let short: DocumentDetail;

/** Names of the API operations the page asks for while `action` runs. */
async function requestsDuring(action: () => Promise<void>): Promise<string[]> {
  const asked: string[] = [];
  const listen = (request: Request): void => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/')) asked.push(path.slice('/api/'.length));
  };
  app.page.on('request', listen);
  try {
    await action();
    // Reads a write set off are sent right after its answer: give them a moment to show.
    await app.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  } finally {
    app.page.off('request', listen);
  }
  return asked;
}

async function codeId(name: string): Promise<number> {
  const code = (await app.api('codes/list', {})).find((candidate) => candidate.name === name);
  if (!code) throw new Error(`no code ${name}`);
  return code.id;
}

beforeAll(async () => {
  app = await startApp('transcript-speed');
  await app.api('project/create', { path: `${app.dir}/long.verbatim` });
  const report = await app.api('documents/importFiles', {
    files: [{ name: 'entretien-long.txt', base64: Buffer.from(longInterview()).toString('base64') }],
  });
  long = await app.api('documents/get', { id: report.imported[0]?.id ?? 0 });
  const length = long.text.length;
  await app.api('codings/create', {
    items: Array.from({ length: 1500 }, (_, index) => {
      const start = (index * 7919) % (length - 250);
      return {
        documentId: long.id,
        start,
        end: start + 20 + ((index * 37) % 180),
        codeName: `code ${index % 12}`,
      };
    }),
  });
  await app.api('codes/create', { name: 'repère' });
  const second = await app.api('documents/importFiles', {
    files: [{ name: 'court.txt', base64: Buffer.from('Marie : une tâche opaque.\n').toString('base64') }],
  });
  short = await app.api('documents/get', { id: second.imported[0]?.id ?? 0 });
  await app.api('codings/create', {
    items: [{ documentId: short.id, ...rangeOf(short, 'tâche'), codeName: 'code 5' }],
  });
  await installRenderCounter(app.page);
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open('entretien-long');
  transcript = new TranscriptPane(app.page);
  await transcript.segments.first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('a long transcript', () => {
  it('holds only the turns near the view in the DOM, wherever it is scrolled', async () => {
    expect(long.segments.length).toBe(TURNS + 1);
    const elements = (): Promise<number> =>
      transcript.text.evaluate((root) => root.querySelectorAll('*').length);
    await expect.poll(() => transcript.segments.count()).toBeGreaterThan(3);
    expect(await elements()).toBeLessThan(200);
    // Half-way down: the turns there are rendered, with their text and their highlights.
    await transcript.scroll.evaluate((scroller) => {
      scroller.scrollTop = scroller.scrollHeight / 2;
    });
    await expect
      .poll(
        () =>
          transcript.scroll.evaluate((scroller) => {
            // A rendered turn at the middle of the pane, if any.
            const view = scroller.getBoundingClientRect();
            const middle = (view.top + view.bottom) / 2;
            const turn = [...scroller.querySelectorAll<HTMLElement>('.segment')].find((element) => {
              const box = element.getBoundingClientRect();
              // Turns are separated by a margin: a turn within 60 px of the middle counts.
              return box.top <= middle + 60 && middle - 60 <= box.bottom;
            });
            return Number(turn?.dataset.ordinal ?? -1);
          }),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(TURNS / 4);
    expect(await elements()).toBeLessThan(200);
    const painted = await app.page.evaluate(() => {
      let count = 0;
      for (const highlight of CSS.highlights.values()) count += highlight.size;
      return count;
    });
    expect(painted).toBeGreaterThan(0);
    expect(painted).toBeLessThan(400);
  });

  it('shows text wherever the reader scrolls, down and back up', async () => {
    const blankAt: number[] = [];
    const steps = 12;
    for (const step of [
      ...Array.from({ length: steps }, (_, i) => i),
      ...Array.from({ length: steps }, (_, i) => steps - i),
    ]) {
      await transcript.scroll.evaluate((scroller, share) => {
        scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * share;
      }, step / steps);
      // Two frames: the list follows the scroll on the next one.
      await app.page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const covered = await transcript.scroll.evaluate((scroller) => {
        const view = scroller.getBoundingClientRect();
        // Every fifth of the view's height shows a turn's text, not a gap.
        return [0.2, 0.4, 0.6, 0.8].every((share) => {
          const hit = document.elementFromPoint(
            view.left + view.width / 2 - 100,
            view.top + view.height * share,
          );
          return (
            hit?.closest('.segment, .transcript__text') !== null &&
            !hit?.classList.contains('transcript__gap')
          );
        });
      });
      if (!covered) blankAt.push(step);
    }
    expect(blankAt).toEqual([]);
  });

  it('finds a word in the last turn and brings it into view', async () => {
    await transcript.scroll.evaluate((scroller) => {
      scroller.scrollTop = 0;
    });
    await app.page.keyboard.press('Control+f');
    const find = app.page.getByLabel('Find in this document');
    await find.fill('zanzibar');
    await find.press('Enter');
    await expect.poll(() => transcript.selectedText()).toBe('zanzibar');
    const shown = await transcript.text.evaluate((root) => {
      const scroller = root.closest('.transcript__scroll');
      const range = window.getSelection()?.getRangeAt(0);
      if (!scroller || !range) return false;
      const box = range.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    });
    expect(shown).toBe(true);
    await find.press('Escape');
  });

  it('applies and removes a coding without re-reading the list, the codings or the text', async () => {
    await transcript.scroll.evaluate((scroller) => {
      scroller.scrollTop = 0;
    });
    // The turns in the DOM follow the scroll over a few frames: wait until they stay put.
    const renderedTurns = (): Promise<string> =>
      transcript.text.evaluate((root) =>
        [...root.querySelectorAll<HTMLElement>('.segment')].map((turn) => turn.dataset.ordinal).join(','),
      );
    let previous = '';
    await expect
      .poll(async () => {
        const now = await renderedTurns();
        const same = now === previous;
        previous = now;
        return same;
      })
      .toBe(true);
    const untouched = await codeId('code 5');
    // A code whose highlight the new coding does not concern: its object and ranges must stay.
    await app.page.evaluate((name) => {
      const kept = CSS.highlights.get(name);
      (window as { keptHighlight?: unknown; keptRanges?: unknown }).keptHighlight = kept;
      (window as { keptRanges?: unknown }).keptRanges = kept ? [...kept] : [];
      const changes: string[] = [];
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.removedNodes) {
            if (node instanceof HTMLElement && node.matches('.segment'))
              changes.push(`removed ${node.dataset.ordinal}`);
          }
        }
      }).observe(document.querySelector('.transcript__text') ?? document.body, {
        childList: true,
        subtree: true,
      });
      (window as { turnChanges?: string[] }).turnChanges = changes;
    }, `code-${untouched}`);
    const repere = await codeId('repère');
    const applied = await requestsDuring(async () => {
      await transcript.selectText('tour 3 ');
      await app.page.keyboard.press('Control+k');
      await new CodePalette(app.page).type('repère');
      await takeRenderCounts(app.page);
      await app.page.keyboard.press('Enter');
      await expect.poll(() => transcript.highlightTexts(repere)).toEqual(['tour 3 ']);
      await expect.poll(() => app.page.locator('.transcript .stripe[data-code="repère"]').count()).toBe(1);
    });
    expect(applied).toContain('codings/create');
    expect(applied).not.toContain('documents/list');
    expect(applied).not.toContain('codings/ofDocument');
    expect(applied).not.toContain('documents/get');
    // The list's count follows all the same.
    await expect
      .poll(() => new DocumentsPane(app.page).items.filter({ hasText: 'entretien-long' }).innerText())
      .toMatch(/\b1,?501 codings\b/u);
    const kept = await app.page.evaluate((name) => {
      const state = window as { keptHighlight?: unknown; keptRanges?: unknown[]; turnChanges?: string[] };
      const now = CSS.highlights.get(name);
      return {
        same: now !== undefined && now === state.keptHighlight,
        rangesKept: (state.keptRanges ?? []).every((range) => now?.has(range as AbstractRange)),
        turnChanges: state.turnChanges ?? [],
      };
    }, `code-${untouched}`);
    expect(kept).toEqual({ same: true, rangesKept: true, turnChanges: [] });
    // Nor re-rendered: no turn and not the turn list; the codebook once, for its new counts
    // (not for the palette closing, nor for the coding itself).
    const renders = await takeRenderCounts(app.page);
    expect(renders.segment ?? 0).toBe(0);
    expect(renders.transcript__text ?? 0).toBe(0);
    expect(renders.codebook ?? 0).toBeLessThanOrEqual(1);
    expect(renders.workspace ?? 0).toBeGreaterThan(0);
    expect((await app.api('codings/ofDocument', { documentId: long.id })).length).toBe(1501);

    const removed = await requestsDuring(async () => {
      await transcript.scroll.focus();
      await transcript.selectText('tour 3 ');
      await app.page.keyboard.press('Enter');
      await transcript.popover.getByRole('button', { name: 'Remove the coding «repère»' }).click();
      await expect.poll(() => transcript.highlightTexts(repere)).toEqual([]);
    });
    expect(removed).toContain('codings/delete');
    expect(removed).not.toContain('documents/list');
    expect(removed).not.toContain('codings/ofDocument');
    expect((await app.api('codings/ofDocument', { documentId: long.id })).length).toBe(1500);
  });

  it('keeps its scroll position and selection behind an analysis tab', async () => {
    await transcript.scroll.evaluate((scroller) => {
      scroller.scrollTop = scroller.scrollHeight / 3;
    });
    await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const ordinal = await transcript.scroll.evaluate((scroller) => {
      const view = scroller.getBoundingClientRect();
      const turn = document
        .elementFromPoint(view.left + view.width / 2 - 100, view.top + view.height / 2)
        ?.closest<HTMLElement>('.segment');
      return Number(turn?.dataset.ordinal ?? -1);
    });
    const words = `tour ${ordinal} `;
    await transcript.selectText(words);
    const before = await transcript.scroll.evaluate((scroller) => scroller.scrollTop);
    await app.page.getByRole('tab').nth(2).click();
    await expect.poll(() => transcript.scroll.isVisible()).toBe(false);
    await app.page.getByRole('tab').first().click();
    await expect.poll(() => transcript.scroll.isVisible()).toBe(true);
    await expect
      .poll(() => transcript.scroll.evaluate((scroller) => scroller.scrollTop))
      .toBeCloseTo(before, -1);
    await expect.poll(() => transcript.selectedText()).toBe(words);
  });

  it('paints the next document’s codings of the same code when switching documents', async () => {
    const shared = await codeId('code 5');
    const documents = new DocumentsPane(app.page);
    await documents.open('court');
    // The long document's view is gone: its clean-up must not take the new view's highlight.
    await expect.poll(() => transcript.highlightTexts(shared)).toEqual(['tâche']);
    await documents.open('entretien-long');
    await expect.poll(async () => (await transcript.highlightTexts(shared)).length).toBeGreaterThan(0);
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
