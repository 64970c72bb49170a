import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { StripesMargin } from './pages/StripesMargin.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject } from './support/seed.ts';

let app: E2eApp;
let transcript: TranscriptPane;
let stripes: StripesMargin;

const OPACITY = 'On ne sait jamais pourquoi une tâche est refusée';
const ETHICS = "une tâche est refusée. C'est opaque, et je me demande si c'est éthique";
const ISOLATION = 'Non, je suis seule devant mon écran.';

beforeAll(async () => {
  app = await startApp('stripes');
  const project = await seedProject(app);
  await app.api('codings/create', {
    items: [
      { documentId: project.french.id, ...rangeOf(project.french, OPACITY), codeName: 'opacité' },
      { documentId: project.french.id, ...rangeOf(project.french, ETHICS), codeName: 'éthique' },
      { documentId: project.french.id, ...rangeOf(project.french, ISOLATION), codeName: 'isolement' },
    ],
  });
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open('entretien-marie');
  transcript = new TranscriptPane(app.page);
  stripes = new StripesMargin(app.page);
  await transcript.segments.first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('coding stripes', () => {
  it('draws one bar per coding beside the text, overlapping ones side by side', async () => {
    await expect.poll(() => stripes.bars.count()).toBe(3);
    const opacity = await stripes.box('opacité');
    const ethics = await stripes.box('éthique');
    const isolation = await stripes.box('isolement');
    // Opacity and ethics overlap in height: two columns. Isolation is alone, further down.
    expect(opacity.x).not.toBe(ethics.x);
    expect(isolation.y).toBeGreaterThan(opacity.y + opacity.height);
    const text = await transcript.text.boundingBox();
    expect(opacity.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
    // Each bar spans its passage: from the top of its first line to the bottom of its last.
    const extent = await stripes.textExtent(ETHICS);
    expect(Math.abs(ethics.y - extent.top)).toBeLessThan(2);
    expect(Math.abs(ethics.y + ethics.height - extent.bottom)).toBeLessThan(2);
    expect(await stripes.bar('opacité').locator('.stripe__name').innerText()).toBe('opacité');
    await app.screenshot('24-coding-stripes');
  });

  it('brightens the passage of a hovered bar and selects its coding on click', async () => {
    const bar = stripes.bar('isolement');
    await bar.hover();
    await expect.poll(() => stripes.hoveredTexts()).toEqual([ISOLATION]);
    await app.screenshot('24a-coding-stripe-hover');
    await bar.click();
    await expect.poll(() => transcript.selectedText()).toBe(ISOLATION);
    // The coding's own actions show, as when clicking inside it.
    await transcript.popover.waitFor();
    expect(await transcript.popover.locator('.codings-popover__item').count()).toBe(1);
    expect(await transcript.popoverItem('isolement').count()).toBe(1);
    await app.screenshot('24b-coding-stripe-selected');
    await app.page.mouse.move(0, 0);
    await expect.poll(() => stripes.hoveredTexts()).toEqual([]);
    await app.page.keyboard.press('Escape');
  });

  it('adjusts a coding’s boundaries from the keyboard and by dragging its end', async () => {
    const quoteOf = async (): Promise<string | undefined> => {
      const codes = await app.api('codes/list', {});
      const isolation = codes.find((code) => code.name === 'isolement');
      const excerpts = await app.api('codings/excerptsOfCode', { codeId: isolation?.id ?? 0 });
      return excerpts[0]?.quote;
    };
    // Enter on a selection lists the codings there (the keyboard way to reach them).
    const openPopover = async (): Promise<void> => {
      await transcript.scroll.focus();
      await transcript.selectText('seule');
      await app.page.keyboard.press('Enter');
      await transcript.popover.waitFor();
    };
    await openPopover();
    await transcript.popover.getByRole('button', { name: 'Adjust the boundaries of «isolement»' }).click();
    const start = app.page.locator('.boundary-handle[data-boundary="start"]');
    await start.focus();
    await app.page.keyboard.press('Control+ArrowRight');
    await app.page.keyboard.press('Enter');
    await expect.poll(quoteOf).toBe('je suis seule devant mon écran.');
    await app.screenshot('25-adjust-boundaries');

    // Drag the end to the end of "Personne": the coding now runs onto the next line.
    await openPopover();
    await transcript.popover.getByRole('button', { name: 'Adjust the boundaries of «isolement»' }).click();
    const end = await app.page.locator('.boundary-handle[data-boundary="end"]').boundingBox();
    const target = await transcript.text.evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf('Personne');
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index + 'Personne'.length - 1);
        range.setEnd(node, index + 'Personne'.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.right - 1, y: rect.y + rect.height / 2 };
      }
      return null;
    });
    if (!end || !target) throw new Error('no handle or target');
    await app.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(target.x, target.y, { steps: 5 });
    await app.page.mouse.up();
    await expect.poll(quoteOf).toBe('je suis seule devant mon écran. 😅\nPersonne');
  });

  it('moves the bars with the text when the window narrows', async () => {
    await app.page.setViewportSize({ width: 1000, height: 900 });
    try {
      // The passage re-wraps onto more lines; its bar follows, top and bottom.
      await expect
        .poll(async () => {
          const [bar, extent] = await Promise.all([stripes.box('éthique'), stripes.textExtent(ETHICS)]);
          return Math.abs(bar.y - extent.top) < 2 && Math.abs(bar.y + bar.height - extent.bottom) < 2;
        })
        .toBe(true);
      const text = await transcript.text.boundingBox();
      const bar = await stripes.box('opacité');
      expect(bar.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
    } finally {
      await app.page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
