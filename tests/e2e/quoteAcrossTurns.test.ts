import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodebookPane } from './pages/CodebookPane.ts';
import { RightPanel } from './pages/RightPanel.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject } from './support/seed.ts';

let app: E2eApp;
let panel: RightPanel;
let codebook: CodebookPane;

// From the interviewer's question into Marie's answer (interview-02, turns 2 and 3).
const QUESTION = 'Why at night?';
const ANSWER = 'Because the day is already full';

beforeAll(async () => {
  app = await startApp('quote-turns');
  const { timestamped } = await seedProject(app);
  await app.api('codings/create', {
    items: [
      {
        documentId: timestamped.id,
        start: rangeOf(timestamped, QUESTION).start,
        end: rangeOf(timestamped, ANSWER).end,
        codeName: 'night work',
      },
    ],
  });
  panel = new RightPanel(app.page);
  codebook = new CodebookPane(app.page);
  await app.page.goto(app.server.url);
  await codebook.item('night work').waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('the excerpt list, for a quote across turns', () => {
  it('shows each speaker’s part after that speaker’s name, and cites both', async () => {
    await codebook.select('night work');
    await expect.poll(() => panel.excerpts.count()).toBe(1);
    const excerpt = panel.excerpts.first();
    expect(await excerpt.locator('.excerpt__turn').allInnerTexts()).toEqual([
      `Interviewer: ${QUESTION}`,
      `Marie: ${ANSWER}`,
    ]);
    expect(await excerpt.locator('.excerpt__speaker').allInnerTexts()).toEqual(['Interviewer:', 'Marie:']);
    const source = await excerpt.locator('.excerpt__source').innerText();
    expect(source).toContain('Interviewer / Marie');
    expect(source).toContain('00:13:05–00:13:10');
    expect(source).toContain('turns 2–3');
    await app.screenshot('quote-across-turns');
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
