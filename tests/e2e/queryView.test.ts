import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/tempDir.ts';
import { startApp, type E2eApp } from './support/app.ts';

/**
 * The Query view on the French corpus of ../shared/corpus (read from there, never copied),
 * coded with the four themes: each turn holding one of a theme's words is coded with it.
 */
const CORPUS = join(repoRoot, '..', 'shared', 'corpus');
const FILES = ['fr_artisans_entretien-24.10.03-01.derived.txt', 'fr_artisans_entretien-25.01.08.derived.txt'];
// Words of these transcripts (artisans at work), so that each theme codes some turns.
const THEMES: Readonly<Record<string, RegExp>> = {
  opacité: /client|sais pas|comprend/iu,
  isolement: /seul/iu,
  'triple journée': /journée|soir|temps/iu,
  éthique: /bien fait|métier|travail bien/iu,
};

let app: E2eApp;

beforeAll(async () => {
  app = await startApp('query-view', { locale: 'fr-FR' });
  await app.api('project/create', { path: join(app.dir, 'artisans.verbatim') });
  const report = await app.api('documents/importFiles', {
    files: FILES.map((name) => ({ name, base64: readFileSync(join(CORPUS, name)).toString('base64') })),
  });
  expect(report.imported).toHaveLength(FILES.length);
  for (const imported of report.imported) {
    const document = await app.api('documents/get', { id: imported.id });
    const items = Object.entries(THEMES).flatMap(([codeName, pattern]) =>
      document.segments
        .filter((segment) => pattern.test(document.text.slice(segment.start, segment.end)))
        .map((segment) => ({ documentId: document.id, start: segment.start, end: segment.end, codeName })),
    );
    await app.api('codings/create', { items });
  }
  await app.page.setViewportSize({ width: 1280, height: 720 });
  await app.page.goto(app.server.url);
  await app.page.locator('section.documents').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('the Query view', () => {
  it('runs a typed query with code completion, shows its excerpts and counts, and saves it', async () => {
    const page = app.page;
    await page.getByRole('tab', { name: 'Requête' }).click();
    const field = page.getByLabel('Requête', { exact: true });
    await field.fill('"triple journée" FOLLOWED BY opa');
    await page.keyboard.press('Tab');
    await expect.poll(() => field.inputValue()).toBe('"triple journée" FOLLOWED BY opacité ');
    await field.press('End');
    await page.keyboard.type('WITHIN 2 TURNS');
    await page.keyboard.press('Enter');

    const expected = await app.api('queries/run', {
      expression: '"triple journée" FOLLOWED BY opacité WITHIN 2 TURNS',
    });
    expect(expected.count).toBeGreaterThan(0);
    const view = page.locator('.query-view');
    await expect
      .poll(() => view.locator('.query-view__total').textContent())
      .toContain(`${expected.count} résultat`);
    expect(await view.locator('.excerpt').count()).toBe(expected.count);
    const perDocument = view.locator('.query-view__counts').first();
    expect(await perDocument.locator('tbody tr').count()).toBe(expected.documents.length);

    await view.getByLabel('Enregistrer sous').fill('Journée puis opacité');
    await view.getByRole('button', { name: 'Enregistrer la requête' }).click();
    await view.getByRole('button', { name: 'Lancer «\u202fJournée puis opacité\u202f»' }).waitFor();
    expect((await app.api('queries/list', {})).map((saved) => saved.name)).toEqual(['Journée puis opacité']);
    await app.screenshot('40-query-view');
    await view.locator('.excerpt').last().scrollIntoViewIfNeeded();
    await app.screenshot('41-query-results');
  });

  it('says under the query why it does not parse, and the other tabs stay clear', async () => {
    const page = app.page;
    await page.getByRole('tab', { name: 'Requête' }).click();
    const field = page.getByLabel('Requête', { exact: true });
    // A code name of two words, unquoted, as one would type it.
    await field.fill('triple journée AND isolement');
    await field.press('Enter');
    const view = page.locator('.query-view');
    await expect.poll(() => view.getByRole('alert').innerText()).toContain('Saisie invalide');
    // Why, in French, where it goes wrong.
    expect(await view.getByRole('alert').innerText()).toContain(
      'Au caractère 8, un opérateur était attendu, pas «\u202fjournée\u202f»',
    );
    expect(await view.getByText('Chargement…').count()).toBe(0);
    // A code that does not exist (renamed, say) is named, not a bare «Introuvable».
    await field.fill('"opacité du travail" AND isolement');
    await field.press('Enter');
    await expect
      .poll(() => view.getByRole('alert').innerText())
      .toContain('Aucun code ne s’appelle «\u202fopacité du travail\u202f» (caractère 1)');
    await field.fill('triple journée AND isolement');
    await field.press('Enter');
    // Not in the workspace's banner, which would stay over the other tabs.
    await page.getByRole('tab', { name: 'Matrices' }).click();
    await page.locator('.query-view').waitFor({ state: 'detached' });
    expect(await page.locator('.error-notice').count()).toBe(0);
    await page.getByRole('tab', { name: 'Requête' }).click();
  });

  it('builds the same expression from the builder, and codes the results in one undoable step', async () => {
    const page = app.page;
    const view = page.locator('.query-view');
    const field = page.getByLabel('Requête', { exact: true });
    await field.fill('');
    await view.getByText('Construire', { exact: true }).click();
    await view.getByLabel('Premier code').selectOption('éthique');
    await view.getByLabel('Opérateur').selectOption('NEAR');
    await view.getByLabel('Second code').selectOption('opacité');
    await view.getByLabel('à moins de').fill('200');
    await view.getByRole('button', { name: 'Écrire la requête' }).click();
    expect(await field.inputValue()).toBe('éthique NEAR opacité WITHIN 200');
    await view.getByRole('button', { name: 'Lancer', exact: true }).click();
    const result = await app.api('queries/run', { expression: 'éthique NEAR opacité WITHIN 200' });
    await expect
      .poll(() => view.locator('.query-view__total').textContent())
      .toContain(`${result.count} résultat`);
    expect(result.count).toBeGreaterThan(0);

    await view.getByLabel('Nouveau code pour les résultats').fill('éthique et prix');
    await view.getByRole('button', { name: 'Coder les résultats comme…' }).click();
    await view.getByText(`${result.count} passage`).first().waitFor();
    const made = (await app.api('codes/list', {})).find((code) => code.name === 'éthique et prix');
    expect(made).toBeDefined();
    await app.api('history/undo', {});
    expect((await app.api('codes/list', {})).some((code) => code.name === 'éthique et prix')).toBe(false);
  });
});
