import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;

// Two coders on one interview: at turn level they agree on «opacité» and «isolement»,
// and only Léa sees a «triple journée».
beforeAll(async () => {
  app = await startApp('agreement');
  project = await seedProject(app);
  const doc = project.french;
  const item = (quote: string, codeName: string, coder: string) => ({
    documentId: doc.id,
    ...rangeOf(doc, quote),
    codeName,
    coder,
  });
  await app.api('codings/create', {
    items: [
      item('pourquoi une tâche est refusée', 'opacité', 'Léa'),
      item("C'est opaque", 'opacité', 'Hugo'),
      item('puis le ménage', 'triple journée', 'Léa'),
      item('seule devant mon écran', 'isolement', 'Léa'),
      item('seule devant mon écran', 'isolement', 'Hugo'),
      item('Personne à qui demander', 'isolement', 'Hugo'),
    ],
  });
  await app.page.goto(app.server.url);
  await app.page.locator('section.documents').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('inter-coder agreement', () => {
  it('computes agreement for two coders, as the backend does, with the formulas explained', async () => {
    const page = app.page;
    await page.getByRole('tab', { name: 'Agreement' }).click();
    const view = page.locator('.agreement-view');
    await view.getByLabel('Unit').selectOption('segment');
    await view.getByRole('button', { name: 'Compute' }).click();
    const expected = await app.api('agreement/compute', { coders: ['Hugo', 'Léa'], unit: 'segment' });
    const row = (name: string) => view.locator(`.agreement-table tr[data-code="${name}"] td`);
    await expect.poll(() => row('isolement').count()).toBeGreaterThan(0);
    const format = (value: number | null) => (value === null ? '—' : value.toFixed(3));
    for (const code of expected.codes) {
      const cells = await row(code.name).allInnerTexts();
      expect(cells.slice(0, 5)).toEqual([
        format(code.percent),
        format(code.kappa),
        format(code.alpha),
        String(code.units),
        String(code.disagreements),
      ]);
    }
    const pooled = await row('').allInnerTexts();
    expect(pooled.slice(0, 3)).toEqual([
      format(expected.pooled.percent),
      format(expected.pooled.kappa),
      format(expected.pooled.alpha),
    ]);
    expect(await view.locator('.agreement-view__explain').innerText()).toContain("Krippendorff's alpha");
    await app.screenshot('31-agreement-table');
  });

  it('reviews the disagreements on a code side by side and resolves one', async () => {
    const page = app.page;
    const view = page.locator('.agreement-view');
    const isolation = (await app.api('codes/list', {})).find((code) => code.name === 'triple journée');
    if (!isolation) throw new Error('no code triple journée');
    const before = await app.api('agreement/disagreements', {
      coders: ['Hugo', 'Léa'],
      unit: 'segment',
      codeId: isolation.id,
    });
    expect(before.length).toBeGreaterThan(0);
    await view
      .locator('.agreement-table tr[data-code="triple journée"]')
      .getByRole('button', { name: 'Review…' })
      .click();
    const places = view.locator('.disagreement');
    await expect.poll(() => places.count()).toBe(before.length);
    const first = places.first();
    expect(await first.locator('.disagreement__side').count()).toBe(2);
    await app.screenshot('32-disagreement-review');
    await first
      .getByLabel('Note on the decision (optional)')
      .fill('Hugo a raison : pas une triple journée ici.');
    await first.getByRole('button', { name: 'Keep Hugo' }).click();
    await expect
      .poll(
        async () =>
          (
            await app.api('agreement/disagreements', {
              coders: ['Hugo', 'Léa'],
              unit: 'segment',
              codeId: isolation.id,
            })
          ).filter((place) => place.resolution === null).length,
      )
      .toBe(before.length - 1);
    const history = await app.api('history/list', { limit: 5 });
    expect(history[0]?.summary).toMatch(/Hugo|triple journée/u);
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
