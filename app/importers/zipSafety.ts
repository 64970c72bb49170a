import { unzipSync } from 'fflate';
import { AppError } from '../errors.ts';

/** Uncompressed size a .docx/.odt may declare in all; a real transcript is a few MB. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Above this compression ratio an archive is treated as a zip bomb. */
export const MAX_COMPRESSION_RATIO = 100;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Checks an Office/OpenDocument archive before anything inflates it: password-protected
 * files (Office encrypts them into an OLE container), files that are not zips, and zip
 * bombs (by the sizes the central directory declares). Returns the entry names.
 */
export function inspectArchive(fileName: string, bytes: Uint8Array): string[] {
  if (OLE_MAGIC.every((byte, index) => bytes[index] === byte)) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} is password-protected or in the old binary Word format; save it unprotected as .docx and import it again.`,
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} is damaged or not a real ${fileName.split('.').pop() ?? ''} file.`,
    );
  }
  const names: string[] = [];
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        declared += file.originalSize;
        return false; // read the directory only; inflate nothing
      },
    });
  } catch {
    throw new AppError('BAD_FILE', `${fileName} is damaged (its zip structure cannot be read).`);
  }
  if (declared > MAX_UNZIPPED_BYTES || declared > MAX_COMPRESSION_RATIO * bytes.length) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} would unpack to ${(declared / 1024 / 1024).toFixed(0)} MB; this looks like a zip bomb, not a transcript.`,
    );
  }
  return names;
}

/** Inflates one entry (after inspectArchive), as UTF-8 text. */
export function readArchiveText(fileName: string, bytes: Uint8Array, entry: string): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === entry });
  } catch {
    throw new AppError('BAD_FILE', `${fileName} is damaged (${entry} cannot be unpacked).`);
  }
  const data = files[entry];
  if (!data)
    throw new AppError('BAD_FILE', `${fileName} is damaged or not a real document (${entry} is missing).`);
  return new TextDecoder('utf-8').decode(data);
}

/** XML with a DTD can define entities (external files, "billion laughs"): never read it. */
export function refuseDoctype(fileName: string, xml: string): void {
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} contains an XML document type declaration, which Verbatim refuses for safety.`,
    );
  }
}
