import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';
import { startWebServer } from '../../main/web/server.ts';
import { launchChromium, CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';
import { syntheticInterview } from './run.ts';

const CODINGS = 3000;
const CODES = 40;

/**
 * The transcript view in a real browser: a 40,000-word interview with 3,000 codings opened
 * from the document list (first screen, then every highlight painted), and one code applied
 * from the keyboard (Ctrl+K, Enter) until its highlight shows. Prints figures only.
 */
export async function benchTranscriptInChromium(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`\nCHROMIUM BENCHMARK NOT RUN: no browser at ${CHROMIUM_PATH} (apt-get install chromium).`);
    return;
  }
  await build({ configFile: join(repoRoot, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  const session = testSession();
  const projectDir = makeTempDir('bench-chromium');
  await call(session, 'project/create', { path: join(projectDir, 'long.verbatim') });
  const text = syntheticInterview(40000);
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'entretien-long.txt', base64: Buffer.from(text).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  const detail = await call(session, 'documents/get', { id: documentId });
  const length = detail.text.length;
  // Codings of 20–200 characters spread over the whole text, 40 codes, many overlapping.
  const items = Array.from({ length: CODINGS }, (_, index) => {
    const start = Math.floor((index * 7919) % (length - 250));
    return { documentId, start, end: start + 20 + ((index * 37) % 180), codeName: `code ${index % CODES}` };
  });
  await call(session, 'codings/create', { items });
  const server = await startWebServer({ session, staticDir: join(repoRoot, 'out', 'renderer'), projectDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    const item = page.locator('.document-list__item').first();
    await item.waitFor();
    const openStart = performance.now();
    await item.click();
    await page.locator('.transcript__text .segment').first().waitFor();
    const firstScreen = performance.now() - openStart;
    // The page's CSP forbids eval: pass functions, not strings.
    await page.waitForFunction(
      (least) =>
        (() => {
          // Sum of the ranges painted by every code's CSS highlight: what the reader sees coloured.
          let count = 0;
          for (const highlight of CSS.highlights.values()) count += highlight.size;
          return count;
        })() >= least,
      CODINGS,
      { timeout: 120_000 },
    );
    const painted = performance.now() - openStart;
    const nodes = await page.evaluate(() => document.querySelectorAll('.transcript__text *').length);
    console.log(
      `\ntranscript in Chromium (40,000 words, ${detail.segments.length} turns, ${CODINGS} codings):` +
        `\n  open: first screen ${firstScreen.toFixed(0)} ms, all ${CODINGS} highlights painted ${painted.toFixed(0)} ms` +
        `\n  elements in the text: ${nodes} (turns: ${detail.segments.length}; codings add none)`,
    );

    // Select the first words of the second turn, then code them from the keyboard.
    await page.evaluate(() => {
      const textNode = document.querySelectorAll('.transcript__text .segment')[1]?.firstChild;
      const walker = textNode
        ? document.createTreeWalker(textNode.parentNode ?? textNode, NodeFilter.SHOW_TEXT)
        : null;
      const node = walker?.nextNode();
      if (!node) throw new Error('no text to select');
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(12, node.textContent?.length ?? 0));
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    const before = await page.evaluate(() =>
      (() => {
        // Sum of the ranges painted by every code's CSS highlight: what the reader sees coloured.
        let count = 0;
        for (const highlight of CSS.highlights.values()) count += highlight.size;
        return count;
      })(),
    );
    const applyStart = performance.now();
    await page.keyboard.press('Control+k');
    await page.locator('.palette__input').fill('code 7');
    const paletteReady = performance.now() - applyStart;
    await page.keyboard.press('Enter');
    const stored = async (): Promise<number> =>
      (await call(session, 'codings/ofDocument', { documentId })).length;
    while ((await stored()) <= CODINGS) await new Promise((resolve) => setTimeout(resolve, 5));
    const savedAt = performance.now() - applyStart;
    await page.waitForFunction(
      (least) =>
        (() => {
          // Sum of the ranges painted by every code's CSS highlight: what the reader sees coloured.
          let count = 0;
          for (const highlight of CSS.highlights.values()) count += highlight.size;
          return count;
        })() > least,
      before,
      { timeout: 60_000 },
    );
    console.log(
      `  apply a code (Ctrl+K, type, Enter) until its highlight shows: ${(performance.now() - applyStart).toFixed(0)} ms` +
        ` (palette ready ${paletteReady.toFixed(0)} ms, saved ${savedAt.toFixed(0)} ms)`,
    );
  } finally {
    await browser.close();
    await server.close();
    session.close();
  }
}
