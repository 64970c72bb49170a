import type { Locator, Page } from 'playwright-core';

/** The Undo and Redo buttons of the top bar and the History tab of the right panel. */
export class HistoryPane {
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  /** The live region that says what the last undo or redo did. */
  readonly announcement: Locator;
  readonly entries: Locator;

  constructor(readonly page: Page) {
    const controls = page.locator('.topbar .history-controls');
    this.undoButton = controls.locator('button').nth(0);
    this.redoButton = controls.locator('button').nth(1);
    this.announcement = controls.locator('[role="status"]');
    this.entries = page.locator('.history__entry');
  }

  async openTab(name = 'History'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }
}
