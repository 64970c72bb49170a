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

  async createProject(path: string): Promise<void> {
    await this.createForm.locator('input').fill(path);
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
