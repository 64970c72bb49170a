import type { Locator, Page } from 'playwright-core';

/** The start screen: create, open by path, recent projects. Locale-independent selectors. */
export class StartPage {
  readonly root: Locator;
  readonly createForm: Locator;
  readonly openForm: Locator;
  readonly recentItems: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('main.start');
    this.createForm = this.root.locator('form').nth(0);
    this.openForm = this.root.locator('form').nth(1);
    this.recentItems = this.root.locator('.recent-list__item');
  }

  /** The browser's new project: a folder (the shell's to start with) and a name. */
  get createFolder(): Locator {
    return this.createForm.locator('input[name=folder]');
  }

  get createName(): Locator {
    return this.createForm.locator('input[name=name]');
  }

  /** Where the new project will be created, or why it cannot be. */
  get createTarget(): Locator {
    return this.createForm.locator('.new-project__target');
  }

  /** A path with a folder fills both fields; a bare name keeps the folder proposed. */
  async createProject(path: string): Promise<void> {
    const slash = path.lastIndexOf('/');
    // The proposed folder arrives from the shell; typing over it before it does would lose it.
    // (A wait, not an expect: set-ups call this in beforeAll.)
    await this.page.waitForFunction(
      () =>
        (document.querySelector('main.start input[name=folder]') as HTMLInputElement | null)?.value !== '',
    );
    if (slash >= 0) await this.createFolder.fill(path.slice(0, slash) || '/');
    await this.createName.fill(path.slice(slash + 1));
    await this.createForm.locator('button[type=submit]').click();
  }

  async openProject(path: string): Promise<void> {
    await this.openForm.locator('input').fill(path);
    await this.openForm.locator('button[type=submit]').click();
  }

  /** The inline error of a form: its translated title and the backend's message. */
  error(form: Locator): { title: Locator; message: Locator } {
    const alert = form.getByRole('alert');
    return { title: alert.locator('.error-notice__title'), message: alert.locator('.error-notice__message') };
  }
}
