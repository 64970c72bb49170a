import { AppError } from '../errors.ts';

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

function looksBinary(bytes: Uint8Array): boolean {
  // NUL never occurs in UTF-8 text; a share of other C0 controls beyond a few percent
  // means a binary file renamed .txt.
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.02;
}

/** Decodes a plain-text file as UTF-8 (with or without BOM) or refuses it with a reason. */
export function decodeTextFile(name: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new AppError('BAD_FILE', `${name} is empty.`);
  if (looksBinary(bytes)) {
    throw new AppError('BAD_FILE', `${name} looks like a binary file, not text; it was not imported.`);
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.trim().length === 0) throw new AppError('BAD_FILE', `${name} contains no text.`);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_FILE', `${name} is not valid UTF-8 text; save it as UTF-8 and import it again.`);
  }
}
