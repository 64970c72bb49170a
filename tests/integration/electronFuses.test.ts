import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterPack } from '../../scripts/afterPack.mjs';
import {
  ELECTRON_FUSES,
  FUSE_SENTINEL,
  FUSE_WIRE_ORDER,
  flipFusesInFile,
  readFuseWire,
  setFuseWires,
} from '../../scripts/lib/electronFuses.mjs';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';

/** Bytes laid out like an Electron binary: code, the fuse wire (all fuses at Electron's defaults), code. */
function fakeBinary(wires = 1, version = 1): Buffer {
  // Electron's defaults: RunAsNode, NODE_OPTIONS, --inspect, file: privileges on; the rest off.
  const defaults = '10110001';
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([version, defaults.length]),
    Buffer.from(defaults, 'latin1'),
  ]);
  const parts: Buffer[] = [Buffer.alloc(4096, 0x90)];
  for (let index = 0; index < wires; index++) parts.push(wire, Buffer.alloc(1024, 0x90));
  return Buffer.concat(parts);
}

describe('Electron fuses', () => {
  it('electron-builder.yml flips them in its afterPack hook, with app.asar on', () => {
    const config = readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^afterPack: \.\/scripts\/afterPack\.mjs$/mu);
    expect(config).toMatch(/^asar: true$/mu);
    // electron-builder 25 rejects this key; the hook replaces it.
    expect(config).not.toMatch(/^electronFuses:/mu);
  });

  it('are set as Verbatim needs: no Node.js mode, no NODE_OPTIONS, no inspector, app.asar only and checked, cookies encrypted', () => {
    expect(ELECTRON_FUSES).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('are written into the fuse wire, leaving every other byte alone', () => {
    const before = fakeBinary();
    const bytes = Buffer.from(before);
    expect(setFuseWires(bytes)).toHaveLength(1);
    expect(readFuseWire(bytes)).toEqual({ ...ELECTRON_FUSES, loadBrowserProcessSpecificV8Snapshot: false });
    const changed = [...bytes.keys()].filter((index) => bytes[index] !== before[index]);
    const wireStart = before.indexOf(FUSE_SENTINEL, 0, 'latin1') + FUSE_SENTINEL.length + 2;
    expect(changed.every((index) => index >= wireStart && index < wireStart + FUSE_WIRE_ORDER.length)).toBe(
      true,
    );
  });

  it('are set in both slices of a universal macOS binary', () => {
    const bytes = fakeBinary(2);
    expect(setFuseWires(bytes)).toHaveLength(2);
    const second = bytes.subarray(bytes.lastIndexOf(FUSE_SENTINEL, undefined, 'latin1'));
    expect(readFuseWire(second)).toMatchObject(ELECTRON_FUSES);
  });

  it('refuse a file without a wire, or with a wire of another version, changing nothing', () => {
    const plain = Buffer.alloc(2048, 0x41);
    expect(() => setFuseWires(plain)).toThrow(/not an Electron/u);
    const future = fakeBinary(1, 2);
    const copy = Buffer.from(future);
    expect(() => setFuseWires(copy)).toThrow(/version 2/u);
    expect(copy.equals(future)).toBe(true);
  });

  it('are flipped by the afterPack hook in the packaged Linux and Windows binaries', () => {
    const dir = makeTempDir('fuses');
    for (const [platform, file] of [
      ['linux', 'verbatim'],
      ['win32', 'Verbatim.exe'],
    ] as const) {
      const appOutDir = join(dir, platform);
      mkdirSync(appOutDir, { recursive: true });
      writeFileSync(join(appOutDir, file), fakeBinary());
      afterPack({
        appOutDir,
        electronPlatformName: platform,
        arch: 1,
        packager: { appInfo: { productFilename: 'Verbatim' }, executableName: 'verbatim' },
      });
      expect(readFuseWire(readFileSync(join(appOutDir, file))), platform).toMatchObject(ELECTRON_FUSES);
    }
    const path = join(dir, 'again');
    writeFileSync(path, fakeBinary());
    expect(flipFusesInFile(path)).toBe(1);
    expect(flipFusesInFile(path)).toBe(1);
    expect(readFuseWire(readFileSync(path))).toMatchObject(ELECTRON_FUSES);
  });
});
