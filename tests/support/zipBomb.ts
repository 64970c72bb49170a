import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Zip bombs made in the test (no binary fixtures): an archive whose `bomb` entry inflates to
 * `realBytes` while its headers declare `declaredBytes`, the lie that hid a bomb from a
 * check of declared sizes alone. The deflate stream is one compressed megabyte of spaces,
 * flushed so that it stands alone, repeated: a few kilobytes per unpacked megabyte, built
 * without ever holding the unpacked data.
 */
export interface BombEntry {
  readonly name: string;
  readonly realBytes: number;
  readonly declaredBytes: number;
}

const MB = 1024 * 1024;

function bombStream(realBytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(MB, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const rest = realBytes % MB;
  const tail = deflateRawSync(Buffer.alloc(rest, 0x20));
  return Buffer.concat([...Array.from({ length: Math.floor(realBytes / MB) }, () => block), tail]);
}

interface Packed {
  readonly name: Buffer;
  readonly data: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

/** A zip of honest text entries plus lying ones, all deflated; sizes as declared in both headers. */
export function makeBombZip(
  files: Readonly<Record<string, string>>,
  bombs: readonly BombEntry[],
): Uint8Array {
  const packed: Packed[] = [
    ...Object.entries(files).map(([name, text]) => {
      const raw = Buffer.from(text, 'utf8');
      return { name: Buffer.from(name), data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
    }),
    ...bombs.map((bomb) => ({
      name: Buffer.from(bomb.name),
      data: bombStream(bomb.realBytes),
      crc: 0,
      size: bomb.declaredBytes,
    })),
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of packed) {
    const header = (signature: number, length: number): Buffer => {
      const out = Buffer.alloc(length);
      out.writeUInt32LE(signature, 0);
      return out;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, entry.name, Buffer.from(entry.data));
    centrals.push(central, entry.name);
    offset += 30 + entry.name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
