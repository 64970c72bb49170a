import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFileName, type Code } from '../../app/contract/index.ts';
import { CodebookPane } from './pages/CodebookPane.ts';
import { RightPanel } from './pages/RightPanel.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;
let panel: RightPanel;
let codebook: CodebookPane;

/**
 * A known setup. opacité (A) has 3 codings, éthique (B) 3, isolement (C) 1.
 * A and B overlap twice (once in each document) and touch once (not counted);
 * B and C overlap once; A and C never meet.
 * So count(A,B) = 2 and c = 2 / (3 + 3 − 2) = 0.5; count(B,C) = 1 and c = 1 / (3 + 1 − 1) = 1/3.
 */
const A1 = 'On ne sait jamais pourquoi une tâche est refusée';
const B1 = "pourquoi une tâche est refusée. C'est opaque";
const A2 = 'Je commence tôt';
const B2 = ', avant que les enfants';
const A3 = 'Nobody explains why a task is rejected';
const B3 = 'why a task';
const C1 = "C'est opaque, et je me demande";

async function codeNamed(name: string): Promise<Code> {
  const code = (await app.api('codes/list', {})).find((candidate) => candidate.name === name);
  if (!code) throw new Error(`no code named ${name}`);
  return code;
}

function findRow(table: string[][], a: string, b: string): string[] | undefined {
  return table.find((row) => (row[0] === a && row[1] === b) || (row[0] === b && row[1] === a));
}

