import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { contrastRatio, over, parseRgb, WCAG_AA_TEXT, type Rgb } from '../../renderer/ui/contrast.ts';
import { SCREENSHOT_DIR, startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

// Issue 14, trap 10: every main view passes axe-core's WCAG 2.1 A and AA rules (colour
// contrast included, over stacked highlights and matrix cells), in English and in French.
// No rule is turned off. Each check is soft: one run reports every view's violations.

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Six codes stacked on one sentence of the French interview, all six over “pourquoi”, in
 * the darker colours the palette gives from the tenth code on (app/codes/colors.ts).
 */
const OVERLAPPING = [
  ['travail', 'On ne sait jamais pourquoi une tâche est refusée', '#9a6324'],
  ['opacité', 'On ne sait jamais pourquoi', '#800000'],
  ['incertitude', 'sait jamais pourquoi', '#808000'],
  ['refus', 'pourquoi une tâche est refusée', '#000075'],
  ['tâche', 'pourquoi une tâche', '#911eb4'],
  ['colère', 'jamais pourquoi une tâche', '#469990'],
] as const;

let app: E2eApp;
let project: SeededProject;
let context: BrowserContext;
let page: Page;

/** Runs axe on the page as it is; each violation is reported (softly: every view is checked). */
async function check(view: string): Promise<void> {
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `60-axe-${view.replaceAll(/[^\p{L}\p{N}]+/gu, '-')}.png`),
  });
  // Wait for the view to settle: nothing still loading.
  await expect.poll(() => page.locator('[aria-busy=true]').count()).toBe(0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
      violations: {
        id: string;
        impact: string | null;
        nodes: { target: string[]; failureSummary?: string }[];
      }[];
    };
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      summary: violation.nodes[0]?.failureSummary ?? '',
    }));
  }, WCAG_AA);
  expect.soft(found, view).toEqual([]);
  await checkLayout(view);
}

/**
 * What axe does not judge, on the page as it is at 1280 × 720: toolbars (the top bar, each
 * role=toolbar) on one line with no button breaking its words, and no label cut: a button,
 * tab, label, heading or table header whose text overflows its box, or a drop-down too
 * narrow for the option it shows. Exempt, because they give their whole text as tooltip and
 * accessible name: the summary after "Undo:"/"Redo:" and the project's name in the top bar.
 */
