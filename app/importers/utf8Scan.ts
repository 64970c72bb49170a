/**
 * Counts what a UTF-8 decoder would meet in a file: valid multi-byte characters, invalid
 * bytes, and the lines (1-based) where the invalid ones are. Follows the well-formed byte
 * sequences of Unicode (table 3-7): no overlong forms, no surrogates, nothing past U+10FFFF.
 */
export interface Utf8Scan {
  readonly multibyte: number;
  readonly invalid: number;
  readonly lines: readonly number[];
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

/** Length of the well-formed sequence that starts at `at` (a non-ASCII byte), or 0. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] ?? 0;
  const second = bytes[at + 1];
  if (lead >= 0xc2 && lead <= 0xdf) return isContinuation(second) ? 2 : 0;
  if (second === undefined) return 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return 0;
    return isContinuation(second) && isContinuation(bytes[at + 2]) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return 0;
    return isContinuation(second) && isContinuation(bytes[at + 2]) && isContinuation(bytes[at + 3]) ? 4 : 0;
  }
  return 0;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let line = 1;
  const lines: number[] = [];
  for (let at = 0; at < bytes.length;) {
    const byte = bytes[at] ?? 0;
    if (byte < 0x80) {
      if (byte === 0x0a) line++;
      at++;
      continue;
    }
    const length = sequenceLength(bytes, at);
    if (length > 0) {
      multibyte++;
      at += length;
    } else {
      invalid++;
      if (lines.at(-1) !== line) lines.push(line);
      at++;
    }
  }
  return { multibyte, invalid, lines };
}
