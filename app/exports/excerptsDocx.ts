import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { docxStyles, lineRuns, pageNumberFooter } from './docxCommon.ts';
import type { ExcerptModel, ExportTick, ModelExcerpt } from './excerptModel.ts';
import { noTick } from './excerptModel.ts';
import { EXPORT_LABELS, typesetFor } from './labels.ts';

/** The quote; across turns, a "Quote" paragraph per speaker's part, opened by the label in bold. */
function quoteParagraphs(excerpt: ModelExcerpt): Paragraph[] {
  if (excerpt.turns === null) return [new Paragraph({ style: 'Quote', children: lineRuns(excerpt.shown) })];
  return excerpt.turns.map(
    (turn) =>
      new Paragraph({
        style: 'Quote',
        children: [
          ...(turn.label === null ? [] : [new TextRun({ text: `${turn.label} `, bold: true })]),
          ...lineRuns(turn.shown),
        ],
      }),
  );
}

/**
 * Coded excerpts as a Word document (docx library): a heading per group, each quote in the
 * "Quote" paragraph style, its citation line in italics beneath ("Excerpt citation"), the
 * memo when asked, page numbers in the footer, title, subject and author in the document
 * properties. Opens in Word and LibreOffice (checked by converting it to PDF where installed).
 */
export async function excerptsToDocx(model: ExcerptModel, tick: ExportTick = noTick): Promise<Buffer> {
  const labels = EXPORT_LABELS[model.language];
  const typeset = typesetFor(model.language);
  const title = typeset(`${labels.title} — ${model.projectName}`);
  const children: Paragraph[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  for (const group of model.groups) {
    children.push(
      new Paragraph({ text: typeset(group.title), heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [new TextRun({ text: labels.excerpts(group.excerpts.length), italics: true })],
      }),
    );
    if (group.excerpts.length === 0) children.push(new Paragraph({ text: labels.none }));
    for (const excerpt of group.excerpts) {
      children.push(
        ...quoteParagraphs(excerpt),
        new Paragraph({
          style: 'ExcerptCitation',
          children: [new TextRun({ text: `— ${excerpt.citation}`, italics: true })],
        }),
      );
      if (excerpt.memo !== null) {
        children.push(
          new Paragraph({
            style: 'ExcerptMemo',
            children: [
              new TextRun({ text: `${labels.memo}. `, bold: true }),
              ...lineRuns(typeset(excerpt.memo)),
            ],
          }),
        );
      }
      await tick();
    }
  }
  const document = new Document({
    creator: 'Verbatim',
    lastModifiedBy: 'Verbatim',
    title,
    subject: model.projectName,
    description: labels.title,
    styles: docxStyles(model.language),
    sections: [{ footers: pageNumberFooter(), children }],
  });
  return Packer.toBuffer(document);
}
