import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type IStylesOptions } from 'docx';
import type { ExportLanguage } from './citation.ts';

// Word measures in twentieths of a point: 1 cm ≈ 567, 6 pt = 120.
const CM = 567;

/**
 * Named paragraph styles, so that a researcher can restyle every quote or citation at once
 * in Word or LibreOffice ("Quote" is also the name of Word's own block-quote style).
 * The default language drives spell-checking and hyphenation.
 */
export function docxStyles(language: ExportLanguage): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: 'Times New Roman',
          size: 24,
          language: { value: language === 'fr' ? 'fr-FR' : 'en-GB' },
        },
        paragraph: { spacing: { after: 120 } },
      },
    },
    paragraphStyles: [
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'ExcerptCitation',
        quickFormat: true,
        paragraph: { indent: { left: CM, right: CM }, spacing: { before: 240, after: 60 } },
      },
      {
        id: 'ExcerptCitation',
        name: 'Excerpt citation',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '555555', size: 20 },
        paragraph: { indent: { left: CM, right: CM }, spacing: { after: 120 } },
      },
      {
        id: 'ExcerptMemo',
        name: 'Excerpt memo',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 20, color: '5a4a00' },
        paragraph: { indent: { left: CM * 1.5, right: CM }, spacing: { after: 240 } },
      },
    ],
  };
}

/** Lines of text as runs separated by line breaks, so a paragraph keeps the transcript's lines. */
export function lineRuns(text: string, options: { italics?: boolean } = {}): TextRun[] {
  return text
    .split('\n')
    .map((line, index) => new TextRun({ text: line, ...options, ...(index > 0 ? { break: 1 } : {}) }));
}

/** "page N" centred in the footer. */
export function pageNumberFooter(): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT] })],
        }),
      ],
    }),
  };
}
