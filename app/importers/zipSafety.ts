import { zipSync } from 'fflate';
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
      { key: 'protectedOrOldWord', params: { file: fileName } },
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} is damaged or not a real ${fileName.split('.').pop() ?? ''} file.`,
      { key: 'notARealFile', params: { file: fileName, kind: fileName.split('.').pop() ?? '' } },
    );
  }
  try {
    return listZip(bytes);
  } catch {
    throw new AppError('BAD_FILE', `${fileName} is damaged (its zip structure cannot be read).`, {
      key: 'archiveDamaged',
      params: { file: fileName },
    });
  }
}

/** Refuses `unpacked` bytes out of an archive of `packed` bytes when it looks like a zip bomb. */
function checkUnpacked(fileName: string, unpacked: number, packed: number): void {
  if (unpacked > MAX_UNZIPPED_BYTES || unpacked > MAX_COMPRESSION_RATIO * packed) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} would unpack to ${(unpacked / 1024 / 1024).toFixed(0)} MB; this looks like a zip bomb, not a transcript.`,
      { key: 'zipBomb', params: { file: fileName, size: (unpacked / 1024 / 1024).toFixed(0) } },
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
        { key: 'archiveDamaged', params: { file: fileName } },
      );
    }
    throw new AppError('BAD_FILE', `${fileName} is damaged (${entry.name} cannot be unpacked).`, {
      key: 'archiveDamaged',
      params: { file: fileName },
    });
  }
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
  /** An entry's bytes, inflated through the guard. */
  readBytes(name: string): Uint8Array;
  /** An entry as UTF-8 text. */
  readText(name: string): string;
}

/**
 * The one guard every importer inflates through (docx, odt, xlsx, qdpx). Opens an archive
 * whose entries are read one by one: a password-protected or non-zip file is refused with
 * a plain sentence, any entry with an unsafe path refuses the whole archive (nothing is
 * read), and the zip-bomb limits count the entries actually read: their declared size is
 * checked before inflating, and inflating stops one byte past it, so a header that lies
 * about a size is caught before the memory is spent. Entries never read (embedded audio,
 * video, PDF) may thus be large.
 */
export function openArchive(fileName: string, bytes: Uint8Array): LazyArchive {
  const entries = listEntries(fileName, bytes);
  const unsafe = entries.find((entry) => isUnsafeEntryName(entry.name));
  if (unsafe) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} contains an entry with an unsafe path («${unsafe.name}»): it points outside the archive. Nothing was imported.`,
      { key: 'unsafeArchivePath', params: { file: fileName, entry: unsafe.name } },
    );
  }
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  let unpacked = 0;
  const readBytes = (name: string): Uint8Array => {
    const entry = byName.get(name);
    if (!entry)
      throw new AppError('BAD_FILE', `${fileName} is damaged (${name} is missing).`, {
        key: 'archiveDamaged',
        params: { file: fileName },
      });
    checkUnpacked(fileName, unpacked + entry.size, bytes.length);
    const data = inflate(fileName, bytes, entry);
    unpacked += data.length;
    return data;
  };
  return {
    names: entries.map((entry) => entry.name),
    readBytes,
    readText: (name) => new TextDecoder('utf-8').decode(readBytes(name)),
  };
}

/** The parts of an Office or OpenDocument file that its readers parse: XML and relationships. */
export function isXmlPart(name: string): boolean {
  return /\.(?:xml|rels)$/iu.test(name);
}

/**
 * The entries that `wanted` keeps, each inflated through the guard of openArchive, with
 * any XML document type declaration refused. For libraries that unzip by themselves
 * (mammoth, read-excel-file), hand them `storedZip` of this map: they then inflate
 * nothing, so no size they read can lie.
 */
export function unpackArchive(
  fileName: string,
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): Map<string, Uint8Array> {
  const archive = openArchive(fileName, bytes);
  const parts = new Map<string, Uint8Array>();
  for (const name of archive.names) {
    if (/[/\\]$/u.test(name) || !wanted(name)) continue;
    const data = archive.readBytes(name);
    if (isXmlPart(name)) refuseDoctype(fileName, new TextDecoder('utf-8').decode(data));
    parts.set(name, data);
  }
  return parts;
}

/** Checked entries as a zip without compression (method 0), for a library that wants a zip. */
export function storedZip(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(parts), { level: 0 });
}

/** One entry of a map made by unpackArchive, as UTF-8 text. */
export function partText(fileName: string, parts: ReadonlyMap<string, Uint8Array>, name: string): string {
  const data = parts.get(name);
  if (!data)
    throw new AppError('BAD_FILE', `${fileName} is damaged or not a real document (${name} is missing).`, {
      key: 'documentDamaged',
      params: { file: fileName },
    });
  return new TextDecoder('utf-8').decode(data);
}

/** XML with a DTD can define entities (external files, "billion laughs"): never read it. */
export function refuseDoctype(fileName: string, xml: string): void {
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) {
    throw new AppError(
      'BAD_FILE',
      `${fileName} contains an XML document type declaration, which Verbatim refuses for safety.`,
      { key: 'xmlDoctype', params: { file: fileName } },
    );
  }
}
