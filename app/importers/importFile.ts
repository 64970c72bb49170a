import { createHash } from 'node:crypto';
import { AppError } from '../errors.ts';
import {
  buildCanonicalDocument,
  normaliseRawText,
  type CanonicalDocument,
  type SegmentDraft,
} from '../text/canonical.ts';
import { splitIntoTurns } from '../text/speakers.ts';
import { decodeTextFile, type TextEncoding } from './decodeText.ts';
import { readDocx } from './formats/docx.ts';
import { readOdt } from './formats/odt.ts';
import { readPdf } from './formats/pdf.ts';
import { subtitleSegments, zoomCaptionSegments } from './formats/subtitles.ts';
import { MAX_IMPORT_BYTES } from './limits.ts';
import type { ImportNote, Replacement } from '../contract/types.ts';
import { planReplacements } from '../pseudonymise/replace.ts';
import { applyEdits } from '../text/textEdits.ts';

export interface ParsedSource {
  readonly name: string;
  readonly sourceName: string;
  readonly format: string;
  readonly encoding: string;
  readonly checksum: string;
  readonly canonical: CanonicalDocument;
  /** What the researcher should know, e.g. images left out, damaged bytes, dropped cues. */
  readonly notes: readonly ImportNote[];
}

export interface ParseOptions {
  /** Forces the encoding of a plain-text or subtitle file. */
  readonly encoding?: TextEncoding | undefined;
  /** Speaker labels renamed as the user confirmed them, e.g. all interviewer labels → "Interviewer". */
  readonly speakerMap?: Readonly<Record<string, string>> | undefined;
  /** Identifiers the user accepted to replace, applied to text and speaker labels. */
  readonly replacements?: readonly Replacement[] | undefined;
}

/**
 * The user's confirmations, applied to the segments before the document is built: since
 * the document is new, no offset needs mapping.
 */
function confirmDrafts(drafts: readonly SegmentDraft[], options: ParseOptions): SegmentDraft[] {
  const replacements = options.replacements ?? [];
  const replace = (text: string): string =>
    replacements.length === 0 ? text : applyEdits(text, planReplacements(text, replacements));
  return drafts.map((draft) => {
    const mapped = draft.speaker === null ? null : (options.speakerMap?.[draft.speaker] ?? draft.speaker);
    const speaker = mapped === null || mapped.trim() === '' ? null : replace(mapped.trim());
    return { ...draft, text: replace(draft.text), speaker };
  });
}

export const SUPPORTED_EXTENSIONS = [
  'txt',
  'md',
  'markdown',
  'text',
  'docx',
  'odt',
  'pdf',
  'vtt',
  'srt',
] as const;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function baseNameOf(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  return fileName.slice(slash + 1);
}

export function withoutExtension(fileName: string): string {
  const base = baseNameOf(fileName);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

interface Drafts {
  readonly drafts: SegmentDraft[];
  readonly encoding: string;
  readonly notes: readonly ImportNote[];
}

async function draftsOf(
  fileName: string,
  extension: string,
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<Drafts> {
  if (extension === 'docx' || extension === 'odt' || extension === 'pdf') {
    const document =
      extension === 'docx'
        ? await readDocx(fileName, bytes)
        : extension === 'pdf'
          ? await readPdf(fileName, bytes)
          : readOdt(fileName, bytes);
    // Paragraphs are separated by blank lines, so that text without speakers splits into
    // paragraphs and speaker turns run on across them.
    const text = normaliseRawText(document.paragraphs.join('\n\n'));
    return { drafts: splitIntoTurns(text), encoding: 'utf-8', notes: document.notes };
  }
  const decoded = decodeTextFile(fileName, bytes, options.encoding);
  const text = normaliseRawText(decoded.text);
  if (extension === 'vtt' || extension === 'srt') {
    const subtitles = subtitleSegments(text);
    return {
      drafts: subtitles.drafts,
      encoding: decoded.encoding,
      notes: [...(decoded.notes ?? []), ...subtitles.notes],
    };
  }
  return {
    drafts: zoomCaptionSegments(text) ?? splitIntoTurns(text),
    encoding: decoded.encoding,
    notes: decoded.notes ?? [],
  };
}

/** Parses one file into a canonical document, or throws an AppError('BAD_FILE') saying why. */
export async function parseSource(
  fileName: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ParsedSource> {
  const extension = extensionOf(fileName);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new AppError(
      'BAD_FILE',
      `${baseNameOf(fileName)}: the .${extension || '(none)'} format is not supported; import .txt, .md, .docx, .odt, .pdf, .vtt or .srt files (survey tables: .csv, .xlsx, with “Import a survey table”).`,
    );
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new AppError(
      'BAD_FILE',
      `${baseNameOf(fileName)} is ${mb} MB; Verbatim imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into several documents.`,
    );
  }
  const { drafts, encoding, notes } = await draftsOf(baseNameOf(fileName), extension, bytes, options);
  const canonical = buildCanonicalDocument(confirmDrafts(drafts, options));
  if (canonical.text.length === 0)
    throw new AppError('BAD_FILE', `${baseNameOf(fileName)} contains no text.`);
  return {
    name: withoutExtension(fileName),
    sourceName: baseNameOf(fileName),
    format:
      extension === 'markdown' || extension === 'text' ? (extension === 'text' ? 'txt' : 'md') : extension,
    encoding,
    checksum: createHash('sha256').update(canonical.text).digest('hex'),
    canonical,
    notes,
  };
}
