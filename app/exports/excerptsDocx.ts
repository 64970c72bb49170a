import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { docxStyles, pageNumberFooter } from './docxCommon.ts';
import type { ExportLanguage } from './citation.ts';
import { DOCUMENT_PART, type DocxSkeleton } from './excerptsDocxStream.ts';
import { EXPORT_LABELS, excerptsTitle } from './labels.ts';

const BODY = 'VERBATIM-EXCERPTS-BODY';

/**
 * Coded excerpts as a Word document: the docx library writes the file around them (title,
 * styles: "Quote", "Excerpt citation", "Excerpt memo"; page numbers in the footer; title,
 * subject and author in the properties), with one placeholder paragraph where the groups
 * go; ./excerptsDocxStream.ts writes them there one excerpt at a time. The library holds a
 * document's every paragraph as objects (3.8 GB for 200,000 excerpts), so it makes only
 * this small frame.
 */
export async function excerptsDocxSkeleton(
  language: ExportLanguage,
  projectName: string,
  codeName: string | null,
): Promise<DocxSkeleton> {
  const labels = EXPORT_LABELS[language];
  const title = excerptsTitle(language, projectName, codeName);
  const document = new Document({
    creator: 'Verbatim',
    lastModifiedBy: 'Verbatim',
    title,
    subject: projectName,
    description: labels.title,
    styles: docxStyles(language),
    sections: [
      {
        footers: pageNumberFooter(),
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: BODY }),
        ],
      },
    ],
  });
  const parts = Object.entries(unzipSync(await Packer.toBuffer(document)));
  const xml = strFromU8(parts.find(([name]) => name === DOCUMENT_PART)?.[1] ?? new Uint8Array());
  const marker = `<w:p><w:r><w:t xml:space="preserve">${BODY}</w:t></w:r></w:p>`;
  const cut = xml.indexOf(marker);
  if (cut < 0) throw new Error('The docx library wrote the placeholder paragraph differently.');
  return { parts, head: xml.slice(0, cut), tail: xml.slice(cut + marker.length) };
}
