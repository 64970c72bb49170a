import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { MemoDialogPane } from './pages/MemoPanes.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { seedProject, type SeededProject } from './support/seed.ts';

const ARTICLE = 'https://example.org/article';

let app: E2eApp;
let project: SeededProject;

/** A document memo with one link, as the memo editor saves it. */
function memoWithLink(): string {
  const text = (value: string) => ({
    detail: 0,
    format: 0,
    mode: 'normal',
    style: '',
    text: value,
    type: 'text',
    version: 1,
  });
  const element = { direction: null, format: '', indent: 0, version: 1 };
  return JSON.stringify({
    root: {
      ...element,
      type: 'root',
      children: [
        {
          ...element,
          type: 'paragraph',
          textFormat: 0,
          textStyle: '',
          children: [
            text('Voir '),
            {
              ...element,
              type: 'link',
              rel: 'noopener noreferrer',
              target: '_blank',
              title: null,
              url: ARTICLE,
              children: [text("l'article")],
            },
          ],
        },
      ],
    },
  });
}

async function openMemo(page: Page): Promise<MemoDialogPane> {
  await new DocumentsPane(page).open(project.french.name);
  const transcript = new TranscriptPane(page);
  await transcript.segments.first().waitFor();
  await transcript.root.getByRole('button', { name: `Memo on «${project.french.name}»` }).click();
  const memo = new MemoDialogPane(page);
  await memo.editor.text.locator('a').waitFor();
  return memo;
}

beforeAll(async () => {
  app = await startApp('memo-links');
  project = await seedProject(app);
  await app.api('memos/save', {
    targetKind: 'document',
    targetId: project.french.id,
    title: 'Voir',
    body: memoWithLink(),
    plainText: "Voir l'article",
  });
});

afterAll(async () => {
  await app?.close();
});

describe('links in memos', () => {
  it('open in a new tab on Ctrl+click in the web shell', async () => {
    // Offline: the "web" answers from here.
    await app.context.route(`${ARTICLE}*`, (route) =>
      route.fulfill({ body: 'article', contentType: 'text/plain' }),
    );
    await app.page.goto(app.server.url);
    const memo = await openMemo(app.page);
    const [tab] = await Promise.all([
      app.context.waitForEvent('page'),
      memo.editor.text.locator('a').click({ modifiers: ['Control'] }),
    ]);
    await tab.waitForURL(ARTICLE);
    // The new tab cannot reach back into Verbatim.
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    await tab.close();
    await memo.close();
    expect(app.pageErrors).toEqual([]);
  });

  it('go to the Electron bridge’s openLink on Ctrl+click, with the address clicked', async () => {
    const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    // Stands in for main/electron/preload.ts, carried over the web shell as in bridgeAndFallback.
    await context.addInitScript(() => {
      const opened: string[] = [];
      Object.assign(window, {
        openedLinks: opened,
        verbatim: {
          call: async (name: string, input: unknown) =>
            (
              await fetch(`/api/${name}`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify(input),
              })
            ).json(),
          onMenu: () => () => undefined,
          openLink: async (url: string) => {
            opened.push(url);
            return true;
          },
        },
      });
    });
    const page = await context.newPage();
    await page.goto(app.server.url);
    const memo = await openMemo(page);
    await memo.editor.text.locator('a').click({ modifiers: ['Control'] });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { openedLinks: string[] }).openedLinks))
      .toEqual([ARTICLE]);
    expect(context.pages()).toHaveLength(1);
    await context.close();
  });
});
