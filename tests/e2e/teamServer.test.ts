import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../app/session.ts';
import { startWebServer, type RunningWebServer } from '../../main/web/server.ts';
import { ADMIN_PASSWORD, ADMIN_USER, POSTGRESQL, useCluster } from '../support/postgresCluster.ts';
import { missingTool } from '../support/requiredTool.ts';
import { call, memoryRecent } from '../support/session.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { TopBar } from './pages/TopBar.ts';
import { TranscriptPane } from './pages/TranscriptPane.ts';
import { SCREENSHOT_DIR, startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

// The Team panel against a real throwaway PostgreSQL (skipped with the reason when its
// binaries are missing, failing on CI): the lead publishes and adds a member from the
// panel; a second coder joins from a second web shell's start screen and codes; the lead's
// open project shows the new coding without a reload.

const cluster = useCluster();
const DATABASE = 'e2e_team';
const ALICE_PASSWORD = 'alice-secret';

let app: E2eApp;
let project: SeededProject;
/** The second coder's web shell: its own backend session, a page in the same browser. */
let second: {
  session: ProjectSession;
  server: RunningWebServer;
  context: BrowserContext;
  page: Page;
  dir: string;
};

const serverUrl = (member: string): string =>
  `postgresql://${member}@127.0.0.1:${cluster().port}/${DATABASE}`;

/** The page's sidebar must not scroll sideways: nothing in the Team panel overflows it. */
async function expectNoOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.sidebar, .team-panel, .team-server, dialog[open]')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.className),
  );
  expect(overflow).toEqual([]);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

beforeAll(async () => {
  // Without PostgreSQL each test skips itself with the reason (useCluster).
  if (missingTool(POSTGRESQL) !== null) return;
  await cluster().createDatabase(DATABASE);
  app = await startApp('team-server', { teamBackground: true });
  project = await seedProject(app);
  // The lead's codebook: a coder codes with it (a code a coder creates is a proposal).
  await app.api('codes/create', { name: 'accueil' });
  await app.page.goto(app.server.url);
  await new DocumentsPane(app.page).open('entretien-marie');
  await new TranscriptPane(app.page).segments.first().waitFor();
}, 240_000);

afterAll(async () => {
  await second?.context.close();
  await second?.server.close();
  second?.session.close();
  await app?.close();
});

