import type { Locator, Page } from 'playwright-core';

export interface FileToImport {
  readonly name: string;
  readonly buffer: Buffer;
}

/** The documents panel and its import dialog (file review, speakers, identifiers, progress). */
export class DocumentsPane {
  readonly root: Locator;
  readonly fileInput: Locator;
  readonly dialog: Locator;
  readonly report: Locator;
  readonly items: Locator;
  /** The import button, which opens the file dialog of the hidden file input. */
  readonly importButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('section.documents');
    this.fileInput = this.root.locator('input[type=file]');
    this.dialog = page.locator('dialog.import-dialog');
    this.report = this.dialog.locator('.import-summary');
    this.items = this.root.locator('.document-list__item');
    this.importButton = this.root.locator('button.file-button');
  }

  /** Chooses files in the import button's file dialog; the import review opens. */
  async chooseFiles(files: readonly FileToImport[]): Promise<void> {
    await this.fileInput.setInputFiles(
      files.map((file) => ({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer })),
    );
    await this.dialog.locator('.import-files').waitFor();
  }

  /** Drops files on the documents panel, as from a file manager. */
  async dropFiles(files: readonly FileToImport[]): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      (items: { name: string; bytes: number[] }[]) => {
        const data = new DataTransfer();
        for (const item of items) data.items.add(new File([new Uint8Array(item.bytes)], item.name));
        return data;
      },
      files.map((file) => ({ name: file.name, bytes: [...file.buffer] })),
    );
    await this.root.dispatchEvent('dragover', { dataTransfer: transfer });
    await this.root.dispatchEvent('drop', { dataTransfer: transfer });
    await this.dialog.locator('.import-files').waitFor();
  }

  fileRow(fileName: string): Locator {
    return this.dialog.locator(`.import-files tr[data-file="${fileName}"]`);
  }

  finding(text: string): Locator {
    return this.dialog.locator(`.identifier[data-finding="${text}"]`);
  }

  /** Starts the import from the review and waits for the summary. */
  async startImport(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Import \d+ files?$/u }).click();
    await this.report.waitFor();
  }

  /** Chooses files and imports them as the review proposes. */
  async importFiles(files: readonly FileToImport[]): Promise<void> {
    await this.chooseFiles(files);
    await this.startImport();
  }

  async closeImport(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  failure(fileName: string): Locator {
    return this.report.locator(`li[data-file="${fileName}"]`);
  }

  async open(documentName: string): Promise<void> {
    await this.root.locator(`.document-list__item[data-document-name="${documentName}"]`).click();
  }
}
