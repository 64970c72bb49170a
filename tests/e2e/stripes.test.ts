import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject } from './support/seed.ts';

let app: E2eApp;
let transcript: TranscriptPane;

const OPACITY = 'On ne sait jamais pourquoi une tâche est refusée';
const ETHICS = "une tâche est refusée. C'est opaque, et je me demande si c'est éthique";
const ISOLATION = 'Non, je suis seule devant mon écran.';

beforeAll(async () => {
  app = await startApp('stripes');
  const project = await seedProject(app);
  await app.api('codings/create', {
    items: [
      { documentId: project.french.id, ...rangeOf(project.french, OPACITY), codeName: 'opacité' },
      { documentId: project.french.id, ...rangeOf(project.french, ETHICS), codeName: 'éthique' },
      { documentId: project.french.id, ...rangeOf(project.french, ISOLATION), codeName: 'isolement' },
    ],
  });
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open('entretien-marie');
  transcript = new TranscriptPane(app.page);
  await transcript.segments.first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('coding stripes', () => {
  it('draws one bar per coding beside the text, overlapping ones side by side', async () => {
    const stripes = app.page.locator('.stripe');
    await expect.poll(() => stripes.count()).toBe(3);
    const box = async (code: string) => {
      const found = await app.page.locator(`.stripe[data-code="${code}"]`).boundingBox();
      if (!found) throw new Error(`no stripe for ${code}`);
      return found;
    };
    const opacity = await box('opacité');
    const ethics = await box('éthique');
    const isolation = await box('isolement');
    // Opacity and ethics overlap in height: two columns. Isolation is alone, further down.
    expect(opacity.x).not.toBe(ethics.x);
    expect(isolation.y).toBeGreaterThan(opacity.y + opacity.height);
    const text = await transcript.text.boundingBox();
    expect(opacity.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
    expect(await app.page.locator('.stripe[data-code="opacité"] .stripe__name').innerText()).toBe('opacité');
    await app.screenshot('24-coding-stripes');
  });

  it('brightens the passage of a hovered bar and selects it on click', async () => {
    const bar = app.page.locator('.stripe[data-code="isolement"]');
    await bar.hover();
    await expect
      .poll(() =>
        app.page.evaluate(() => {
          const highlight = CSS.highlights.get('verbatim-stripe-hover');
          return highlight ? [...highlight].map((range) => range.toString()) : [];
        }),
      )
      .toEqual([ISOLATION]);
    await bar.click();
    await expect.poll(() => transcript.selectedText()).toBe(ISOLATION);
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