describe('team server from the Team panel', () => {
  it('publishes the project and adds a member', async () => {
    const { page } = app;
    const panel = page.locator('section.team-panel');
    // French first: the dialog's words, looked at before publishing.
    await new TopBar(page).switchLanguage('fr');
    await panel.getByRole('button', { name: 'Publier sur un serveur d’équipe…' }).click();
    const frDialog = page.getByRole('dialog', { name: 'Publier ce projet sur un serveur d’équipe' });
    await frDialog.getByLabel('Adresse du serveur').fill(serverUrl(ADMIN_USER));
    await expectNoOverflow(page);
    await shoot(page, '60-team-publish-fr');
    await frDialog.getByRole('button', { name: 'Annuler' }).click();
    await new TopBar(page).switchLanguage('en');

    await panel.getByRole('button', { name: 'Publish to a team server…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this project to a team server' });
    await dialog.getByLabel('Server address').fill(serverUrl(ADMIN_USER));
    await dialog.getByLabel('Password').fill(ADMIN_PASSWORD);
    // The web shell says where the password goes.
    expect(await dialog.innerText()).toContain('kept in memory for this session only');
    await shoot(page, '60-team-publish-en');
    await dialog.getByRole('button', { name: 'Publish' }).click();

    const server = panel.locator('section.team-server');
    await expect
      .poll(() => server.locator('.team-server__connection').innerText(), { timeout: 60_000 })
      .toMatch(/^Online/u);
    expect(await server.innerText()).toContain('No local change waiting');

    await server.getByText('Add a member').click();
    await server.getByLabel('Login (lower-case letters, digits, _)').fill('alice');
    await server.getByLabel('Role').selectOption('coder');
    // Her codings: new ones by default; the project's coders could be given to her instead.
    const theirCodings = server.getByLabel('Their codings');
    expect(await theirCodings.inputValue()).toBe('');
    expect(await theirCodings.locator('option').allInnerTexts()).toEqual([
      'New (none yet)',
      ...(await app.api('coders/list', {})).map((coder) => `Those of ${coder.name} (${coder.codings})`),
    ]);
    await server.getByLabel('Their password (8 characters or more)').fill(ALICE_PASSWORD);
    await server.getByRole('button', { name: 'Add', exact: true }).click();
    const members = server.locator('.team-members__item');
    await expect
      .poll(() => members.allInnerTexts(), { timeout: 60_000 })
      .toContainEqual(expect.stringMatching(/^alice\ncoder/u));
  }, 180_000);

  it('a coder joins from another web shell; her coding appears in the lead’s open project', async () => {
    const dir = makeTempDir('e2e-team-alice');
    const session = new ProjectSession({
      recent: memoryRecent(),
      defaultCoder: 'alice',
      teamBackground: true,
    });
    const server = await startWebServer({
      session,
      staticDir: join(repoRoot, 'out', 'renderer'),
      projectDir: dir,
    });
    const context = await app.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    second = { session, server, context, page, dir };
    await page.goto(server.url);

    await page.getByRole('button', { name: 'Rejoindre un projet d’équipe…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rejoindre un projet d’équipe' });
    await dialog.getByLabel('Adresse du serveur').fill(serverUrl('alice'));
    await dialog.getByLabel('Mot de passe').fill(ALICE_PASSWORD);
    await dialog.locator('input[name=name]').fill('alice');
    await expect.poll(() => dialog.locator('.new-project__target').innerText()).toContain('alice.verbatim');
    await expectNoOverflow(page);
    await shoot(page, '61-team-join-fr');
    await dialog.getByRole('button', { name: 'Rejoindre', exact: true }).click();
    await expect.poll(() => page.locator('.topbar__project').innerText(), { timeout: 60_000 }).toBe('alice');
    expect(await call(session, 'team/status', {})).toMatchObject({
      linked: true,
      member: 'alice',
      role: 'coder',
    });

    // The lead's transcript, scrolled: a pull must not move it, nor reload the page.
    const lead = app.page;
    await lead.evaluate(() => Object.assign(window, { e2eNoReload: true }));
    // A short window, so that the short transcript scrolls.
    await lead.setViewportSize({ width: 1280, height: 480 });
    const scroller = lead.locator('.transcript__scroll');
    await scroller.evaluate((element) => element.scrollTo({ top: 120 }));
    const scrolledTo = await scroller.evaluate((element) => element.scrollTop);
    expect(scrolledTo).toBeGreaterThan(0);
    // …nor drop what the lead has selected (words of a turn Alice does not code).
    const selectText = (): string => {
      const turn = [...document.querySelectorAll('.transcript__scroll [data-start]')].at(-1);
      const text = turn ? document.createTreeWalker(turn, NodeFilter.SHOW_TEXT).nextNode() : null;
      const selection = window.getSelection();
      if (!text || !selection) return '';
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(8, text.textContent?.length ?? 0));
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    };
    const selected = await lead.evaluate(selectText);
    expect(selected.length).toBeGreaterThan(0);

    // Alice codes in her copy (the same document, by GUID in her project).
    const aliceDocs = await call(session, 'documents/list', {});
    const aliceDoc = aliceDocs.find((document) => document.name === project.french.name);
    const detail = await call(session, 'documents/get', { id: aliceDoc?.id ?? 0 });
    const code = (await call(session, 'codes/list', {})).find((candidate) => candidate.name === 'accueil');
    await call(session, 'codings/create', {
      items: [{ documentId: detail.id, ...rangeOf(detail, 'Bonjour'), codeId: code?.id ?? 0 }],
    });

    // The lead's open project shows it without a reload: the coder filter offers Alice,
    // and the members list counts her coding.
    const filter = lead.locator('.team-panel__view select');
    await expect
      .poll(() => filter.locator('option').allInnerTexts(), { timeout: 60_000 })
      .toContain('of alice');
    await expect
      .poll(() => lead.locator('.team-members__item').allInnerTexts(), { timeout: 60_000 })
      .toContainEqual(expect.stringMatching(/^alice\ncoder · 1 coding ·/u));
    expect(await lead.evaluate(() => (window as { e2eNoReload?: boolean }).e2eNoReload)).toBe(true);
    expect(await scroller.evaluate((element) => element.scrollTop)).toBe(scrolledTo);
    expect(await lead.evaluate(() => window.getSelection()?.toString())).toBe(selected);

    // The linked panel, looked at in both languages and both window sizes.
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await lead.setViewportSize(size);
      await lead.locator('section.team-server').scrollIntoViewIfNeeded();
      await expectNoOverflow(lead);
      await shoot(lead, `62-team-linked-en-${size.width}`);
    }
    await new TopBar(lead).switchLanguage('fr');
    await expect.poll(() => lead.locator('.team-server__connection').innerText()).toMatch(/^En ligne/u);
    await lead.locator('section.team-server').scrollIntoViewIfNeeded();
    await expectNoOverflow(lead);
    await shoot(lead, '62-team-linked-fr-1280');
    await new TopBar(lead).switchLanguage('en');
    await lead.setViewportSize({ width: 1440, height: 900 });
    expect(app.pageErrors).toEqual([]);
  }, 240_000);
});
