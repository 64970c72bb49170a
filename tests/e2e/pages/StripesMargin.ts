import type { Locator, Page } from 'playwright-core';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The coding stripes beside the transcript text. */
export class StripesMargin {
  readonly bars: Locator;

  constructor(readonly page: Page) {
    this.bars = page.locator('main.centre .stripe');
  }

  bar(codeName: string): Locator {
    return this.bars.and(this.page.locator(`[data-code="${codeName}"]`));
  }

  async box(codeName: string): Promise<Box> {
    const found = await this.bar(codeName).boundingBox();
    if (!found) throw new Error(`no stripe for ${codeName}`);
    return found;
  }

  /** The text of the passage brightened by hovering a bar (empty when none). */
  async hoveredTexts(): Promise<string[]> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('verbatim-stripe-hover');
      // The bars hold static ranges: make a live one to read the text.
      return [...(highlight ?? [])].map((staticRange) => {
        const range = document.createRange();
        range.setStart(staticRange.startContainer, staticRange.startOffset);
        range.setEnd(staticRange.endContainer, staticRange.endOffset);
        return range.toString();
      });
    });
  }

  /** The top and bottom, on screen, of the first occurrence of `text` in the transcript. */
  async textExtent(text: string): Promise<{ top: number; bottom: number }> {
    return this.page.locator('main.centre .transcript__text').evaluate((root, text) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(text);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + text.length);
        const rects = range.getClientRects();
        return { top: rects[0]?.top ?? 0, bottom: rects[rects.length - 1]?.bottom ?? 0 };
      }
      throw new Error(`"${text}" is not in the transcript`);
    }, text);
  }
}
