import type { Locator, Page } from 'playwright-core';

export class CodePalette {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly options: Locator;
  readonly activeOption: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.locator('dialog.palette');
    this.input = this.dialog.locator('.palette__input');
    this.options = this.dialog.locator('[role=option]');
    this.activeOption = this.dialog.locator('[role=option][aria-selected=true]');
  }

  /** Opens the palette with the shortcut, as a user would. */
  async openWithShortcut(modifier: 'Control' | 'Meta' = 'Control'): Promise<void> {
    await this.page.keyboard.press(`${modifier}+k`);
    await this.dialog.waitFor({ state: 'visible' });
  }

  async type(text: string): Promise<void> {
    await this.input.pressSequentially(text);
  }

  async optionTexts(): Promise<string[]> {
    return this.options.allInnerTexts();
  }
}
