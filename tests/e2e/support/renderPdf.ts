import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { repoRoot } from '../../support/tempDir.ts';

// A made-up origin that only this context's routes answer: nothing goes to the network.
const ORIGIN = 'http://pdf-render.invalid';
const PDFJS = join(repoRoot, 'node_modules', 'pdfjs-dist', 'build');

const PAGE = `<!DOCTYPE html>
<html><body style="margin:0;background:#fff">
<canvas id="page"></canvas>
<script type="module">
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
const pdf = await pdfjs.getDocument({ url: '/document.pdf', isEvalSupported: false }).promise;
const first = await pdf.getPage(1);
const viewport = first.getViewport({ scale: 1.4 });
const canvas = document.getElementById('page');
canvas.width = Math.ceil(viewport.width);
canvas.height = Math.ceil(viewport.height);
await first.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
canvas.dataset.rendered = 'yes';
</script>
</body></html>`;

/**
 * Draws the first page of a PDF with pdf.js in Chromium and saves it as a PNG: the same
 * library Verbatim already ships reads the page LibreOffice laid out, so the screenshot
 * shows the document as a reader would see it.
 */
export async function renderFirstPdfPage(browser: Browser, pdf: Uint8Array, pngPath: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 900, height: 1200 } });
  try {
    await context.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
      if (path === '/document.pdf')
        return route.fulfill({ contentType: 'application/pdf', body: Buffer.from(pdf) });
      if (path === '/pdf.mjs' || path === '/pdf.worker.mjs') {
        return route.fulfill({
          contentType: 'text/javascript',
          body: readFileSync(join(PDFJS, path.replace('.mjs', '.min.mjs').slice(1))),
        });
      }
      return route.fulfill({ status: 404, body: '' });
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.locator('canvas[data-rendered="yes"]').waitFor({ timeout: 30_000 });
    await page.locator('canvas').screenshot({ path: pngPath });
  } finally {
    await context.close();
  }
}
