import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { repoRoot } from '../support/tempDir.ts';
import { CHROMIUM_PATH } from './support/browser.ts';

/**
 * Runs once before the end-to-end files: checks that the browser is there (a missing
 * browser fails the run, it never skips it) and builds the interface into out/renderer,
 * which every test file's web server then serves.
 */
export async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: the end-to-end tests need it (apt-get install chromium).`,
    );
  }
  await build({ configFile: join(repoRoot, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) {
    throw new Error('The renderer build produced no out/renderer/index.html.');
  }
}
