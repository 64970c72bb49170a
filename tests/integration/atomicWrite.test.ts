import * as fs from 'node:fs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../support/tempDir.ts';
import { writeFileAtomically } from '../../app/util/atomicWrite.ts';

/**
 * A file another program creates at `path` just after each check that the destination is
 * free: every check answers "free", and the file is there by the time of the next step.
 */
const race = vi.hoisted(() => ({ path: '', content: '' }));

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return {
    ...actual,
    existsSync: vi.fn((path: fs.PathLike) => {
      const found = actual.existsSync(path);
      if (path !== race.path) return found;
      if (!found) actual.writeFileSync(path, race.content);
      return false;
    }),
    openSync: vi.fn(actual.openSync),
    fsyncSync: vi.fn(actual.fsyncSync),
  };
});

afterEach(() => {
  race.path = '';
  vi.clearAllMocks();
});

describe('writeFileAtomically', () => {
  it('never replaces a file made after the check when overwriting is refused', () => {
    const path = join(makeTempDir('atomic-race'), 'copy.verbatim');
    race.path = path;
    race.content = 'the other program';
    expect(() => writeFileAtomically(path, 'ours', { refuseExisting: true })).toThrow(/already exists/u);
    expect(readFileSync(path, 'utf8')).toBe('the other program');
  });

  it('writes a new file, and replaces one when allowed, leaving no temporary file', () => {
    const folder = makeTempDir('atomic-write');
    const path = join(folder, 'notes.txt');
    writeFileAtomically(path, 'first', { refuseExisting: true });
    writeFileAtomically(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(fs.readdirSync(folder)).toEqual(['notes.txt']);
    writeFileSync(path, 'kept');
    expect(() => writeFileAtomically(path, 'refused', { refuseExisting: true })).toThrow(/already exists/u);
    expect(readFileSync(path, 'utf8')).toBe('kept');
  });

  it('flushes the folder after the rename, so the new name survives a power cut', () => {
    const folder = makeTempDir('atomic-sync');
    writeFileAtomically(join(folder, 'a.txt'), 'a');
    const openSync = vi.mocked(fs.openSync);
    const folderFds = openSync.mock.calls.flatMap((call, index) =>
      call[0] === folder ? [openSync.mock.results[index]?.value as number] : [],
    );
    const synced = vi.mocked(fs.fsyncSync).mock.calls.map((call) => call[0]);
    if (process.platform === 'win32') expect(folderFds).toEqual([]);
    else {
      expect(folderFds).toHaveLength(1);
      expect(synced).toContain(folderFds[0]);
    }
  });
});
