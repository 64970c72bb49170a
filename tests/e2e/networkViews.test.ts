import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/tempDir.ts';
import { startApp, type E2eApp } from './support/app.ts';

// The real French interviews of ../shared/corpus, read from there (never copied).
const CORPUS = join(repoRoot, '..', 'shared', 'corpus');
const FILES = [
  'fr_artisans_entretien-24.10.03-01.derived.txt',
  'fr_artisans_entretien-25.01.08.derived.txt',
  'fr_artisans_entretien-24.10.04-04.docx',
];

// The four themes, each coded on 120 characters around the words that announce it, so that
// themes whose words are close co-occur as a researcher's codings would.
const THEMES: readonly (readonly [string, RegExp])[] = [
  ['triple journée', /journée|temps|soir|matin/giu],
  ['opacité', /client|pourquoi|sais pas/giu],
  ['éthique', /matière|qualité|respect/giu],
  ['isolement', /seul|atelier|personne/giu],
];

let app: E2eApp;

beforeAll(async () => {
  app = await startApp('network-views', { locale: 'fr-FR' });
  await app.api('project/create', { path: join(app.dir, 'artisans.verbatim') });
  const report = await app.api('documents/importFiles', {
    files: FILES.map((name) => ({ name, base64: readFileSync(join(CORPUS, name)).toString('base64') })),
  });
  const documents = report.imported;
  expect(documents).toHaveLength(3);
  for (const document of documents) {
    const { text } = await app.api('documents/get', { id: document.id });
    for (const [codeName, pattern] of THEMES) {
      const items = [...text.matchAll(pattern)].slice(0, 12).map((match) => ({
        documentId: document.id,
        start: Math.max(0, match.index - 60),
        end: Math.min(text.length, match.index + 60),
        codeName,
      }));
      if (items.length > 0) await app.api('codings/create', { items });
    }
  }
  const genre = await app.api('attributes/create', {
    name: 'Genre',
    type: 'choice',
    choices: ['Femme', 'Homme'],
  });
  const age = await app.api('attributes/create', {
    name: 'Âge',
    type: 'choice',
    choices: ['25-34', '35-49'],
  });
  const cases = [
    ['Artisane A', 'Femme', '25-34'],
    ['Artisan B', 'Homme', '25-34'],
    ['Artisane C', 'Femme', '35-49'],
  ] as const;
  for (const [index, [name, gender, ageGroup]] of cases.entries()) {
    const created = await app.api('cases/create', { name, documentIds: [documents[index]?.id ?? 0] });
    await app.api('cases/setValue', { caseId: created.id, attributeId: genre.id, value: gender });
    await app.api('cases/setValue', { caseId: created.id, attributeId: age.id, value: ageGroup });
  }
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.page.goto(app.server.url);
  await app.page.locator('section.documents').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('network and comparison chart', () => {
  it('draws the co-occurrence network, thresholds it and opens an edge’s and a node’s excerpts', async () => {
    const page = app.page;
    await page.getByRole('tab', { name: 'Réseau' }).click();
    const network = page.locator('svg.network');
    await network.waitFor();
    const result = await app.api('analysis/cooccurrence', { scope: 'overlap' });
    const edges = result.pairs.filter((pair) => pair.count >= 1);
    expect(edges.length).toBeGreaterThan(0);
    await expect.poll(() => network.locator('.network__node').count()).toBe(4);
    await expect.poll(() => network.locator('.network__edge').count()).toBe(edges.length);
    // The coder filter says what it takes.
    expect(await page.locator('.network-view').getByLabel('Codeur').getAttribute('placeholder')).toBe(
      'nom d’un codeur (tous si vide)',
    );
    // Each node in its code's colour, as in the codebook.
    for (const code of await app.api('codes/list', {})) {
      const circle = network.locator(`.network__node[data-code="${code.name}"] circle`).last();
      if ((await circle.count()) > 0) expect(await circle.getAttribute('fill')).toBe(code.color);
    }
    // The nodes' labels stay inside the drawing and do not overlap one another.
    const boxes = await network
      .locator('.network__label')
      .evaluateAll((labels) =>
        labels.map((label) => (label as SVGGraphicsElement).getBoundingClientRect().toJSON() as DOMRect),
      );
    const frame = await network.boundingBox();
    for (const [index, box] of boxes.entries()) {
      expect(box.left).toBeGreaterThanOrEqual(frame?.x ?? 0);
      expect(box.right).toBeLessThanOrEqual((frame?.x ?? 0) + (frame?.width ?? 0));
      for (const other of boxes.slice(index + 1)) {
        const apart =
          box.right <= other.left ||
          other.right <= box.left ||
          box.bottom <= other.top ||
          other.bottom <= box.top;
        expect(apart).toBe(true);
      }
    }
    await network.scrollIntoViewIfNeeded();
    await app.screenshot('network-1280');

    // The threshold hides the edges below it.
    const strongest = Math.max(...edges.map((pair) => pair.count));
    const slider = page.locator('.network-view input[type="range"]');
    await slider.fill(String(strongest));
    const kept = edges.filter((pair) => pair.count >= strongest).length;
    await expect.poll(() => network.locator('.network__edge').count()).toBe(kept);
    // The legend counts them in good French: "1 lien affiché", never "1 liens affichés".
    await expect
      .poll(() => page.locator('.network-view .analysis-view__actions [aria-live]').innerText())
      .toContain(kept === 1 ? '1 lien affiché.' : `${kept} liens affichés.`);

    // Keyboard: Tab to a node, arrows between nodes, Enter opens its excerpts.
    await network.locator('.network__node').first().focus();
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-code') ?? null);
    expect(focused).not.toBeNull();
    await page.keyboard.press('Enter');
    const codeDrill = page.locator('.network-view .drilldown');
    await expect.poll(() => codeDrill.locator('h3').textContent()).toContain(focused ?? '');
    const codes = await app.api('codes/list', {});
    const code = codes.find((candidate) => candidate.name === focused);
    const excerpts = await app.api('codings/excerptsOfCode', { codeId: code?.id ?? 0 });
    await expect.poll(() => codeDrill.locator('.drilldown__list > li').count()).toBe(excerpts.length);

    // An edge opens the pairs of excerpts behind it, as the heatmap's cells do.
    const edge = network.locator('.network__edge').first();
    await edge.focus();
    await page.keyboard.press('Enter');
    const pair = edges.find((candidate) => candidate.count >= strongest);
    await expect.poll(() => page.locator('.network-view .drilldown__instance').count()).toBe(pair?.count);
  });

  it('compares the codes across a case attribute with the matrix’s numbers', async () => {
    const page = app.page;
    await page.getByRole('tab', { name: 'Attributs' }).click();
    const chart = page.locator('svg.attribute-chart');
    await chart.waitFor();
    const view = page.locator('.comparison-view');
    await view.getByLabel('Mesure').selectOption('codings');
    const attributes = (await app.api('cases/list', {})).attributes;
    const genre = attributes.find((attribute) => attribute.name === 'Genre');
    const matrix = await app.api('analysis/matrix', {
      columns: 'attribute',
      attributeId: genre?.id ?? 0,
      measure: 'codings',
    });
    const row = matrix.rows.findIndex((candidate) => candidate.name === 'isolement');
    const bars = chart.locator('[data-code="isolement"] .attribute-chart__bar text');
    await expect.poll(() => bars.allTextContents()).toEqual(matrix.cells[row]?.map(String));
    await chart.scrollIntoViewIfNeeded();
    await app.screenshot('comparison-1280');
    await view.getByLabel('Mesure').selectOption('share');
    await expect.poll(() => chart.locator('.attribute-chart__bar').count()).toBe(matrix.rows.length * 2);

    await chart.locator('[data-code="isolement"] [data-value="Femme"]').click();
    const drill = view.locator('.drilldown');
    await expect.poll(() => drill.locator('h3').textContent()).toContain('Genre = Femme');
    expect(await drill.locator('.drilldown__list > li').count()).toBe(matrix.cells[row]?.[0]);
  });
});
