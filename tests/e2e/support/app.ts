import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { InputOf, OperationName, OutputOf } from '../../../app/contract/api.ts';
import { ProjectSession, type CoderIdentity } from '../../../app/session.ts';
import { startWebServer, type RunningWebServer } from '../../../main/web/server.ts';
import { call, memoryRecent } from '../../support/session.ts';
import { makeTempDir, repoRoot } from '../../support/tempDir.ts';
import { launchChromium } from './browser.ts';

export const SCREENSHOT_DIR = join(repoRoot, 'tests', 'e2e', 'screenshots');

export interface E2eApp {
  readonly dir: string;
  readonly session: ProjectSession;
  readonly server: RunningWebServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Errors thrown in the page or logged with console.error: a test ends by checking it is empty. */
  readonly pageErrors: string[];
  /** Calls the backend in-process, on the same session as the UI (to set up and to check). */
  api<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** The browser's language (navigator.language). */
  readonly locale?: string;
  /** Recent projects known to the shell before the UI starts. */
  readonly recent?: readonly string[];
  /** Sync a linked project with its team server in the background, as `verbatim serve` does. */
  readonly teamBackground?: boolean;
}

/**
 * One test file's world: a temp folder, a backend session, the web shell on a random
 * loopback port serving the built renderer, and a Chromium page on it.
 */
export async function startApp(prefix: string, options: StartOptions = {}): Promise<E2eApp> {
  const dir = makeTempDir(`e2e-${prefix}`);
  const recent = memoryRecent();
  for (const path of [...(options.recent ?? [])].reverse()) recent.remember(path);
  // The identity a user sets is kept by the shell; here in memory, for this test file only.
  let identity: CoderIdentity | null = null;
  const session = new ProjectSession({
    recent,
    defaultCoder: 'e2e',
    identity: { get: () => identity, set: (value) => (identity = value) },
    backups: { configDir: join(dir, 'config') },
    teamBackground: options.teamBackground === true,
  });
  const server = await startWebServer({
    session,
    staticDir: join(repoRoot, 'out', 'renderer'),
    projectDir: dir,
  });
  const browser = await launchChromium();
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    dir,
    session,
    server,
    browser,
    context,
    page,
    pageErrors,
    api: (name, input) => call(session, name, input),
    screenshot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
    },
    close: async () => {
      await browser.close();
      await server.close();
      session.close();
    },
  };
}
