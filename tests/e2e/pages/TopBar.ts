import type { Locator, Page } from 'playwright-core';

export class TopBar {
  readonly root: Locator;
  readonly language: Locator;
  readonly projectName: Locator;
  readonly closeProjectButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('header.topbar');
    this.language = this.root.locator('.language-switcher select');
    this.projectName = this.root.locator('.topbar__project');
    this.closeProjectButton = this.root.locator('button.topbar__close');
  }

  async switchLanguage(language: 'en' | 'fr'): Promise<void> {
    await this.language.selectOption(language);
  }
}
