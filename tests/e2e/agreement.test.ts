import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementFigures } from '../../app/contract/index.ts';
import { formatCoefficient } from '../../renderer/analysis/formatCoefficient.ts';
import { AgreementView } from './pages/AgreementView.ts';
import { HistoryPane } from './pages/HistoryPane.ts';
import { TopBar } from './pages/TopBar.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;
let view: AgreementView;

const CODERS = ['Hugo', 'Léa'];

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
  view = new AgreementView(app.page);
});

afterAll(async () => {
  await app?.close();
});

/** The five figures of a row as the table should show them in `language`. */
function shown(figures: AgreementFigures, language = 'en'): string[] {
  return [
    formatCoefficient(figures.percent, language),
    formatCoefficient(figures.kappa, language),
    formatCoefficient(figures.alpha, language),
    String(figures.units),
    String(figures.disagreements),
  ];
}

async function tripleJourneeId(): Promise<number> {
  const code = (await app.api('codes/list', {})).find((item) => item.name === 'triple journée');
  if (!code) throw new Error('no code «triple journée»');
  return code.id;
}

describe('inter-coder agreement', () => {
  it('computes agreement for two coders, as the backend does, with the formulas explained', async () => {
    await app.page.getByRole('tab', { name: 'Agreement' }).click();
    await view.compute('segment');
    const expected = await app.api('agreement/compute', { coders: CODERS, unit: 'segment' });
    expect(expected.codes.map((code) => code.name).sort()).toEqual([
      'isolement',
      'opacité',
      'triple journée',
    ]);
    for (const code of expected.codes) {
      await expect.poll(() => view.figures(code.name)).toEqual(shown(code));
    }
    expect(await view.figures('')).toEqual(shown(expected.pooled));
    const explanation = await view.explanation.innerText();
    expect(explanation).toContain("Krippendorff's alpha");
    expect(explanation).toContain('Each speaker turn');
    await app.screenshot('31-agreement-table');
  });

  it('shows "—" with its reason for a figure that cannot be computed', async () => {
    await view.compute('document');
    const expected = await app.api('agreement/compute', { coders: CODERS, unit: 'document' });
    // One document compared: one unit per code, so kappa and alpha are undefined somewhere.
    const withNull = expected.codes.find((code) => code.kappa === null || code.alpha === null);
    if (!withNull) throw new Error('expected a code with an undefined figure');
    await expect.poll(() => view.figures(withNull.name)).toEqual(shown(withNull));
    expect(await view.reasons(withNull.name)).toEqual([
      withNull.percent === null ? (withNull.reasons.percent ?? '') : '',
      withNull.kappa === null ? (withNull.reasons.kappa ?? '') : '',
      withNull.alpha === null ? (withNull.reasons.alpha ?? '') : '',
    ]);
    expect((await view.reasons(withNull.name)).some((reason) => reason.length > 0)).toBe(true);
    expect(await view.explanation.innerText()).toContain('Each document is a unit');
  });

  it('reviews the disagreements on a code side by side and resolves one', async () => {
    await view.compute('segment');
    const codeId = await tripleJourneeId();
    const query = { coders: CODERS, unit: 'segment' as const, codeId };
    const before = await app.api('agreement/disagreements', query);
    expect(before).toHaveLength(1);
    await expect.poll(() => view.figures('triple journée')).toContain('1');
    await view.review('triple journée');
    await expect.poll(() => view.places.count()).toBe(before.length);
    const place = view.places.first();
    expect(await place.locator('.disagreement__side').allInnerTexts()).toEqual([
      'Hugo\nnot coded here',
      'Léa\npuis le ménage',
    ]);
    expect(await place.locator('.disagreement__where').innerText()).toBe('entretien-marie · Marie');
    await app.screenshot('32-disagreement-review');

    await place
      .getByLabel('Note on the decision (optional)')
      .fill('Hugo a raison : pas une triple journée ici.');
    await place.getByRole('button', { name: 'Keep Hugo' }).click();
    // The place stays listed with its decision; the backend removed Léa's coding.
    await expect
      .poll(() => place.getByRole('status').innerText())
      .toBe('Decided: Keep Hugo — Hugo a raison : pas une triple journée ici.');
    expect(await app.api('codings/excerptsOfCode', { codeId })).toEqual([]);
    expect(await app.api('agreement/disagreements', query)).toEqual([]);
    const history = await app.api('history/list', { limit: 5 });
    expect(history[0]?.summary).toMatch(/Hugo|triple journée/u);
    // The figures follow.
    const after = await app.api('agreement/compute', { coders: CODERS, unit: 'segment' });
    expect(after.pooled.disagreements).toBe(0);
    await expect.poll(() => view.figures('')).toEqual(shown(after.pooled));

    // Undo brings the disagreement back, open for a decision again; redo settles it again.
    const controls = new HistoryPane(app.page);
    await controls.undoButton.click();
    await expect.poll(async () => (await app.api('agreement/disagreements', query)).length).toBe(1);
    await expect.poll(() => place.getByRole('button', { name: 'Keep Hugo' }).count()).toBe(1);
    expect(await place.getByRole('status').count()).toBe(0);
    await controls.redoButton.click();
    await expect.poll(async () => (await app.api('agreement/disagreements', query)).length).toBe(0);
  });

  it('shows the numbers and the explanations in French', async () => {
    const topBar = new TopBar(app.page);
    await topBar.switchLanguage('fr');
    const expected = await app.api('agreement/compute', { coders: CODERS, unit: 'segment' });
    await expect.poll(() => view.figures('')).toEqual(shown(expected.pooled, 'fr'));
    expect((await view.figures(''))[0]).toMatch(/^\d,\d{3}$/u);
    expect(await view.explanation.innerText()).toContain('Alpha de Krippendorff');
    await topBar.switchLanguage('en');
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
