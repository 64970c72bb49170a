import { createHash } from 'node:crypto';
import { AppError } from '../errors.ts';
import { buildCanonicalDocument, normaliseRawText, type CanonicalDocument } from '../text/canonical.ts';
import { splitIntoTurns } from '../text/speakers.ts';
import { decodeTextFile } from './decodeText.ts';
import { MAX_IMPORT_BYTES } from './limits.ts';

export interface ParsedSource {
  readonly name: string;
  readonly sourceName: string;
  readonly format: string;
  readonly encoding: string;
  readonly checksum: string;
  readonly canonical: CanonicalDocument;
}

const PLAIN_TEXT_EXTENSIONS = new Set(['txt', 'md', 'markdown', 'text']);

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function baseNameOf(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const base = fileName.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Parses one file into a canonical document, or throws an AppError('BAD_FILE') saying why. */
export function parseSource(fileName: string, bytes: Uint8Array): ParsedSource {
  const extension = extensionOf(fileName);
  if (!PLAIN_TEXT_EXTENSIONS.has(extension)) {
    throw new AppError(
      'BAD_FILE',
      `${fileName}: the .${extension || '(none)'} format is not supported yet; import .txt or .md files.`,
    );
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new AppError(
      'BAD_FILE',
      `${fileName} is ${mb} MB; Verbatim imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into several documents.`,
    );
  }
  const decoded = decodeTextFile(fileName, bytes);
  const canonical = buildCanonicalDocument(splitIntoTurns(normaliseRawText(decoded.text)));
  if (canonical.text.length === 0) throw new AppError('BAD_FILE', `${fileName} contains no text.`);
  return {
    name: baseNameOf(fileName),
    sourceName: fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1),
    format: extension === 'markdown' ? 'md' : extension,
    encoding: decoded.encoding,
    checksum: createHash('sha256').update(canonical.text).digest('hex'),
    canonical,
  };
}