async function checkLayout(view: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const visible = (element: Element): boolean => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const name = (element: Element): string =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/u).join('.')}` : ''} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
    for (const toolbar of document.querySelectorAll('.topbar, [role=toolbar]')) {
      if (!visible(toolbar)) continue;
      const items = [...toolbar.querySelectorAll(':scope > *')].filter(visible);
      const rects = items.map((item) => item.getBoundingClientRect());
      const wrapped = rects.some((a) => rects.some((b) => a.top >= b.bottom - 1));
      if (wrapped) found.push(`toolbar wraps: ${name(toolbar)}`);
      for (const button of toolbar.querySelectorAll('button, .button')) {
        if (!visible(button)) continue;
        const style = getComputedStyle(button);
        const lines = button.getBoundingClientRect().height / Number.parseFloat(style.lineHeight || '20');
        if (lines > 2.2) found.push(`button text breaks in a toolbar: ${name(button)}`);
      }
    }
    // Also exempt: what only screen readers get, clipped to nothing on purpose.
    const exempt = (element: Element): boolean =>
      element.closest('.history-controls__label, .topbar__project, .visually-hidden') !== null;
    for (const element of document.querySelectorAll(
      'button, label, [role=tab], th, h1, h2, h3, legend, summary, .field__label',
    )) {
      if (!visible(element) || exempt(element)) continue;
      const style = getComputedStyle(element);
      if (style.overflowX === 'visible' && style.textOverflow !== 'ellipsis') continue;
      if (element.scrollWidth > element.clientWidth + 1) found.push(`text cut: ${name(element)}`);
    }
    const canvas = document.createElement('canvas').getContext('2d');
    for (const select of document.querySelectorAll('select')) {
      if (!visible(select) || !canvas) continue;
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.textContent ?? '';
      const room =
        select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      if (canvas.measureText(text).width > room + 1) found.push(`drop-down too narrow for “${text}”`);
      // base.css draws the arrow in the right padding: a rule that shrinks it puts the arrow on the text.
      if (Number.parseFloat(style.paddingRight) < 20) found.push(`drop-down arrow over “${text}”`);
    }
    return found;
  });
  expect.soft(problems, `${view}: layout at 1280 × 720`).toEqual([]);
}

interface StackSample {
  readonly text: string;
  readonly colour: string;
  readonly background: string;
  readonly layers: string[];
}

/**
 * The codings are painted with the CSS Custom Highlight API, outside the DOM, where axe does
 * not look: this samples every character of the transcript with the highlights over it,
 * to compose their colours here as the browser does and measure the text's contrast.
 */
async function highlightStacks(): Promise<StackSample[]> {
  return page.evaluate(() => {
    const rules = document.getElementById('verbatim-code-highlights')?.textContent ?? '';
    const colours = new Map(
      [...rules.matchAll(/::highlight\(([\w-]+)\) \{ background-color: (rgba\([^)]*\))/gu)].map(
        (match) => [match[1] ?? '', match[2] ?? ''] as const,
      ),
    );
    const root = document.querySelector('.transcript__text');
    if (!root) return [];
    const backgroundOf = (element: Element | null): string => {
      for (let current = element; current; current = current.parentElement) {
        const colour = getComputedStyle(current).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const samples = new Map<string, StackSample>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const colour = element ? getComputedStyle(element).color : 'rgb(0, 0, 0)';
      const background = backgroundOf(element);
      const length = node.textContent?.length ?? 0;
      for (let offset = 0; offset < length; offset++) {
        const layers: string[] = [];
        for (const [name, highlight] of CSS.highlights) {
          const layer = colours.get(name);
          if (!layer) continue;
          for (const range of highlight as unknown as Iterable<Range>) {
            if (range.comparePoint(node, offset) === 0 && range.comparePoint(node, offset + 1) === 0) {
              layers.push(layer);
              break;
            }
          }
        }
        const key = `${colour}|${background}|${layers.join('|')}`;
        if (!samples.has(key))
          samples.set(key, {
            text: node.textContent?.slice(offset, offset + 12) ?? '',
            colour,
            background,
            layers,
          });
      }
    }
    return [...samples.values()];
  });
}

function rgbaOf(colour: string): { rgb: Rgb; alpha: number } {
  const rgb = parseRgb(colour);
  if (!rgb) throw new Error(`unreadable colour ${colour}`);
  const alpha = /rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)/u.exec(colour)?.[1];
  return { rgb, alpha: alpha === undefined ? 1 : Number(alpha) };
}

/** The lowest contrast of the transcript's text over its stacked highlights, and where. */
async function checkHighlightContrast(view: string): Promise<void> {
  const samples = await highlightStacks();
  // The six codes really stack somewhere: the check is not vacuous.
  expect(Math.max(...samples.map((sample) => sample.layers.length))).toBeGreaterThanOrEqual(6);
  const failing = samples
    .map((sample) => {
      const composed = sample.layers.reduce(
        (below, layer) => over(rgbaOf(layer).rgb, rgbaOf(layer).alpha, below),
        rgbaOf(sample.background).rgb,
      );
      return { ...sample, ratio: contrastRatio(rgbaOf(sample.colour).rgb, composed) };
    })
    .filter((sample) => sample.ratio < WCAG_AA_TEXT)
    .map(({ text, layers, ratio }) => `${ratio.toFixed(2)}:1 at “${text}” under ${layers.length} highlights`);
  expect.soft(failing, view).toEqual([]);
}

async function setLanguage(language: 'en' | 'fr'): Promise<void> {
  await page.evaluate((value) => localStorage.setItem('verbatim.language', value), language);
  await page.reload();
}

async function openWorkspace(): Promise<void> {
  await page.reload();
  const documents = new DocumentsPane(page);
  await documents.root.waitFor();
  await documents.open(project.french.name);
  await new TranscriptPane(page).segments.first().waitFor();
}

async function centreTab(view: string): Promise<void> {
  await page.locator(`#centre-tab-${view}`).click();
}

