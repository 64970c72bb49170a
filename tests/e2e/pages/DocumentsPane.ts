import type { Locator, Page } from 'playwright-core';

export interface FileToImport {
  readonly name: string;
  readonly buffer: Buffer;
}

export class DocumentsPane {
  readonly root: Locator;
  readonly fileInput: Locator;
  readonly report: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('section.documents');
    this.fileInput = this.root.locator('input[type=file]');
    this.report = this.root.locator('.import-report');
    this.items = this.root.locator('.document-list__item');
  }

  /** Chooses files in the import button's file dialog. */
  async importFiles(files: readonly FileToImport[]): Promise<void> {
    await this.fileInput.setInputFiles(
      files.map((file) => ({ name: file.name, mimeType: 'text/plain', buffer: file.buffer })),
    );
  }

  failure(fileName: string): Locator {
    return this.report.locator(`li[data-file="${fileName}"]`);
  }

  async open(documentName: string): Promise<void> {
    await this.root.locator(`.document-list__item[data-document-name="${documentName}"]`).click();
  }
}
