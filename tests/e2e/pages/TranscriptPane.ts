import type { Locator, Page } from 'playwright-core';

export interface SegmentView {
  readonly ordinal: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
  /** The generated label (CSS ::before), as the user sees it. */
  readonly label: string;
  /** The selectable text of the turn. */
  readonly text: string;
}

export class TranscriptPane {
  readonly root: Locator;
  readonly title: Locator;
  readonly scroll: Locator;
  readonly text: Locator;
  readonly segments: Locator;
  readonly codeSelectionButton: Locator;
  readonly hint: Locator;
  readonly popover: Locator;
  /** "Document ▾": edit, rename, update from a new version, check for identifiers. */
  readonly documentMenu: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('main.centre');
    this.title = this.root.locator('.transcript-header__title');
    this.scroll = this.root.locator('.transcript__scroll');
    this.text = this.root.locator('.transcript__text');
    this.segments = this.text.locator('.segment');
    this.codeSelectionButton = this.root.locator('.transcript-header button.button--primary');
    this.hint = this.root.locator('.hint');
    this.popover = this.root.locator('.codings-popover');
    this.documentMenu = this.root.locator('.transcript-header .document-menu > button');
  }

  /** Runs an item of the document menu, with the mouse. */
  async documentAction(name: string): Promise<void> {
    await this.documentMenu.click();
    await this.page.getByRole('menuitem', { name }).click();
  }

  async segmentViews(): Promise<SegmentView[]> {
    return this.text.evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('.segment')].map((element) => {
        const before = getComputedStyle(element, '::before');
        return {
          ordinal: Number(element.dataset.ordinal),
          speaker: element.dataset.speaker ?? null,
          timestamp: element.dataset.timestamp ?? null,
          // A rendered label has a box; 'none' content means no label.
          label: before.content === 'none' ? '' : before.content,
          text: element.innerText,
        };
      }),
    );
  }

  /**
   * Selects the first occurrence of `text` in the transcript, as a user dragging the mouse
   * would leave it: a DOM selection over the text nodes.
   */
  async selectText(text: string, occurrence = 0): Promise<void> {
    await this.text.evaluate(
      (root, { text, occurrence }) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const data = (node as Text).data;
          for (let index = data.indexOf(text); index >= 0; index = data.indexOf(text, index + 1)) {
            if (seen++ < occurrence) continue;
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + text.length);
            const selection = window.getSelection();
            selection?.removeAllRanges();
            selection?.addRange(range);
            return;
          }
        }
        throw new Error(`"${text}" is not in the transcript`);
      },
      { text, occurrence },
    );
  }

  /**
   * Selects from the start of `from` to the end of `to` (first occurrences), which may lie in
   * different text nodes, lines or turns.
   */
  async selectBetween(from: string, to: string): Promise<void> {
    await this.text.evaluate(
      (root, { from, to }) => {
        const find = (needle: string): { node: Text; index: number } => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const index = (node as Text).data.indexOf(needle);
            if (index >= 0) return { node: node as Text, index };
          }
          throw new Error(`"${needle}" is not in the transcript`);
        };
        const start = find(from);
        const end = find(to);
        const range = document.createRange();
        range.setStart(start.node, start.index);
        range.setEnd(end.node, end.index + to.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      },
      { from, to },
    );
  }

  /** Selects a whole element's content with element-level boundary points (as a triple click does). */
  async selectTurnContents(ordinal: number): Promise<void> {
    await this.text.evaluate((root, ordinal) => {
      const segment = root.querySelector(`[data-ordinal="${ordinal}"]`);
      if (!segment) throw new Error(`no turn ${ordinal}`);
      const range = document.createRange();
      range.setStart(segment, 0);
      range.setEnd(segment, segment.childNodes.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }, ordinal);
  }

  /** The ordinal of the first turn the reader sees at the top of the pane, or null. */
  async firstTurnInView(): Promise<number | null> {
    return this.scroll.evaluate((pane) => {
      const top = pane.getBoundingClientRect().top;
      const turn = [...pane.querySelectorAll<HTMLElement>('.segment')].find(
        (element) => element.getBoundingClientRect().bottom > top + 4,
      );
      return turn ? Number(turn.dataset.ordinal) : null;
    });
  }

  /**
   * Scrolls the pane until turn `ordinal` (rendered only near the view) has `above` pixels
   * of it scrolled past the pane's top, as a reader scrolling down would leave it.
   */
  async scrollToTurn(ordinal: number, above = 0): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const placed = await this.scroll.evaluate(
        (pane, { ordinal, above }) => {
          const turn = pane.querySelector(`.segment[data-ordinal="${ordinal}"]`);
          if (!turn) {
            pane.scrollTop += 300;
            return false;
          }
          const delta = turn.getBoundingClientRect().top - pane.getBoundingClientRect().top + above;
          pane.scrollTop += delta;
          return Math.abs(delta) < 1;
        },
        { ordinal, above },
      );
      if (placed) return;
      await this.page.waitForTimeout(50);
    }
    throw new Error(`Turn ${ordinal} was never brought to the top of the pane.`);
  }

  async selectedText(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }

  /** The text of each range of a code's CSS highlight (empty when not painted). */
  async highlightTexts(codeId: number): Promise<string[]> {
    return this.page.evaluate((name) => {
      const highlight = CSS.highlights.get(name);
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    }, `code-${codeId}`);
  }

  /** The generated ::highlight() rule of a code, as installed in the page. */
  async highlightRule(codeId: number): Promise<string | null> {
    return this.page.evaluate((name) => {
      const style = document.getElementById('verbatim-code-highlights');
      return style?.textContent?.split('\n').find((rule) => rule.includes(`(${name})`)) ?? null;
    }, `code-${codeId}`);
  }

  /** Clicks inside the first occurrence of `text`, `offset` characters in. */
  /**
   * Waits until the pane's scroll position holds for several frames. Lazy turns rendered
   * after a scroll can move it once more, and any scroll closes the codings popover: a click
   * made before it settles may see its popover closed again.
   */
  async settleScroll(): Promise<void> {
    await this.scroll.evaluate(
      (pane) =>
        new Promise<void>((resolve) => {
          let last = pane.scrollTop;
          let steady = 0;
          const check = (): void => {
            steady = pane.scrollTop === last ? steady + 1 : 0;
            last = pane.scrollTop;
            if (steady >= 5) resolve();
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
    );
  }

  async clickInside(text: string, offset: number): Promise<void> {
    const point = await this.text.evaluate(
      (root, { text, offset }) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const index = (node as Text).data.indexOf(text);
          if (index < 0) continue;
          const range = document.createRange();
          range.setStart(node, index + offset);
          range.setEnd(node, index + offset + 1);
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        throw new Error(`"${text}" is not in the transcript`);
      },
      { text, offset },
    );
    await this.page.mouse.click(point.x, point.y);
  }

  popoverItem(codeName: string): Locator {
    return this.popover.locator('.codings-popover__item', { hasText: codeName });
  }
}
