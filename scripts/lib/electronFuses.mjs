// Electron fuses: feature switches baked into the Electron binary, flipped at packaging time
// (before signing, so the signature covers them). electron-builder 25 has no `electronFuses`
// option (it arrived in 26; 25 rejects the key), and @electron/fuses is not installed, so
// scripts/afterPack.mjs flips them with this small writer of the documented fuse wire:
// a sentinel string, then a version byte (1), a length byte, then one byte per fuse:
// '0' off, '1' on, 'r' removed. The names are electron-builder 26's `electronFuses` keys,
// so moving to it later is moving this object into electron-builder.yml.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_WIRE_VERSION = 1;

/** Position of each fuse in the version-1 wire. */
export const FUSE_WIRE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];

/**
 * Verbatim's fuses (docs/ELECTRON.md, "Fuses"). Off: running the binary as plain Node.js
 * (ELECTRON_RUN_AS_NODE), NODE_OPTIONS and --inspect (each lets another local program run
 * code inside Verbatim with its file access), and file:'s extra privileges (the interface is
 * served from app://). On: cookie encryption, loading the app only from app.asar, and checking
 * app.asar against the hash electron-builder embeds (macOS and Windows; Linux has no support).
 */
export const ELECTRON_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

const ON = 0x31;
const OFF = 0x30;
const REMOVED = 0x72;

/**
 * Sets `fuses` in every fuse wire of `bytes` (a universal macOS binary has two) and returns
 * the wires' positions. Throws, changing nothing, when there is no wire, when its version is
 * not 1, or when the binary lacks one of the fuses asked for.
 */
export function setFuseWires(bytes, fuses = ELECTRON_FUSES) {
  const sentinel = Buffer.from(FUSE_SENTINEL, 'latin1');
  const positions = [];
  for (let at = bytes.indexOf(sentinel); at !== -1; at = bytes.indexOf(sentinel, at + 1)) positions.push(at);
  if (positions.length === 0) throw new Error('No fuse wire in this file: it is not an Electron 12+ binary.');
  if (positions.length > 2) throw new Error(`${positions.length} fuse wires found; at most 2 are expected.`);
  const writes = [];
  for (const position of positions) {
    const header = position + sentinel.length;
    const version = bytes[header];
    const length = bytes[header + 1] ?? 0;
    if (version !== FUSE_WIRE_VERSION)
      throw new Error(`Fuse wire version ${version} is not the supported version ${FUSE_WIRE_VERSION}.`);
    for (const [name, enabled] of Object.entries(fuses)) {
      const index = FUSE_WIRE_ORDER.indexOf(name);
      if (index === -1) throw new Error(`Unknown fuse ${name}.`);
      if (index >= length) throw new Error(`This Electron has no ${name} fuse (its wire has ${length}).`);
      if (bytes[header + 2 + index] === REMOVED) continue;
      writes.push([header + 2 + index, enabled ? ON : OFF]);
    }
  }
  for (const [offset, value] of writes) bytes[offset] = value;
  return positions;
}

/** The current state of each fuse of the first wire: true, false, or 'removed'. */
export function readFuseWire(bytes) {
  const sentinel = Buffer.from(FUSE_SENTINEL, 'latin1');
  const at = bytes.indexOf(sentinel);
  if (at === -1) throw new Error('No fuse wire in this file.');
  const header = at + sentinel.length;
  const state = {};
  FUSE_WIRE_ORDER.forEach((name, index) => {
    if (index >= (bytes[header + 1] ?? 0)) return;
    const value = bytes[header + 2 + index];
    state[name] = value === REMOVED ? 'removed' : value === ON;
  });
  return state;
}

/** The file holding the fuse wire in a packaged app (as @electron/fuses locates it). */
export function fuseFileOf({ appOutDir, platform, productFilename, executableName }) {
  if (platform === 'darwin' || platform === 'mas')
    return join(
      appOutDir,
      `${productFilename}.app`,
      'Contents',
      'Frameworks',
      'Electron Framework.framework',
      'Electron Framework',
    );
  if (platform === 'win32') return join(appOutDir, `${productFilename}.exe`);
  return join(appOutDir, executableName);
}

/** Flips the fuses in place in `path`, writing only the changed wire bytes. */
export function flipFusesInFile(path, fuses = ELECTRON_FUSES) {
  const bytes = readFileSync(path);
  const positions = setFuseWires(bytes, fuses);
  const sentinelLength = Buffer.byteLength(FUSE_SENTINEL, 'latin1');
  const file = openSync(path, 'r+');
  try {
    for (const position of positions) {
      const start = position + sentinelLength + 2;
      const length = bytes[position + sentinelLength + 1] ?? 0;
      writeSync(file, bytes, start, length, start);
    }
  } finally {
    closeSync(file);
  }
  return positions.length;
}
