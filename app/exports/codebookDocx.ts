import { Document, HeadingLevel, Packer, Paragraph, TextRun, type HeadingLevel as Level } from 'docx';
import type { CodeRow } from '../../db/index.ts';
import type { ExportLanguage } from './citation.ts';
import { CODEBOOK_LABELS, codebookOrder } from './codebookExport.ts';
import { docxStyles, lineRuns, pageNumberFooter } from './docxCommon.ts';
import { typesetFor } from './labels.ts';

const LEVELS: readonly (typeof Level)[keyof typeof Level][] = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/**
 * The codebook as a Word document for a paper's appendix: the hierarchy as heading levels
 * (Word's navigation pane and table of contents follow it), then per code its count,
 * definition, inclusion and exclusion criteria, and anchor example in the "Quote" style.
 */
export async function codebookToDocx(
  projectName: string,
  codes: readonly CodeRow[],
  examples: ReadonlyMap<number, string>,
  language: ExportLanguage,
): Promise<Buffer> {
  const labels = CODEBOOK_LABELS[language];
  const typeset = typesetFor(language);
  const title = typeset(`${labels.title} — ${projectName}`);
  const children: Paragraph[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  const labelled = (label: string, text: string): Paragraph =>
    new Paragraph({
      children: [new TextRun({ text: `${label}. `, bold: true }), ...lineRuns(typeset(text))],
    });
  for (const { code, depth } of codebookOrder(codes)) {
    const count = `${labels.codings(code.codingCount)}${code.archived ? `, ${labels.archived}` : ''}`;
    children.push(
      new Paragraph({ text: typeset(code.name), heading: LEVELS[Math.min(depth, LEVELS.length - 1)] }),
      new Paragraph({ children: [new TextRun({ text: count, italics: true })] }),
    );
    if (code.description) children.push(labelled(labels.definition, code.description));
    if (code.inclusion) children.push(labelled(labels.inclusion, code.inclusion));
    if (code.exclusion) children.push(labelled(labels.exclusion, code.exclusion));
    const example = examples.get(code.id);
    if (example) {
      children.push(
        new Paragraph({ children: [new TextRun({ text: `${labels.example}.`, bold: true })] }),
        new Paragraph({ style: 'Quote', children: lineRuns(example) }),
      );
    }
  }
  const document = new Document({
    creator: 'Verbatim',
    lastModifiedBy: 'Verbatim',
    title,
    subject: projectName,
    description: labels.title,
    styles: docxStyles(language),
    sections: [{ footers: pageNumberFooter(), children }],
  });
  return Packer.toBuffer(document);
}
