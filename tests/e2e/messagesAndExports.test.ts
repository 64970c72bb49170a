import { existsSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorDetailsFr } from '../../renderer/i18n/errorMessages.fr.ts';
import { DocumentsPane } from './pages/DocumentsPane.ts';
import { RightPanel } from './pages/RightPanel.ts';
import { StartPage } from './pages/StartPage.ts';
import { TopBar } from './pages/TopBar.ts';
import { startApp, type E2eApp } from './support/app.ts';
import { seedProject } from './support/seed.ts';

// Issue 14, trap 8: every message in the interface's language, stale recent projects that
// can be removed, an export dialog that remembers its options and names files in the
// export's language. In French, from a French system.

let app: E2eApp;
let start: StartPage;
const GONE = join('/nonexistent-disk', 'ancien-terrain.verbatim');
// A file that exists, outside the folder the web shell serves: listed, but not opened here.
const OUTSIDE = join(mkdtempSync(join(tmpdir(), 'verbatim-outside-')), 'autre-terrain.verbatim');
writeFileSync(OUTSIDE, 'not opened');

beforeAll(async () => {
  app = await startApp('messages', { locale: 'fr-FR', recent: [GONE, OUTSIDE] });
  start = new StartPage(app.page);
  await app.page.goto(app.server.url);
  await start.root.waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('messages in the interface’s language', () => {
  it('shows a backend error in French under its French title', async () => {
    const notes = join(app.dir, 'notes.verbatim');
    writeFileSync(notes, 'pas un projet\n');
    await start.openProject(notes);
    const error = start.error(start.openForm);
    await expect.poll(() => error.title.innerText()).toBe('Ce n’est pas un projet Verbatim');
    const message = await error.message.innerText();
    expect(message).toBe(`${notes} n’est pas un fichier de projet Verbatim.`);
    await app.screenshot('50-french-error');
  });

  it('shows a message without its own translation as its code’s French sentence', async () => {
    // A path longer than the contract allows: refused by the input check, whose English
    // sentence (which field, which limit) has no key of its own.
    await start.openProject(`${'a'.repeat(5000)}.verbatim`);
    const error = start.error(start.openForm);
    await expect.poll(() => error.title.innerText()).toBe('Saisie invalide');
    expect(await error.message.innerText()).toBe(errorDetailsFr.INVALID_INPUT);
    // The English detail is there for whoever looks into it, folded.
    const detail = start.openForm.locator('.error-notice__detail');
    expect(await detail.locator('summary').innerText()).toBe('Détails techniques (en anglais)');
    expect(await detail.locator('p').isVisible()).toBe(false);
  });
});

describe('a recent project the web shell may not open', () => {
  it('says why under its own row, where the eye is', async () => {
    const row = start.root.locator('.recent-list__row', { hasText: 'autre-terrain.verbatim' });
    await row.locator('.recent-list__item').click();
    const notice = start.root.locator('.recent-list__error .error-notice');
    await notice.waitFor();
    // Right under the row clicked, not at the end of the list.
    const [rowBox, noticeBox] = [await row.boundingBox(), await notice.boundingBox()];
    expect(noticeBox?.y ?? 0).toBeGreaterThanOrEqual((rowBox?.y ?? 0) + (rowBox?.height ?? 0) - 1);
    expect(noticeBox?.y ?? 0).toBeLessThan((rowBox?.y ?? 0) + (rowBox?.height ?? 0) + 40);
    await row
      .getByRole('button', { name: /autre-terrain\.verbatim/u })
      .last()
      .click();
    await expect.poll(() => row.count()).toBe(0);
  });
});

describe('recent projects whose file is gone', () => {
  it('marks a missing project and removes it from the list, leaving files alone', async () => {
    const row = start.root.locator('.recent-list__row--missing');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Fichier introuvable');
    expect(await row.locator('.recent-list__item').isDisabled()).toBe(true);
    await app.screenshot('51-recent-missing');
    await row
      .getByRole('button', { name: 'Retirer «\u202fancien-terrain.verbatim\u202f» des projets récents' })
      .click();
    await expect.poll(() => row.count()).toBe(0);
    expect(await app.api('project/recentEntries', {})).toEqual([]);
  });
});

describe('a new project in the browser (issue 14, trap 9)', () => {
  it('proposes the shell’s folder and says where the file will be, before writing anything', async () => {
    await expect.poll(() => start.createFolder.inputValue()).toBe(realpathSync(app.dir));
    await start.createName.fill('terrain');
    await expect
      .poll(() => start.createTarget.innerText())
      .toBe(`Sera créé ici : ${join(realpathSync(app.dir), 'terrain.verbatim')}`);
    expect(existsSync(join(app.dir, 'terrain.verbatim'))).toBe(false);
    await app.screenshot('52-new-project-web');
  });

  it('checks the folder and the name as they are typed', async () => {
    const folder = realpathSync(app.dir);
    await start.createFolder.fill(join(folder, 'pas-encore'));
    await expect
      .poll(() => start.createTarget.innerText())
      .toBe('Ce dossier n’existe pas : tapez un dossier existant.');
    await start.createFolder.fill(folder);
    writeFileSync(join(folder, 'pris.verbatim'), '');
    await start.createName.fill('pris');
    await expect.poll(() => start.createTarget.innerText()).toMatch(/^Un fichier de ce nom existe déjà/u);
    await start.createName.fill('../ailleurs');
    await expect.poll(() => start.createTarget.innerText()).toMatch(/^Le nom ne peut pas contenir/u);
    // Outside the shell's folder: refused, in French, naming that folder.
    await start.createFolder.fill('/tmp');
    await start.createName.fill('dehors');
    await expect
      .poll(() => start.createTarget.innerText())
      .toContain(`Verbatim n’utilise que des fichiers .verbatim situés dans ${folder}`);
    expect(existsSync('/tmp/dehors.verbatim')).toBe(false);
  });
});

describe('the export dialog', () => {
  it('names the file in the export’s language and opens again as last used', async () => {
    await seedProject(app);
    await app.page.reload();
    const documents = new DocumentsPane(app.page);
    await documents.root.waitFor();
    const panel = new RightPanel(app.page);
    const { download } = await panel.exportExcerpts(0, async (dialog) => {
      await dialog.getByLabel('Format', { exact: true }).selectOption('md');
      await dialog.getByLabel('Langue', { exact: true }).selectOption('fr');
      await dialog.getByLabel('Inclure les mémos écrits sur chaque codage').check();
    });
    expect(download.suggestedFilename()).toBe('study-extraits.md');

    // Reopened, even after a reload: the same options, not the defaults (Word, no memos).
    await app.page.reload();
    await documents.root.waitFor();
    await panel.exportButtons.first().click();
    const dialog = panel.exportDialog;
    await dialog.waitFor();
    expect(await dialog.getByLabel('Format', { exact: true }).inputValue()).toBe('md');
    expect(await dialog.getByLabel('Inclure les mémos écrits sur chaque codage').isChecked()).toBe(true);
    // In English, the same export is named in English.
    await dialog.getByLabel('Langue', { exact: true }).selectOption('en');
    const downloaded = app.page.waitForEvent('download');
    await dialog.locator('.paper-export__go').click();
    expect((await downloaded).suggestedFilename()).toBe('study-excerpts.md');
    await new TopBar(app.page).closeProjectButton.waitFor();
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
