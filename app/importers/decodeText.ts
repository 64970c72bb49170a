import type { ImportNote } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { scanUtf8 } from './utf8Scan.ts';
import { importNote, lineList } from './notes.ts';

import { TEXT_ENCODINGS, type TextEncoding } from '../contract/enums.ts';

export { TEXT_ENCODINGS, type TextEncoding };

export interface DecodedText {
  readonly text: string;
  /** What was used, e.g. 'utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'. */
  readonly encoding: string;
  /** What the researcher should know, e.g. stray NUL bytes removed, invalid bytes replaced. */
  readonly notes?: readonly ImportNote[];
}

/**
 * UTF-16 without a byte-order mark: most characters of Western text are ASCII, so one byte
 * of each pair is NUL — the odd bytes for little-endian, the even ones for big-endian.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/** At most one NUL per this many bytes is a damaged text file, not a binary one. */
const STRAY_NUL_RATIO = 1 / 1000;

function looksBinary(bytes: Uint8Array): boolean {
  // NUL hardly occurs in 8-bit text (a few stray ones come from broken transcription
  // tools); a share of other C0 controls beyond a few percent means a binary file renamed .txt.
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  let nuls = 0;
  // An indexed loop: for…of over the bytes cost 0.2 s for 200 transcripts.
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i] ?? 0;
    if (byte === 0) nuls++;
    else if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
  }
  if (sample.length === 0) return false;
  return (
    nuls / sample.length > STRAY_NUL_RATIO ||
    (nuls > 0 && sample.length < 1000) ||
    controls / sample.length > 0.02
  );
}

/** Removes stray NUL bytes, saying how many went: they carry no text. */
function withoutNuls(bytes: Uint8Array): { bytes: Uint8Array; removed: number } {
  if (!bytes.includes(0)) return { bytes, removed: 0 };
  const kept = bytes.filter((byte) => byte !== 0);
  return { bytes: kept, removed: bytes.length - kept.length };
}

// Bytes 0x80–0x9F in Windows-1252 (undefined ones stay as the C1 control). Node's
// TextDecoder may be built without the full table and decode them as Latin-1 controls.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/gu, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

function decode(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal: true }).decode(bytes);
}

/**
 * UTF-8 with its invalid bytes replaced by U+FFFD, and a note saying on which lines; null
 * when the bytes are not mostly UTF-8. A file with at least two valid multi-byte characters
 * per invalid byte is UTF-8 with some damage (a transfer, a bad edit): reading it all as
 * Windows-1252 would garble every accent. A Windows-1252 file, whose accents are single
 * bytes, almost never holds valid UTF-8 sequences.
 */
function damagedUtf8(bytes: Uint8Array, forced: boolean): { text: string; notes: ImportNote[] } | null {
  const scan = scanUtf8(bytes);
  if (scan.invalid > 0 && !forced && scan.multibyte < 2 * scan.invalid) return null;
  const text = new TextDecoder('utf-8').decode(bytes);
  return {
    text,
    notes: scan.invalid > 0 ? [importNote('invalidBytes', scan.invalid, lineList(scan.lines))] : [],
  };
}

function checkNotBlank(name: string, text: string): void {
  if (text.replace(/\uFEFF/gu, '').trim().length === 0)
    throw new AppError('BAD_FILE', `${name} contains no text.`, { key: 'noText', params: { file: name } });
}

/**
 * Decodes a plain-text file. Detection: a byte-order mark (UTF-8, UTF-16 LE/BE), UTF-16
 * by its NUL pattern, then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (which
 * covers Latin-1: French files from older Windows tools). `override` forces an encoding.
 */
export function decodeTextFile(name: string, bytes: Uint8Array, override?: TextEncoding): DecodedText {
  if (bytes.length === 0)
    throw new AppError('BAD_FILE', `${name} is empty.`, { key: 'emptyFile', params: { file: name } });
  if (override === 'utf-8') {
    // The user chose UTF-8: what does not fit is shown as U+FFFD, and said where.
    const forced = damagedUtf8(bytes, true);
    const text = forced?.text ?? '';
    checkNotBlank(name, text);
    return {
      text: text.replace(/^\uFEFF/u, ''),
      encoding: override,
      ...(forced?.notes.length ? { notes: forced.notes } : {}),
    };
  }
  if (override) {
    let text: string;
    try {
      text = decode(bytes, override);
    } catch {
      throw new AppError('BAD_FILE', `${name} cannot be read as ${override}; choose another encoding.`, {
        key: 'cannotDecodeAs',
        params: { file: name, encoding: override },
      });
    }
    checkNotBlank(name, text);
    return { text: text.replace(/^\uFEFF/u, ''), encoding: override };
  }
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8-bom'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : null;
  const utf16 = bom === 'utf-16le' || bom === 'utf-16be' ? bom : guessUtf16(bytes);
  if (utf16) {
    let text: string;
    try {
      text = decode(bytes, utf16);
    } catch {
      // Without a byte-order mark the NUL pattern was only a guess: a binary file fits it too.
      throw new AppError(
        'BAD_FILE',
        bom
          ? `${name} looks like UTF-16 but is damaged; it was not imported.`
          : `${name} looks like a binary file, not text; it was not imported.`,
        { key: bom ? 'utf16Damaged' : 'binaryFile', params: { file: name } },
      );
    }
    if (text.includes('\u0000'))
      throw new AppError('BAD_FILE', `${name} looks like a binary file, not text; it was not imported.`, {
        key: 'binaryFile',
        params: { file: name },
      });
    checkNotBlank(name, text);
    return { text: text.replace(/^\uFEFF/u, ''), encoding: utf16 };
  }
  if (looksBinary(bytes)) {
    throw new AppError('BAD_FILE', `${name} looks like a binary file, not text; it was not imported.`, {
      key: 'binaryFile',
      params: { file: name },
    });
  }
  const { bytes: clean, removed } = withoutNuls(bytes);
  // Only a file that lost something carries notes.
  const nulNotes = removed > 0 ? [importNote('nulBytesRemoved', removed)] : [];
  const utf8 = damagedUtf8(clean, false);
  if (utf8) {
    checkNotBlank(name, utf8.text);
    const notes = [...nulNotes, ...utf8.notes];
    return {
      text: utf8.text.replace(/^\uFEFF/u, ''),
      encoding: bom ?? 'utf-8',
      ...(notes.length > 0 ? { notes } : {}),
    };
  }
  const text = decodeWindows1252(clean);
  checkNotBlank(name, text);
  return { text, encoding: 'windows-1252', ...(nulNotes.length > 0 ? { notes: nulNotes } : {}) };
}
