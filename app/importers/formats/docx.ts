import type { ImportNote } from '../../contract/types.ts';
import { AppError } from '../../errors.ts';
import { importNote } from '../notes.ts';
import { isXmlPart, storedZip, unpackArchive } from '../zipSafety.ts';
import { htmlParagraphs } from './htmlParagraphs.ts';

export interface DocumentText {
  readonly paragraphs: readonly string[];
  /** What the reader should know about the import, e.g. images left out. */
  readonly notes: readonly ImportNote[];
}

/**
 * A .docx as paragraphs, with mammoth: tables flattened to "cell | cell" lines, footnotes
 * and endnotes kept at the end, images left out (and counted in the notes).
 */
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<DocumentText> {
  // mammoth unzips by itself and trusts the sizes a header declares: it gets only the XML
  // parts, already inflated through the guard and re-packed without compression. Images
  // are never read (they are left out).
  const parts = unpackArchive(fileName, bytes, isXmlPart);
  if (!parts.has('word/document.xml')) {
    throw new AppError('BAD_FILE', `${fileName} is not a Word document (word/document.xml is missing).`, {
      key: 'notWord',
      params: { file: fileName },
    });
  }
  // mammoth and its dependencies (0.8 MB) are loaded on the first .docx only, so that the
  // CLI and the app start fast.
  const { default: mammoth } = await import('mammoth');
  let images = 0;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(storedZip(parts)) },
      {
        ignoreEmptyParagraphs: true,
        convertImage: mammoth.images.imgElement(() => {
          images++;
          return Promise.resolve({ src: '' });
        }),
      },
    );
    html = result.value;
  } catch (error) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} is damaged and cannot be read (${error instanceof Error ? error.message : String(error)}).`,
      { key: 'documentDamaged', params: { file: fileName } },
    );
  }
  // The "↑" back-links of footnotes are navigation, not text.
  const cleaned = html.replace(/<a href="#(?:foot|end)note-ref-[^"]*">.*?<\/a>/gu, '');
  const notes = images > 0 ? [importNote('imagesLeftOut', images)] : [];
  return { paragraphs: htmlParagraphs(cleaned), notes };
}