beforeAll(async () => {
  app = await startApp('analysis');
  project = await seedProject(app);
  const { french, timestamped } = project;
  const item = (document: typeof french, quote: string, codeName: string) => ({
    documentId: document.id,
    ...rangeOf(document, quote),
    codeName,
  });
  // Touching, not overlapping: A2 ends exactly where B2 starts.
  expect(rangeOf(french, A2).end).toBe(rangeOf(french, B2).start);
  await app.api('codings/create', {
    items: [
      item(french, A1, 'opacité'),
      item(french, B1, 'éthique'),
      item(french, A2, 'opacité'),
      item(french, B2, 'éthique'),
      item(timestamped, A3, 'opacité'),
      item(timestamped, B3, 'éthique'),
      item(french, C1, 'isolement'),
    ],
  });
  panel = new RightPanel(app.page);
  codebook = new CodebookPane(app.page);
  await app.page.goto(app.server.url);
  await codebook.item('opacité').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('co-occurrence', () => {
  it('states the definition and shows count and c for each pair', async () => {
    await panel.showCooccurrence();
    const definition = await panel.definition.innerText();
    expect(definition).toContain('same document');
    expect(definition).toContain('overlap');
    expect(definition).toContain('only touch do not count');
    expect(definition).toContain('c = count / (n_a + n_b − count)');
    await expect.poll(() => panel.cooccurrenceRows.count()).toBeGreaterThanOrEqual(2);
    const table = await panel.cooccurrenceTable();
    expect(findRow(table, 'opacité', 'éthique')?.slice(2)).toEqual(['2', '0.500']);
    expect(findRow(table, 'éthique', 'isolement')?.slice(2)).toEqual(['1', '0.333']);
    const never = findRow(table, 'opacité', 'isolement');
    if (never) expect(never[2]).toBe('0');
    await app.screenshot('07-cooccurrence');
  });

  it('drills down from a row to both excerpts of each co-occurrence', async () => {
    const a = await codeNamed('opacité');
    const b = await codeNamed('éthique');
    await panel.cooccurrenceRows.filter({ hasText: 'opacité' }).filter({ hasText: 'éthique' }).click();
    await expect.poll(() => panel.drilldown.locator('.drilldown__instance').count()).toBe(2);
    const pairs = await panel.drilldown
      .locator('.drilldown__instance')
      .evaluateAll((instances) =>
        instances.map((instance) =>
          [...instance.querySelectorAll('.excerpt__quote')].map((quote) => quote.textContent ?? '').sort(),
        ),
      );
    expect(pairs.sort()).toEqual([[A1, B1].sort(), [A3, B3].sort()].sort());
    // The same as the backend's own drill-down.
    const instances = await app.api('analysis/cooccurrenceExcerpts', {
      scope: 'overlap',
      codeA: a.id,
      codeB: b.id,
    });
    expect(instances).toHaveLength(2);
    await app.screenshot('08-cooccurrence-drilldown');
  });

  it('drills down with the keyboard (Enter on a row)', async () => {
    const row = panel.cooccurrenceRows.filter({ hasText: 'isolement' }).filter({ hasText: 'éthique' });
    await row.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => panel.drilldown.locator('h4').innerText()).toMatch(/isolement|éthique/);
    expect(await panel.drilldown.locator('h4').innerText()).toContain('isolement');
    await expect.poll(() => panel.drilldown.locator('.drilldown__instance').count()).toBe(1);
    const quotes = await panel.drilldown.locator('.excerpt__quote').allInnerTexts();
    expect(quotes.sort()).toEqual([B1, C1].sort());
  });

  it('opens a drilled-down excerpt in its document', async () => {
    await panel.drilldown.locator('.excerpt').filter({ hasText: C1 }).click();
    const transcript = new TranscriptPane(app.page);
    await expect.poll(() => transcript.title.innerText()).toBe(project.french.name);
    await expect.poll(() => transcript.selectedText()).toBe(C1);
  });
});

describe('Markdown export', () => {
  it('downloads the excerpts of all codes, as the backend writes them', async () => {
    // The seeded interview names "Marie": the scan before export says so first.
    const { download, content } = await panel.exportMarkdown(0, async (warning) => {
      expect(await warning.innerText()).toMatch(
        /likely identifiers? remains? in what this export writes: .*Marie/u,
      );
      await app.screenshot('14-export-identifier-warning');
    });
    const expected = await app.api('exports/excerpts', { format: 'md', language: 'en', quoteMarks: true });
    expect(download.suggestedFilename()).toBe(expected.fileName);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    expect(content).toBe(expected.content);
    expect(content).toContain('# Coded excerpts');
    for (const heading of ['## opacité', '## éthique', '## isolement']) expect(content).toContain(heading);
    expect(content).toContain(A3);
  });

  it('downloads the excerpts of the selected code only', async () => {
    await codebook.select('isolement');
    // Export excerpts…, Export excerpts of «isolement»…, Export codebook…
    await expect.poll(() => panel.exportButtons.count()).toBe(3);
    // Grouped by document, as the dialog reopens after an export of all codes so grouped:
    // the file and its title still name the code.
    const { download, path } = await panel.exportExcerpts(
      1,
      async (dialog) => {
        await dialog.getByLabel('Format', { exact: true }).selectOption('md');
        await dialog.getByLabel('Group by', { exact: true }).selectOption('document');
      },
      async (warning) => {
        expect(await warning.getByRole('button', { name: 'Export anyway' }).isVisible()).toBe(true);
      },
    );
    const content = await readFile(path, 'utf8');
    const project = await app.api('project/current', {});
    const name = project?.name ?? '';
    expect(download.suggestedFilename()).toBe(exportFileName(name, { name: 'isolement' }, 'en', 'md'));
    expect(content.split('\n')[0]).toBe(`# Coded excerpts of “isolement” — ${name}`);
    expect(content).not.toContain('opacité');
    expect(content).not.toContain('éthique');
    expect(content).toContain('et je me demande');
    // The panel says the file is saved, until the next export begins.
    const notice = panel.root.locator('.export > p[role=status]');
    await expect.poll(() => notice.innerText()).toMatch(/^Saved .+\.md$/u);
    await panel.exportButtons.nth(1).click();
    await panel.exportDialog.waitFor();
    expect(await notice.count()).toBe(0);
    await app.page.keyboard.press('Escape');
    await panel.exportDialog.waitFor({ state: 'detached' });
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
