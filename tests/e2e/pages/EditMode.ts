import type { Locator, Page } from 'playwright-core';
import type { FileToImport } from './DocumentsPane.ts';

/** Edit mode of the open transcript, and the review of a new version of its file. */
export class EditMode {
  /** The document menu's button, whose first item enters edit mode. */
  readonly documentMenu: Locator;
  readonly bar: Locator;
  readonly state: Locator;
  readonly hint: Locator;
  readonly text: Locator;
  readonly turns: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;
  readonly unplacedNotice: Locator;
  readonly review: Locator;

  constructor(readonly page: Page) {
    const centre = page.locator('main.centre');
    this.documentMenu = centre.locator('.transcript-header .document-menu > button');
    this.bar = centre.locator('.edit-bar');
    this.state = this.bar.locator('.edit-bar__state');
    this.hint = centre.locator('.edit-hint');
    this.text = centre.locator('.transcript__text--editing');
    this.turns = this.text.locator('.segment');
    this.saveButton = this.bar.getByRole('button', { name: 'Save' });
    this.cancelButton = this.bar.getByRole('button', { name: 'Cancel' });
    this.unplacedNotice = centre.locator('.unplaced-notice');
    this.review = page.locator('dialog.update-review');
  }

  async enter(): Promise<void> {
    await this.documentMenu.click();
    await this.page.getByRole('menuitem', { name: 'Edit text' }).click();
    await this.text.waitFor();
  }

  /**
   * Puts the caret `offset` characters into the first occurrence of `text` (or selects
   * `length` characters from there), as a click or a drag would; the keyboard then types there.
   */
  async caretIn(text: string, offset: number, length = 0): Promise<void> {
    await this.text.focus();
    await this.text.evaluate(
      (root, { text, offset, length }) =>
        // Resolves once the editor has heard of the new selection (selectionchange comes in a
        // later task): a key pressed before that would act where the caret was.
        new Promise<void>((resolve, reject) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const index = (node as Text).data.indexOf(text);
            if (index < 0) continue;
            const range = document.createRange();
            range.setStart(node, index + offset);
            range.setEnd(node, index + offset + length);
            document.addEventListener('selectionchange', () => setTimeout(resolve, 0), { once: true });
            window.getSelection()?.removeAllRanges();
            window.getSelection()?.addRange(range);
            return;
          }
          reject(new Error(`"${text}" is not in the transcript`));
        }),
      { text, offset, length },
    );
  }

  /** Selects the first occurrence of `text` in the edited transcript. */
  async select(text: string): Promise<void> {
    await this.caretIn(text, 0, text.length);
  }

  async turnTexts(): Promise<string[]> {
    return this.turns.evaluateAll((elements) =>
      elements.map((element) => (element as HTMLElement).innerText),
    );
  }

  /**
   * Chooses new versions of files through Document ▾ → "Update from a new version…", as a user
   * would (the item opens the file picker); the review opens.
   */
  async chooseNewVersions(files: readonly FileToImport[]): Promise<void> {
    const picker = this.page.waitForEvent('filechooser');
    await this.documentMenu.click();
    await this.page.getByRole('menuitem', { name: 'Update from a new version…' }).click();
    const chooser = await picker;
    await chooser.setFiles(
      files.map((file) => ({ name: file.name, mimeType: 'text/plain', buffer: file.buffer })),
    );
    await this.review.locator('.update-review__document').first().waitFor();
  }

  reviewCount(kind: 'kept' | 'moved' | 'changed' | 'unplaced'): Locator {
    return this.review.locator(`[data-count="${kind}"]`);
  }
}
