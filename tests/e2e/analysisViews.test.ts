import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;

// Marie (a woman) speaks in both transcripts; the timestamped one is filed under a man's case
// so that the attribute filter visibly changes the heatmap.
const PASSAGES = {
  opacity: ['pourquoi une tâche est refusée', 'Nobody explains why a task is rejected'],
  isolation: ['une tâche est refusée. C', 'house. Nobody explains'],
  tripleDay: ['puis le ménage', 'my job, the kids, the house'],
};

async function codeId(name: string): Promise<number> {
  const code = (await app.api('codes/list', {})).find((candidate) => candidate.name === name);
  if (!code) throw new Error(`no code ${name}`);
  return code.id;
}

beforeAll(async () => {
  app = await startApp('analysis-views');
  project = await seedProject(app);
  const documents = [project.french, project.timestamped];
  for (const [name, quotes] of [
    ['opacité', PASSAGES.opacity],
    ['isolement', PASSAGES.isolation],
    ['triple journée', PASSAGES.tripleDay],
  ] as const) {
    await app.api('codings/create', {
      items: quotes.map((quote, index) => {
        const document = documents[index];
        if (!document) throw new Error('missing document');
        return { documentId: document.id, ...rangeOf(document, quote), codeName: name };
      }),
    });
  }
  const gender = await app.api('attributes/create', {
    name: 'Genre',
    type: 'choice',
    choices: ['Femme', 'Homme'],
  });
  const marie = await app.api('cases/create', { name: 'Marie', documentIds: [project.french.id] });
  const paul = await app.api('cases/create', { name: 'Paul', documentIds: [project.timestamped.id] });
  await app.api('cases/setValue', { caseId: marie.id, attributeId: gender.id, value: 'Femme' });
  await app.api('cases/setValue', { caseId: paul.id, attributeId: gender.id, value: 'Homme' });
  await app.page.goto(app.server.url);
  await app.page.locator('section.documents').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('analysis views', () => {
  it('builds the heatmap, filtered by an attribute, and drills down into a cell', async () => {
    const page = app.page;
    await page.getByRole('tab', { name: 'Co-occurrence' }).first().click();
    const heatmap = page.locator('svg.heatmap');
    await heatmap.waitFor();
    const cell = heatmap.locator('[data-pair="isolement|opacité"], [data-pair="opacité|isolement"]').first();
    const all = await app.api('analysis/cooccurrence', { scope: 'overlap' });
    const pair = all.pairs.find(
      (candidate) => [candidate.a, candidate.b].sort().join() === 'isolement,opacité',
    );
    expect(pair?.count).toBe(2);
    expect(await cell.locator('text').textContent()).toBe('2');

    const bar = page.locator('.heatmap-view .filter-bar');
    await bar.getByLabel('Cases where').selectOption({ label: 'Genre' });
    await bar.getByLabel('is').selectOption('Femme');
    await expect.poll(() => cell.locator('text').textContent()).toBe('1');
    await app.screenshot('16-heatmap-filtered');

    await cell.focus();
    await page.keyboard.press('Enter');
    const drill = page.locator('.heatmap-view .drilldown');
    await drill.waitFor();
    await expect.poll(() => drill.locator('.drilldown__instance').count()).toBe(1);
    expect(await drill.innerText()).toContain('pourquoi une tâche est refusée');
    expect(await drill.innerText()).not.toContain('Nobody explains');
  });

  it('shows codes × gender with row percentages', async () => {
    const page = app.page;
    await page.getByRole('tab', { name: 'Matrices' }).click();
    const view = page.locator('.matrix-view');
    await view.getByLabel('Columns').selectOption('attribute');
    await view.getByLabel('Cells').selectOption('codings');
    await expect
      .poll(() => view.locator('table.matrix thead th').allInnerTexts())
      .toEqual(['Code', 'Genre = Femme', 'Genre = Homme', 'Total']);
    const row = view.locator('tr[data-code="opacité"] td');
    await expect.poll(() => row.allInnerTexts()).toEqual(['1', '1', '2']);
    await view.getByLabel('Percentages').selectOption('row');
    await expect.poll(() => row.allInnerTexts()).toEqual(['50%', '50%', '2']);
    await app.screenshot('17-attribute-matrix');
  });

  it('finds words in context and codes all results in one step', async () => {
    const page = app.page;
    await page.getByRole('tab', { name: 'Search' }).click();
    const view = page.locator('.search-view');
    await view.getByLabel('Search the transcripts').fill('tache*');
    await view.getByRole('button', { name: 'Search', exact: true }).click();
    const expected = await app.api('search/query', { query: 'tache*' });
    expect(expected.total).toBeGreaterThan(1);
    await expect.poll(() => view.locator('.search-hit').count()).toBe(expected.total);
    expect(await view.locator('.search-hit mark').first().innerText()).toMatch(/tâche/u);
    const isolation = await codeId('isolement');
    const before = (await app.api('codings/excerptsOfCode', { codeId: isolation })).length;
    await view.getByLabel('Code to apply').selectOption({ label: 'isolement' });
    await view.getByRole('button', { name: 'Code', exact: true }).click();
    await expect
      .poll(() => view.getByRole('status').last().innerText())
      .toMatch(/codings? of «isolement» added/u);
    await app.screenshot('18-search-coded');
    const after = await app.api('codings/excerptsOfCode', { codeId: isolation });
    expect(after.length).toBe(before + expected.total);
    expect(
      after.some(
        (excerpt) =>
          excerpt.quote.toLowerCase() === 'micro-tâches' || excerpt.quote.toLowerCase() === 'tâches',
      ),
    ).toBe(true);
  });

  it('edits a case attribute in the grid', async () => {
    const page = app.page;
    await page.getByRole('tab', { name: 'Cases' }).click();
    const grid = page.locator('table.cases-grid');
    await grid.waitFor();
    await grid.getByLabel('Genre of Paul').selectOption('Femme');
    await expect
      .poll(async () => {
        const table = await app.api('cases/list', {});
        const paul = table.cases.find((row) => row.name === 'Paul');
        const gender = table.attributes.find((attribute) => attribute.name === 'Genre');
        return paul?.values[gender?.id ?? 0];
      })
      .toBe('Femme');
    expect(await grid.getByLabel('Genre of Paul').inputValue()).toBe('Femme');
    await app.screenshot('19-cases-grid');
  });

  it('retrieves a code’s excerpts with context, filtered by speaker, and recodes or uncodes several at once', async () => {
    const page = app.page;
    await page.locator('.code-tree').getByText('triple journée', { exact: true }).click();
    const panel = page.locator('.right-panel .excerpts');
    await expect.poll(() => panel.locator('.excerpt-item').count()).toBe(2);
    await panel.getByLabel('Speakers').fill('Marie');
    // Both passages are Marie's; the interviewer filter leaves none.
    await expect.poll(() => panel.locator('.excerpt-item').count()).toBe(2);
    await panel.getByLabel('Speakers').fill('Interviewer');
    await expect.poll(() => panel.locator('.excerpt-item').count()).toBe(0);
    await panel.getByLabel('Speakers').fill('');
    await expect.poll(() => panel.locator('.excerpt-item').count()).toBe(2);

    const first = panel.locator('.excerpt-item').first();
    await first.getByRole('button', { name: 'Show context' }).click();
    await expect.poll(() => first.locator('.excerpt-context').innerText()).toContain('Ensuite je fais mes');
    await app.screenshot('20-excerpts-context');

    const tripleDay = await codeId('triple journée');
    const opacity = await codeId('opacité');
    const opacityBefore = (await app.api('codings/excerptsOfCode', { codeId: opacity })).length;
    await panel.locator('.excerpt-item input[type=checkbox]').first().check();
    await panel.getByLabel('Move to the code…').selectOption({ label: 'opacité' });
    await panel.getByRole('button', { name: 'Recode' }).click();
    await expect
      .poll(async () => (await app.api('codings/excerptsOfCode', { codeId: tripleDay })).length)
      .toBe(1);
    expect((await app.api('codings/excerptsOfCode', { codeId: opacity })).length).toBe(opacityBefore + 1);

    await expect.poll(() => panel.locator('.excerpt-item').count()).toBe(1);
    await panel.locator('.excerpt-item input[type=checkbox]').first().check();
    await panel.getByRole('button', { name: 'Remove these codings' }).click();
    await expect
      .poll(async () => (await app.api('codings/excerptsOfCode', { codeId: tripleDay })).length)
      .toBe(0);
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
