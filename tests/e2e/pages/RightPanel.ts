import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';

export class RightPanel {
  readonly root: Locator;
  readonly tabs: Locator;
  readonly excerpts: Locator;
  readonly excerptsHeading: Locator;
  readonly definition: Locator;
  readonly cooccurrenceRows: Locator;
  readonly drilldown: Locator;
  readonly exportButtons: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('aside.right-panel');
    this.tabs = this.root.locator('[role=tab]');
    this.excerpts = this.root.locator('.excerpts .excerpt');
    this.excerptsHeading = this.root.locator('.excerpts__heading');
    this.definition = this.root.locator('.cooccurrence .definition');
    this.cooccurrenceRows = this.root.locator('.cooccurrence__table tbody tr');
    this.drilldown = this.root.locator('.drilldown');
    this.exportButtons = this.root.locator('.export__buttons button');
  }

  async showCooccurrence(): Promise<void> {
    await this.tabs.nth(1).click();
  }

  /** Each table row as its four cells. */
  async cooccurrenceTable(): Promise<string[][]> {
    return this.cooccurrenceRows.evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
  }

  row(a: string, b: string): Locator {
    return this.root.locator(`.cooccurrence__table tbody tr[data-pair="${a}|${b}"]`);
  }

  /** The warning shown when the scan before an export finds likely identifiers. */
  get exportWarning(): Locator {
    return this.root.locator('.export__warning');
  }

  /**
   * Clicks an export button and returns the file the browser downloads; when the scan
   * before export warns of identifiers, `onWarning` sees the warning, then it exports anyway.
   */
  async exportMarkdown(
    index: number,
    onWarning?: (warning: Locator) => Promise<void>,
  ): Promise<{ download: Download; content: string }> {
    const downloaded = this.page.waitForEvent('download');
    await this.exportButtons.nth(index).click();
    if (onWarning) {
      await this.exportWarning.waitFor();
      await onWarning(this.exportWarning);
      await this.exportWarning.locator('.export__anyway').click();
    }
    const download = await downloaded;
    const path = await download.path();
    return { download, content: await readFile(path, 'utf8') };
  }
}
