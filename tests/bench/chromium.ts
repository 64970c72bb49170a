import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { startWebServer } from '../../main/web/server.ts';
import { launchChromium, CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';
import { syntheticInterview } from './run.ts';
import { armTimer, callDuration, transcriptElementCount } from './transcriptProbes.ts';
import { TranscriptPane } from '../e2e/pages/TranscriptPane.ts';

const CODINGS = 3000;
const CODES = 40;

/**
 * The transcript view in a real browser: a 40,000-word interview with 3,000 codings opened
 * from the document list (first text, then every highlight and stripe of the turns in view),
 * then one code applied from the palette, its coding adjusted and removed, each timed in the
 * page until the change shows. Prints figures only.
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
  // A code of its own, so the coding the bench adds, adjusts and removes is found by name.
  const probeCode = await call(session, 'codes/create', { name: 'repère' });
  const stored = await call(session, 'codings/ofDocument', { documentId });
  const codings = stored.map(({ id, start, end }) => ({ id, start, end }));
  const turns = detail.segments.map(({ ordinal, start, end }) => ({ ordinal, start, end }));
  const server = await startWebServer({ session, staticDir: join(repoRoot, 'out', 'renderer'), projectDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    const item = page.locator('.document-list__item').first();
    await item.waitFor();
    const firstText = await armTimer(page, 'click', { kind: 'firstText' });
    const allPainted = await armTimer(page, 'click', { kind: 'visibleCodings', codings, turns });
    await item.click();
    const firstScreen = await firstText();
    // Armed by the same click: the second timer measures from it too.
    const painted = await allPainted();
    const nodes = await transcriptElementCount(page);
    console.log(
      `\ntranscript in Chromium (40,000 words, ${detail.segments.length} turns, ${CODINGS} codings):` +
        `\n  open to first text: ${firstScreen.toFixed(0)} ms` +
        `\n  open to every highlight and stripe in view: ${painted.toFixed(0)} ms` +
        `\n  DOM elements: ${nodes.text} in the text, ${nodes.pane} in the transcript pane (turns: ${detail.segments.length})`,
    );

    const transcript = new TranscriptPane(page);
    const highlight = `code-${probeCode.id}`;
    const quote = 'plateforme tâche';
    await transcript.selectText(quote);
    await page.keyboard.press('Control+k');
    await page.locator('.palette__input').fill('repère');
    const applied = await armTimer(page, 'Enter', {
      kind: 'codeQuotes',
      highlight,
      code: 'repère',
      quotes: [quote],
      stripes: 1,
    });
    await page.keyboard.press('Enter');
    const applyMs = await applied();
    const applyCall = await callDuration(page, 'codings/create');

    // Adjust from the keyboard: Enter on the passage lists its codings, Adjust, move the start.
    const openActions = async (): Promise<void> => {
      await transcript.scroll.focus();
      await transcript.selectText(quote);
      await page.keyboard.press('Enter');
      await transcript.popover.waitFor();
    };
    await openActions();
    await transcript.popover.getByRole('button', { name: 'Adjust the boundaries of «repère»' }).click();
    await page.locator('.boundary-handle[data-boundary="start"]').focus();
    await page.keyboard.press('Control+ArrowRight');
    const adjusted = await armTimer(page, 'Enter', {
      kind: 'codeQuotes',
      highlight,
      code: 'repère',
      quotes: ['tâche'],
      stripes: 1,
    });
    await page.keyboard.press('Enter');
    const adjustMs = await adjusted();
    const adjustCall = await callDuration(page, 'codings/update');

    await openActions();
    const removed = await armTimer(page, 'click', {
      kind: 'codeQuotes',
      highlight,
      code: 'repère',
      quotes: [],
      stripes: 0,
    });
    await transcript.popover.getByRole('button', { name: 'Remove the coding «repère»' }).click();
    const removeMs = await removed();
    const removeCall = await callDuration(page, 'codings/delete');
    console.log(
      `  apply a code (Enter in the palette) until its highlight and stripe show: ${applyMs.toFixed(0)} ms (the call: ${applyCall})` +
        `\n  adjust a coding (Enter on the moved handle) until repainted: ${adjustMs.toFixed(0)} ms (the call: ${adjustCall})` +
        `\n  remove a coding (click Remove) until its highlight and stripe are gone: ${removeMs.toFixed(0)} ms (the call: ${removeCall})`,
    );
  } finally {
    await browser.close();
    await server.close();
    session.close();
  }
}
