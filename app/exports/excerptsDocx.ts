import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Excerpt } from '../contract/types.ts';
import type { ExportLanguage } from './citation.ts';
import type { ExcerptGroup } from './excerptsMarkdown.ts';
import { frenchTypography } from './frenchTypography.ts';

const TITLE: Record<ExportLanguage, string> = { en: 'Coded excerpts', fr: 'Extraits codés' };
const COUNT: Record<ExportLanguage, (n: number) => string> = {
  en: (n) => `${n} excerpt${n === 1 ? '' : 's'}`,
  fr: (n) => `${n} extrait${n > 1 ? 's' : ''}`,
};
// Word measures indents in twentieths of a point: 1 cm ≈ 567.
const QUOTE_INDENT = 567;

/** A quote's lines as runs separated by line breaks, so the paragraph keeps the transcript's lines. */
function quoteRuns(quote: string): TextRun[] {
  return quote
    .split('\n')
    .map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

/**
 * Coded excerpts as a Word document (docx library): a heading per group, each quote
 * indented, its citation in italics beneath, page numbers in the footer, title and author
 * in the document properties. Opens in Word and LibreOffice.
 */
export async function excerptsToDocx(
  projectName: string,
  groups: readonly ExcerptGroup[],
  language: ExportLanguage,
  cite: (excerpt: Excerpt) => string,
): Promise<Buffer> {
  const typeset = (text: string): string => (language === 'fr' ? frenchTypography(text) : text);
  const title = typeset(`${TITLE[language]} — ${projectName}`);
  const children: Paragraph[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  for (const group of groups) {
    children.push(
      new Paragraph({ text: typeset(group.codeName), heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [new TextRun({ text: COUNT[language](group.excerpts.length), italics: true })],
      }),
    );
    for (const excerpt of group.excerpts) {
      children.push(
        new Paragraph({
          children: quoteRuns(excerpt.quote),
          indent: { left: QUOTE_INDENT },
          spacing: { before: 200 },
        }),
        new Paragraph({
          children: [new TextRun({ text: `— ${cite(excerpt)}`, italics: true })],
          indent: { left: QUOTE_INDENT },
          spacing: { after: 200 },
        }),
      );
    }
  }
  const document = new Document({
    creator: 'Verbatim',
    title,
    description: TITLE[language],
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
