import { AppError } from '../errors.ts';
import { inflateEntry, listZip, SizeMismatch, type ZipEntry } from './zipReader.ts';

/** Uncompressed size a .docx/.odt may declare in all; a real transcript is a few MB. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Above this compression ratio an archive is treated as a zip bomb. */
export const MAX_COMPRESSION_RATIO = 100;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** The central directory, after the checks that need no inflating. */
function listEntries(fileName: string, bytes: Uint8Array): ZipEntry[] {
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
  try {
    return listZip(bytes);
  } catch {
    throw new AppError('BAD_FILE', `${fileName} is damaged (its zip structure cannot be read).`);
  }
}

/** Refuses `unpacked` bytes out of an archive of `packed` bytes when it looks like a zip bomb. */
function checkUnpacked(fileName: string, unpacked: number, packed: number): void {
  if (unpacked > MAX_UNZIPPED_BYTES || unpacked > MAX_COMPRESSION_RATIO * packed) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} would unpack to ${(unpacked / 1024 / 1024).toFixed(0)} MB; this looks like a zip bomb, not a transcript.`,
    );
  }
}

/** One entry's bytes; its size was checked against the limits before. */
function inflate(fileName: string, bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  try {
    return inflateEntry(bytes, entry);
  } catch (error) {
    // A header that under-states a size would hide a bomb, or give a truncated text.
    if (error instanceof SizeMismatch) {
      throw new AppError(
        'BAD_FILE',
        `${fileName} is damaged: ${entry.name} declares ${entry.size} bytes but unpacks to ${error.real === 'more' ? 'more' : error.real}.`,
      );
    }
    throw new AppError('BAD_FILE', `${fileName} is damaged (${entry.name} cannot be unpacked).`);
  }
}

/**
 * Checks an Office/OpenDocument archive before anything inflates it: password-protected
 * files (Office encrypts them into an OLE container), files that are not zips, and zip
 * bombs (by the sizes the central directory declares for every entry, since the format
 * readers inflate them all). Returns the entry names.
 */
export function inspectArchive(fileName: string, bytes: Uint8Array): string[] {
  const entries = listEntries(fileName, bytes);
  checkUnpacked(
    fileName,
    entries.reduce((sum, entry) => sum + entry.size, 0),
    bytes.length,
  );
  return entries.map((entry) => entry.name);
}

/** Inflates one entry (after inspectArchive), as UTF-8 text; its real size must be the declared one. */
export function readArchiveText(fileName: string, bytes: Uint8Array, name: string): string {
  const entry = listEntries(fileName, bytes).find((item) => item.name === name);
  if (!entry)
    throw new AppError('BAD_FILE', `${fileName} is damaged or not a real document (${name} is missing).`);
  return new TextDecoder('utf-8').decode(inflate(fileName, bytes, entry));
}

/**
 * An entry name that would leave the folder it is unpacked into: a `..` segment, an
 * absolute path (`/x`, `\x`, `C:\x`, `C:x`) or a NUL. Both slashes count as separators,
 * since Windows tools write backslashes.
 */
export function isUnsafeEntryName(name: string): boolean {
  return (
    /^[/\\]/u.test(name) ||
    /^[a-z]:/iu.test(name) ||
    name.includes('\0') ||
    name.split(/[/\\]/u).includes('..')
  );
}

/** An archive of which only some entries are read (a .qdpx: its .qde and texts, not its media). */
export interface LazyArchive {
  /** Every entry, folders included. */
  readonly names: readonly string[];
  /** An entry as UTF-8 text. */
  readText(name: string): string;
}

/**
 * Opens an archive whose entries are read one by one: any entry with an unsafe path refuses
 * the whole archive (nothing is read), and the zip-bomb limits count only the entries
 * actually read, their declared size checked before inflating and their real size after.
 * Entries never read (embedded audio, video, PDF) may thus be large.
 */
export function openArchive(fileName: string, bytes: Uint8Array): LazyArchive {
  const entries = listEntries(fileName, bytes);
  const unsafe = entries.find((entry) => isUnsafeEntryName(entry.name));
  if (unsafe) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} contains an entry with an unsafe path («${unsafe.name}»): it points outside the archive. Nothing was imported.`,
    );
  }
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  let unpacked = 0;
  return {
    names: entries.map((entry) => entry.name),
    readText: (name) => {
      const entry = byName.get(name);
      if (!entry) throw new AppError('BAD_FILE', `${fileName} is damaged (${name} is missing).`);
      checkUnpacked(fileName, unpacked + entry.size, bytes.length);
      const data = inflate(fileName, bytes, entry);
      unpacked += data.length;
      return new TextDecoder('utf-8').decode(data);
    },
  };
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
