import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CodePalette } from './pages/CodePalette.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { StartPage } from './pages/StartPage.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject } from './support/seed.ts';
import { transcriptFiles } from './support/transcripts.ts';
import { join } from 'node:path';

let app: E2eApp;

/** A page in a fresh browser context, with `init` run before the app's scripts. */
async function pageWith(init: () => void): Promise<{ page: Page; errors: string[] }> {
  const context = await app.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, errors };
}

beforeAll(async () => {
  app = await startApp('bridge');
});

afterAll(async () => {
  await app?.close();
});

describe('Electron preload bridge', () => {
  it('calls through window.verbatim and follows the native menu', async () => {
    // Stands in for main/electron/preload.ts: same shape, carried over the web shell here.
    const { page, errors } = await pageWith(() => {
      const token = new URL(window.location.href).searchParams.get('token') ?? '';
      const calls: string[] = [];
      // Several parts of the UI listen to the menu, as ipcRenderer.on allows in the real preload.
      const listeners = new Set<(command: string) => void>();
      Object.assign(window, {
        bridgeCalls: calls,
        sendMenu: (command: string) => {
          for (const listener of listeners) listener(command);
        },
        verbatim: {
          call: async (name: string, input: unknown) => {
            calls.push(name);
            const response = await fetch(`/api/${name}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Verbatim-Token': token },
              body: JSON.stringify(input),
            });
            return response.json();
          },
          onMenu: (callback: (command: string) => void) => {
            listeners.add(callback);
            return () => {
              listeners.delete(callback);
            };
          },
        },
      });
    });
    await page.goto(app.server.url);
    const start = new StartPage(page);
    await start.root.waitFor();
    expect(await start.root.innerText()).toContain('You can also use the File menu');
    const calls = (): Promise<string[]> =>
      page.evaluate(() => (window as unknown as { bridgeCalls: string[] }).bridgeCalls);
    expect(await calls()).toEqual(expect.arrayContaining(['project/current', 'project/recentEntries']));

    // The main process opens a project from its File menu, then tells the window.
    await app.api('project/create', { path: join(app.dir, 'menu.verbatim') });
    await page.evaluate(() =>
      (window as unknown as { sendMenu(command: string): void }).sendMenu('project-changed'),
    );
    const documents = new DocumentsPane(page);
    await documents.root.waitFor();
    expect(await documents.items.count()).toBe(0);

    // …and imports files chosen in a native dialog.
    await app.api('documents/importFiles', {
      files: transcriptFiles().map((file) => ({ name: file.name, base64: file.buffer.toString('base64') })),
    });
    await page.evaluate(() =>
      (window as unknown as { sendMenu(command: string): void }).sendMenu('documents-changed'),
    );
    await expect.poll(() => documents.items.count()).toBe(2);
    expect(await calls()).toContain('documents/list');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('native file dialogs through the bridge', () => {
  it('creates a project from a file chosen in the dialog, never typing a path', async () => {
    await app.api('project/close', {});
    // Stands in for main: `choose` answers a handle, which main would resolve to the chosen
    // path. Here the web shell resolves it as a name in its folder.
    const { page, errors } = await pageWith(() => {
      const token = new URL(window.location.href).searchParams.get('token') ?? '';
      const asked: string[] = [];
      const sent: unknown[] = [];
      Object.assign(window, {
        asked,
        sent,
        verbatim: {
          call: async (name: string, input: unknown) => {
            sent.push([name, input]);
            const response = await fetch(`/api/${name}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Verbatim-Token': token },
              body: JSON.stringify(input),
            });
            return response.json();
          },
          choose: async (purpose: string) => {
            asked.push(purpose);
            return { ok: true, data: [{ handle: 'from-dialog.verbatim', name: 'from-dialog.verbatim' }] };
          },
          onMenu: () => () => undefined,
        },
      });
    });
    await page.goto(app.server.url);
    const start = new StartPage(page);
    await start.root.waitFor();
    // No path fields: only buttons that open the dialog.
    expect(await start.root.locator('input').count()).toBe(0);
    await start.createForm.getByRole('button', { name: 'Choose where to save it…' }).click();
    await new DocumentsPane(page).root.waitFor();
    expect(await page.evaluate(() => (window as unknown as { asked: string[] }).asked)).toEqual([
      'createProject',
    ]);
    const sent = await page.evaluate(() => (window as unknown as { sent: unknown[] }).sent);
    expect(sent).toContainEqual(['project/create', { path: 'from-dialog.verbatim' }]);
    expect((await app.api('project/current', {}))?.path).toBe(join(app.dir, 'from-dialog.verbatim'));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('without the CSS Custom Highlight API', () => {
  it('shows and codes the transcript without colours, and without errors', async () => {
    await app.api('project/close', {});
    const project = await seedProject(app);
    const { french } = project;
    await app.api('codings/create', {
      items: [{ documentId: french.id, ...rangeOf(french, 'Je commence tôt'), codeName: 'travail' }],
    });
    const { page, errors } = await pageWith(() => {
      // As in an engine without the API.
      delete (globalThis as { Highlight?: unknown }).Highlight;
    });
    await page.goto(app.server.url);
    await new DocumentsPane(page).open(french.name);
    const transcript = new TranscriptPane(page);
    await transcript.segments.first().waitFor();
    expect(await page.evaluate(() => typeof (globalThis as { Highlight?: unknown }).Highlight)).toBe(
      'undefined',
    );
    expect(await transcript.segments.count()).toBe(french.segments.length);

    await transcript.selectText('seule devant mon écran');
    const palette = new CodePalette(page);
    await palette.openWithShortcut();
    await palette.type('isolement');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(async () => (await app.api('codings/ofDocument', { documentId: french.id })).map((c) => c.quote))
      .toContain('seule devant mon écran');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
