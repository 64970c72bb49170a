import type { Locator, Page } from 'playwright-core';

/** One memo editor (in a memo dialog or the memo manager): toolbar, text and save status. */
export class MemoEditorPane {
  readonly text: Locator;
  readonly status: Locator;

  constructor(readonly root: Locator) {
    this.text = root.locator('.memo-editor__text');
    this.status = root.locator('.memo-panel__status');
  }

  tool(
    name: 'paragraph' | 'heading' | 'subheading' | 'bold' | 'italic' | 'bullets' | 'numbers' | 'link',
  ): Locator {
    return this.root.locator(`.memo-toolbar__button--${name}`);
  }

  async waitSaved(): Promise<void> {
    await this.root.locator('.memo-panel__status[data-status="saved"]').waitFor();
  }
}

/** The memo dialog of a document, code or coding. */
export class MemoDialogPane {
  readonly dialog: Locator;
  readonly editor: MemoEditorPane;

  constructor(readonly page: Page) {
    this.dialog = page.locator('dialog.memo-dialog');
    this.editor = new MemoEditorPane(this.dialog);
  }

  async close(): Promise<void> {
    await this.dialog.locator('.dialog__buttons button').click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}

/** The memo manager: search, kind filter, list, and the chosen memo's editor. */
export class MemoManagerPane {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly search: Locator;
  readonly items: Locator;
  readonly newProjectMemo: Locator;
  readonly editor: MemoEditorPane;

  constructor(readonly page: Page) {
    this.openButton = page.locator('.memos-launcher__open');
    this.dialog = page.locator('dialog.memo-manager');
    this.search = this.dialog.locator('.memo-manager__search');
    this.items = this.dialog.locator('.memo-list__item');
    this.newProjectMemo = this.dialog.locator('.memo-manager__new');
    this.editor = new MemoEditorPane(this.dialog.locator('.memo-manager__editor'));
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await this.dialog.waitFor();
  }

  kind(value: 'all' | 'project' | 'document' | 'code' | 'coding'): Locator {
    return this.dialog.locator(`input[name="memo-kind"][value="${value}"]`);
  }

  async titles(): Promise<string[]> {
    return this.items.locator('.memo-list__title').allInnerTexts();
  }

  /** Starts a new project memo and types `text` in it, as a researcher would. */
  async typeNewProjectMemo(text: string): Promise<void> {
    await this.newProjectMemo.click();
    await this.editor.text.waitFor();
    await this.page.keyboard.type(text);
  }
}
