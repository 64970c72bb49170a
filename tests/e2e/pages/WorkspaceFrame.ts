import type { Locator, Page } from 'playwright-core';

/** The application frame: top bar, side panels, their splitters, and the stripes' names toggle. */
export class WorkspaceFrame {
  readonly topbar: Locator;
  readonly sidebar: Locator;
  readonly rightPanel: Locator;
  readonly leftSplitter: Locator;
  readonly rightSplitter: Locator;
  readonly namesToggle: Locator;

  constructor(readonly page: Page) {
    this.topbar = page.locator('header.topbar');
    this.sidebar = page.locator('aside.sidebar');
    this.rightPanel = page.locator('aside.right-panel');
    this.leftSplitter = page.getByRole('separator', { name: 'Resize the documents and codes panel' });
    this.rightSplitter = page.getByRole('separator', { name: 'Resize the analysis panel' });
    this.namesToggle = page.getByRole('button', { name: 'Show all code names' });
  }

  /** How far the document itself is scrolled (the frame never scrolls: 0). */
  async documentScroll(): Promise<number> {
    return this.page.evaluate(() => document.scrollingElement?.scrollTop ?? -1);
  }

  /** Whether the top bar is entirely inside the window. */
  async topbarVisible(): Promise<boolean> {
    const box = await this.topbar.boundingBox();
    return box !== null && box.y >= 0 && box.height > 0;
  }

  /** A panel's width on screen (0 when collapsed or hidden). */
  async width(panel: Locator): Promise<number> {
    return (await panel.boundingBox())?.width ?? 0;
  }
}
