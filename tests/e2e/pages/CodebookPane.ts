import type { Locator, Page } from 'playwright-core';

export class CodebookPane {
  readonly root: Locator;
  readonly newCodeButton: Locator;
  readonly deleteDialog: Locator;
  readonly search: Locator;
  readonly showArchived: Locator;
  readonly status: Locator;
  /** The definition shown beside the tree when a code is hovered or focused. */
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('section.codebook');
    this.newCodeButton = this.root.locator('.panel-header button');
    this.deleteDialog = page.locator('dialog.confirm-dialog');
    this.search = this.root.locator('.codebook__search');
    this.showArchived = this.root.locator('.codebook__archived-toggle input');
    this.status = this.root.locator('.codebook__status');
    this.preview = this.root.locator('.code-preview');
  }

  nameButton(name: string): Locator {
    return this.row(name).locator('.code-row__name');
  }

  /** Names of the top-level codes, in the order shown. */
  async topLevel(): Promise<string[]> {
    return this.root
      .locator('ul.code-tree > li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-code-name') ?? ''));
  }

  /** The name of the code whose row holds the keyboard focus. */
  async focusedCode(): Promise<string | null> {
    return this.page.evaluate(
      () => document.activeElement?.closest('li.code-tree__item')?.getAttribute('data-code-name') ?? null,
    );
  }

  /** Runs an action of the selected code's "More" menu, with the mouse. */
  async openAction(name: string, action: 'details' | 'merge' | 'split' | 'delete'): Promise<void> {
    await this.select(name);
    await this.actions(name).locator('button.code-row__more').click();
    await this.actions(name).locator(`[role=menuitem].code-row__${action}`).click();
  }

  item(name: string): Locator {
    return this.root.locator(`li.code-tree__item[data-code-name="${name}"]`);
  }

  /** The row of a code, without its sub-codes. */
  row(name: string): Locator {
    return this.item(name).locator('> .code-row');
  }

  /** The selected code's actions, docked below the tree. */
  actions(name: string): Locator {
    return this.root.locator(`.code-row__actions[data-code-name="${name}"]`);
  }

  async names(): Promise<string[]> {
    return this.root
      .locator('li.code-tree__item')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-code-name') ?? ''));
  }

  /** Names of the codes directly under `parent`. */
  async childrenOf(parent: string): Promise<string[]> {
    return this.item(parent)
      .locator('> .code-tree__children > li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-code-name') ?? ''));
  }

  async select(name: string): Promise<void> {
    const button = this.row(name).locator('.code-row__name');
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  }

  async createTopLevel(name: string): Promise<void> {
    await this.newCodeButton.click();
    await this.root.locator('> .name-form input').fill(name);
    await this.root.locator('> .name-form input').press('Enter');
    await this.item(name).waitFor();
  }

  async createChild(parent: string, name: string): Promise<void> {
    await this.select(parent);
    await this.actions(parent).locator('button').nth(1).click();
    const input = this.item(parent).locator('> div > .name-form input');
    await input.fill(name);
    await input.press('Enter');
    await this.item(name).waitFor();
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.select(name);
    await this.actions(name).locator('button').nth(0).click();
    const input = this.row(name).locator('.name-form input');
    await input.fill(newName);
    await input.press('Enter');
    await this.item(newName).waitFor();
  }

  async recolour(name: string, colour: string): Promise<void> {
    await this.row(name).locator('input[type=color]').fill(colour);
  }

  moveSelect(name: string): Locator {
    return this.actions(name).locator('select');
  }

  async moveUnder(name: string, parentLabel: string): Promise<void> {
    await this.select(name);
    await this.moveSelect(name).selectOption({ label: parentLabel });
  }

  async askDelete(name: string): Promise<void> {
    await this.openAction(name, 'delete');
    await this.deleteDialog.waitFor({ state: 'visible' });
  }

  count(name: string): Locator {
    return this.row(name).locator('.code-row__count');
  }
}
