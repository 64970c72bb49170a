import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportLanguage } from '../contract/types.ts';
import { docxStyles, lineRuns, pageNumberFooter } from '../exports/docxCommon.ts';
import type { SummaryTable } from './summariesExport.ts';

/**
 * The summary grid as a Word table for a paper: a row per case, a column per code, on a
 * landscape page; the header row repeats on each page.
 */
export async function summariesToDocx(
  { title, header, rows }: SummaryTable,
  language: ExportLanguage,
): Promise<Buffer> {
  const cell = (text: string, bold = false): TableCell =>
    new TableCell({
      children: text
        .split('\n\n')
        .map((paragraph) =>
          bold
            ? new Paragraph({ children: [new TextRun({ text: paragraph, bold: true })] })
            : new Paragraph({ children: lineRuns(paragraph) }),
        ),
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, index) => cell(text, index === 0)) })),
    ],
  });
  const document = new Document({
    creator: 'Verbatim',
    lastModifiedBy: 'Verbatim',
    title,
    styles: docxStyles(language),
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        footers: pageNumberFooter(),
        children: [new Paragraph({ text: title, heading: HeadingLevel.TITLE }), table],
      },
    ],
  });
  return Packer.toBuffer(document);
}
