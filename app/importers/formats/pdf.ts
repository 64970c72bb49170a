import { AppError } from '../../errors.ts';
import { parseSpeakerLine } from '../../text/speakers.ts';
import type { DocumentText } from './docx.ts';

/** What Verbatim reads of a pdf.js text item. */
interface PdfTextItem {
  readonly str: string;
  readonly hasEOL: boolean;
  readonly transform: readonly number[];
  readonly height: number;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

/** Joins a page's text items into lines, by their baseline. */
function linesOf(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (current && Math.abs(current.y - y) > Math.max(2, item.height / 2)) {
      lines.push(current);
      current = null;
    }
    current ??= { text: '', y, height: item.height };
    current.text += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim().length > 0);
}

/**
 * A page's lines as paragraphs: a vertical gap clearly larger than the line height starts
 * a new paragraph. A bare number on the first or last line is a running page number.
 */
function paragraphsOf(lines: Line[]): string[] {
  const body = lines.filter(
    (line, index) => !((index === 0 || index === lines.length - 1) && /^\s*\d{1,4}\s*$/u.test(line.text)),
  );
  const paragraphs: string[] = [];
  let current: string[] = [];
  body.forEach((line, index) => {
    const previous = body[index - 1];
    if (previous && previous.y - line.y > 1.6 * Math.max(previous.height, line.height, 1)) {
      paragraphs.push(current.join('\n'));
      current = [];
    }
    // A PDF breaks lines where the page ends; join them back into the sentence, except
    // where a line opens a speaker turn.
    const text = line.text.trim();
    if (current.length > 0 && parseSpeakerLine(text) === null) {
      current[current.length - 1] = `${current[current.length - 1] ?? ''} ${text}`;
    } else current.push(text);
  });
  if (current.length > 0) paragraphs.push(current.join('\n'));
  return paragraphs;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/**
 * Reads the text layer of a PDF with pdf.js (no rendering, no scripts). A PDF made of
 * scanned images has no text layer: say so, rather than import an empty document.
 */
export async function readPdf(fileName: string, bytes: Uint8Array): Promise<DocumentText> {
  // pdf.js (1 MB) is loaded on the first PDF only, so that the CLI and the app start fast.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    // pdf.js 5 refuses a Node Buffer (a Uint8Array subclass, which is what files read from
    // disk are) and takes ownership of what it is given: hand it a plain Uint8Array copy.
    pdf = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    if (errorName(error) === 'PasswordException') {
      throw new AppError(
        'BAD_FILE',
        `${fileName} is password-protected; remove the password and import it again.`,
        { key: 'pdfPassword', params: { file: fileName } },
      );
    }
    throw new AppError('BAD_FILE', `${fileName} is damaged or not a real PDF file.`, {
      key: 'pdfDamaged',
      params: { file: fileName },
    });
  }
  try {
    const paragraphs: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      paragraphs.push(
        ...paragraphsOf(linesOf(content.items.flatMap((item) => ('str' in item ? [item] : [])))),
      );
      page.cleanup();
    }
    if (paragraphs.join('').trim().length === 0) {
      throw new AppError(
        'BAD_FILE',
        `${fileName} has no text layer (it is probably a scan). Run text recognition (OCR) on it first, for example with OCRmyPDF, and import the result.`,
        { key: 'pdfNoTextLayer', params: { file: fileName } },
      );
    }
    return { paragraphs, notes: [] };
  } finally {
    await pdf.destroy();
  }
}
