import type { Locator, Page } from 'playwright-core';

/** The Agreement tab of the centre: coders, unit, the table and the review of disagreements. */
export class AgreementView {
  readonly root: Locator;
  readonly explanation: Locator;
  readonly places: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.agreement-view');
    this.explanation = this.root.locator('.agreement-view__explain');
    this.places = this.root.locator('.disagreement');
  }

  /** The cells of a code's row; the pooled row has the empty name. */
  cells(codeName: string): Locator {
    return this.root.locator(`.agreement-table tr[data-code="${codeName}"] td`);
  }

  /** The first five figures of a row: percent, kappa, alpha, units, disagreements. */
  async figures(codeName: string): Promise<string[]> {
    return (await this.cells(codeName).allInnerTexts()).slice(0, 5);
  }

  /** The reasons (cell titles) of the first three figures of a row, '' when none. */
  async reasons(codeName: string): Promise<string[]> {
    const cells = await this.cells(codeName).all();
    return Promise.all(cells.slice(0, 3).map(async (cell) => (await cell.getAttribute('title')) ?? ''));
  }

  async compute(unitLabel: string, runLabel = 'Compute', unitName = 'Unit'): Promise<void> {
    await this.root.getByLabel(unitName).selectOption(unitLabel);
    await this.root.getByRole('button', { name: runLabel }).click();
  }

  async review(codeName: string, buttonLabel = 'Review…'): Promise<void> {
    await this.root
      .locator(`.agreement-table tr[data-code="${codeName}"]`)
      .getByRole('button', { name: buttonLabel })
      .click();
  }
}
