import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type E2eApp } from './support/app.ts';
import { rangeOf, seedProject, type SeededProject } from './support/seed.ts';

let app: E2eApp;
let project: SeededProject;

beforeAll(async () => {
  app = await startApp('backups', { locale: 'fr-FR' });
  project = await seedProject(app);
  // Reopening backs the project up as it is: two transcripts, no coding yet.
  await app.api('project/open', { path: project.path });
  await app.api('codings/create', {
    items: [{ documentId: project.french.id, ...rangeOf(project.french, 'opaque'), codeName: 'opacité' }],
  });
  await app.page.goto(app.server.url);
});

afterAll(async () => {
  await app?.close();
});

describe('backups and copies in the interface', () => {
  it('restores a backup from the keyboard, keeping the current state as a backup first', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Sauvegardes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restaurer une sauvegarde' });
    await dialog.waitFor();
    const newest = dialog.getByRole('radio').first();
    await expect.poll(() => newest.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await dialog.locator('.backups-dialog__item').first().textContent()).toContain(
      '(2 documents, 0 codage)',
    );
    await app.screenshot('backups-restore-fr');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await app.api('codings/ofDocument', { documentId: project.french.id })).toEqual([]);
    const kept = (await app.api('project/backups', {})).find((backup) => backup.reason === 'before-restore');
    expect(kept?.codingCount).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  it('saves a complete copy under a new name', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Enregistrer une copie…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enregistrer une copie du projet' });
    const target = join(app.dir, 'copie.verbatim');
    // In the browser, the copy is named inside the folder the shell was started for.
    await dialog.getByLabel('Nom de la copie (un nouveau fichier .verbatim)').fill('copie.verbatim');
    await page.keyboard.press('Enter');
    await dialog.getByRole('status').waitFor();
    expect(await dialog.getByRole('status').textContent()).toContain('2 documents');
    expect(existsSync(target)).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });
});