beforeAll(async () => {
  app = await startApp('accessibility');
  project = await seedProject(app);
  const { french, timestamped } = project;
  for (const [name, , color] of OVERLAPPING) await app.api('codes/create', { name, color });
  await app.api('codings/create', {
    items: [
      ...OVERLAPPING.map(([codeName, quote]) => ({
        documentId: french.id,
        ...rangeOf(french, quote),
        codeName,
      })),
      {
        documentId: french.id,
        ...rangeOf(french, "si c'est éthique de nous payer si peu"),
        codeName: 'éthique',
      },
      {
        documentId: timestamped.id,
        ...rangeOf(timestamped, 'Nobody explains why a task is rejected'),
        codeName: 'opacité',
      },
    ],
  });
  const gender = await app.api('attributes/create', {
    name: 'Genre',
    type: 'choice',
    choices: ['Femme', 'Homme'],
  });
  const marie = await app.api('cases/create', { name: 'Marie', documentIds: [french.id] });
  const paul = await app.api('cases/create', { name: 'Paul', documentIds: [timestamped.id] });
  await app.api('cases/setValue', { caseId: marie.id, attributeId: gender.id, value: 'Femme' });
  await app.api('cases/setValue', { caseId: paul.id, attributeId: gender.id, value: 'Homme' });
  // axe is injected as a script tag, which the interface's CSP refuses by design.
  context = await app.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  await page.goto(app.server.url);
});

afterAll(async () => {
  await context?.close();
  await app?.close();
});

describe.each(['en', 'fr'] as const)('axe-core, WCAG 2.1 AA, in %s', (language) => {
  it('checks the start page', async () => {
    await app.api('project/close', {});
    await setLanguage(language);
    await page.locator('main.start').waitFor();
    await check(`${language} start page`);
    await app.api('project/open', { path: project.path });
  });

  it('checks the workspace: transcript with stacked codes, codebook, excerpts', async () => {
    await openWorkspace();
    await check(`${language} workspace, overlapping codes`);
    await checkHighlightContrast(`${language} stacked highlights`);
    await page.locator('.code-tree').getByText('opacité', { exact: true }).click();
    await page.locator('.right-panel .excerpt').first().waitFor();
    await check(`${language} workspace, excerpts of a code`);
  });

  it('checks the right panel’s co-occurrence and history', async () => {
    await page.locator('#tab-cooccurrence').click();
    await page.locator('.right-panel .cooccurrence').waitFor();
    await check(`${language} co-occurrence panel`);
    await page.locator('#tab-history').click();
    await page.locator('.right-panel .history').first().waitFor();
    await check(`${language} history`);
  });

  it('checks the analysis views: cases, heatmap, matrices, search, agreement', async () => {
    await centreTab('cases');
    await page.locator('#centre-tab-cases[aria-selected=true]').waitFor();
    await check(`${language} cases`);
    await centreTab('heatmap');
    await page.locator('svg.heatmap').waitFor();
    await check(`${language} heatmap`);
    // The coefficient rather than the count: "Coefficient c" in French, the longest option.
    await page.locator('.heatmap-view select').nth(1).selectOption('c');
    await check(`${language} heatmap, coefficient`);
    await centreTab('matrices');
    // Codes × an attribute, counts and row percentages: the cells are tinted by value.
    const matrix = page.locator('.matrix-view');
    await matrix.locator('select').first().selectOption('attribute');
    await matrix.locator('table.matrix').waitFor();
    // Codings, as row percentages: 50 % cells are mid-blue, where a fixed text colour fails.
    await matrix.locator('select').nth(2).selectOption('codings');
    await matrix.locator('select').nth(3).selectOption('row');
    // "50%" in English, "50 %" in French.
    await expect
      .poll(async () => (await matrix.locator('table.matrix td').allInnerTexts()).join(' '))
      .toMatch(/\b50\s?%/u);
    await check(`${language} matrices`);
    await centreTab('search');
    await check(`${language} search`);
    await centreTab('agreement');
    await check(`${language} agreement`);
  });

  it('checks the export dialog', async () => {
    await centreTab('transcript');
    await page.locator('#tab-excerpts').click();
    await page.locator('.export__buttons button').first().click();
    await page.locator('dialog.paper-export').waitFor();
    await check(`${language} export dialog`);
    await page.keyboard.press('Escape');
    await page.locator('dialog.paper-export').waitFor({ state: 'detached' });
  });
});
