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

  /** The export dialog (excerpts or codebook) opened from the panel's export buttons. */
  get exportDialog(): Locator {
    return this.page.locator('dialog.paper-export');
  }

  /** The warning shown in the export dialog when the scan before an export finds likely identifiers. */
  get exportWarning(): Locator {
    return this.exportDialog.locator('.export__warning');
  }

  /**
   * Clicks an export button, sets the dialog's options with `choose`, exports and returns
   * the file the browser downloads; when the scan before export warns of identifiers,
   * `onWarning` sees the warning, then it exports anyway.
   */
  async exportExcerpts(
    index: number,
    choose: (dialog: Locator) => Promise<void>,
    onWarning?: (warning: Locator) => Promise<void>,
  ): Promise<{ download: Download; path: string }> {
    await this.exportButtons.nth(index).click();
    await this.exportDialog.waitFor();
    await choose(this.exportDialog);
    const downloaded = this.page.waitForEvent('download');
    await this.exportDialog.locator('.paper-export__go').click();
    if (onWarning) {
      await this.exportWarning.waitFor();
      await onWarning(this.exportWarning);
      await this.exportWarning.locator('.export__anyway').click();
    }
    const download = await downloaded;
    // The dialog closes once the file is saved.
    await this.exportDialog.waitFor({ state: 'detached' });
    return { download, path: await download.path() };
  }

  /** Exports through the dialog as Markdown (the other options left as they open). */
  async exportMarkdown(
    index: number,
    onWarning?: (warning: Locator) => Promise<void>,
  ): Promise<{ download: Download; content: string }> {
    const { download, path } = await this.exportExcerpts(
      index,
      // "Format" reads the same in English and French.
      (dialog) =>
        dialog
          .getByLabel('Format', { exact: true })
          .selectOption('md')
          .then(() => undefined),
      onWarning,
    );
    return { download, content: await readFile(path, 'utf8') };
  }
}
