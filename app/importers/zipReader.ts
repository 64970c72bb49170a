import { crc32, inflateRawSync } from 'node:zlib';

/**
 * A minimal zip reader: the central directory (with zip64), and one entry inflated at a
 * time to exactly the size its header declares. fflate's unzipSync writes into a buffer of
 * the declared size and silently drops the rest, so a header that under-states a size would
 * give a truncated file; here it is an error. Errors are plain `Error`s; zipSafety.ts turns
 * them into messages for the user.
 */

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As declared by the central directory; checked against the real size when read. */
  readonly size: number;
  readonly localOffset: number;
  /** CRC-32 of the entry's bytes, as declared: a damaged entry must not read as a wrong text. */
  readonly crc: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(data: DataView, at: number): number {
  const value = data.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('zip64 value out of range');
  return Number(value);
}

/** Where the central directory is, and how many entries it has. */
function directory(data: DataView): { offset: number; count: number } {
  // The end record is in the last 22 + 65535 bytes (its comment is at most 65535 bytes).
  let end = data.byteLength - 22;
  const stop = Math.max(0, end - 65535);
  while (end >= stop && data.getUint32(end, true) !== EOCD) end--;
  if (end < stop) throw new Error('no end of central directory');
  let count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  const locator = end - 20;
  if (
    (count === 0xffff || offset === MAX32) &&
    locator >= 0 &&
    data.getUint32(locator, true) === ZIP64_LOCATOR
  ) {
    const record = u64(data, locator + 8);
    if (data.getUint32(record, true) !== ZIP64_EOCD) throw new Error('bad zip64 end record');
    count = u64(data, record + 32);
    offset = u64(data, record + 48);
  }
  return { offset, count };
}

/** The zip64 extra field holds, in order, only the values whose 32-bit field is 0xFFFFFFFF. */
function zip64Values(
  data: DataView,
  extraStart: number,
  extraEnd: number,
  wanted: { size: boolean; compressed: boolean; offset: boolean },
) {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = data.getUint16(at, true);
    const length = data.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        const value = u64(data, field);
        field += 8;
        return value;
      };
      return {
        size: wanted.size ? next() : undefined,
        compressed: wanted.compressed ? next() : undefined,
        offset: wanted.offset ? next() : undefined,
      };
    }
    at += 4 + length;
  }
  throw new Error('missing zip64 extra field');
}

/** Every entry of the central directory, in its order. Throws on a damaged archive. */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes);
  const { offset, count } = directory(data);
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder('utf-8');
  const latin1 = new TextDecoder('latin1');
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (data.getUint32(at, true) !== CENTRAL) throw new Error('bad central directory entry');
    const flags = data.getUint16(at + 8, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    let compressedSize = data.getUint32(at + 20, true);
    let size = data.getUint32(at + 24, true);
    let localOffset = data.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const wanted = {
      size: size === MAX32,
      compressed: compressedSize === MAX32,
      offset: localOffset === MAX32,
    };
    if (wanted.size || wanted.compressed || wanted.offset) {
      const extraStart = at + 46 + nameLength;
      const values = zip64Values(data, extraStart, extraStart + extraLength, wanted);
      size = values.size ?? size;
      compressedSize = values.compressed ?? compressedSize;
      localOffset = values.offset ?? localOffset;
    }
    entries.push({
      // Bit 11: the name is UTF-8; otherwise it is CP437, read as Latin-1 like fflate does.
      name: (flags & 0x800 ? utf8 : latin1).decode(nameBytes),
      method: data.getUint16(at + 10, true),
      encrypted: (flags & 1) === 1,
      compressedSize,
      size,
      localOffset,
      crc: data.getUint32(at + 16, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes, which must come to exactly its declared size. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw new Error(`${entry.name} is encrypted`);
  const data = view(bytes);
  if (data.getUint32(entry.localOffset, true) !== LOCAL) throw new Error(`${entry.name}: bad local header`);
  const start =
    entry.localOffset +
    30 +
    data.getUint16(entry.localOffset + 26, true) +
    data.getUint16(entry.localOffset + 28, true);
  const packed = bytes.subarray(start, start + entry.compressedSize);
  if (packed.length !== entry.compressedSize) throw new Error(`${entry.name} is cut short`);
  let out: Uint8Array;
  if (entry.method === 0) out = packed;
  else if (entry.method === 8) {
    try {
      // Never more than the declared size plus one byte, so that a larger real size shows
      // without inflating a bomb.
      out = inflateRawSync(packed, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new SizeMismatch(entry.name, entry.size, 'more');
      throw error;
    }
  } else throw new Error(`${entry.name} uses compression method ${entry.method}`);
  if (out.length !== entry.size)
    throw new SizeMismatch(entry.name, entry.size, out.length > entry.size ? 'more' : out.length);
  if (crc32(out) !== entry.crc) throw new Error(`${entry.name} is damaged (its checksum does not match)`);
  return out;
}

/** The real size of an entry differs from what its header declares. */
export class SizeMismatch extends Error {
  constructor(
    readonly entry: string,
    readonly declared: number,
    readonly real: number | 'more',
  ) {
    super(`${entry} declares ${declared} bytes but unpacks to ${real === 'more' ? 'more' : real}`);
  }
}
