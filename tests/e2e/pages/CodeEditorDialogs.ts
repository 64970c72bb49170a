import type { Locator, Page } from 'playwright-core';

/** The code detail editor and the merge and split dialogs of the codebook. */
export class CodeEditorDialogs {
  readonly details: Locator;
  readonly merge: Locator;
  readonly split: Locator;

  constructor(readonly page: Page) {
    this.details = page.locator('dialog.code-editor');
    this.merge = page.locator('dialog.merge-dialog');
    this.split = page.locator('dialog.split-dialog');
  }

  field(name: 'name' | 'description' | 'inclusion' | 'exclusion'): Locator {
    return this.details.locator(`[name="${name}"]`);
  }

  archived(): Locator {
    return this.details.locator('input[name="archived"]');
  }

  /** The radio button of the example whose quote contains `quote`. */
  example(quote: string): Locator {
    return this.details.locator('.example-chooser__option', { hasText: quote }).locator('input');
  }

  async saveDetails(): Promise<void> {
    await this.details.locator('button[type=submit]').click();
    await this.details.waitFor({ state: 'detached' });
  }

  splitCoding(quote: string): Locator {
    return this.split.locator('.example-chooser__option', { hasText: quote }).locator('input');
  }
}
