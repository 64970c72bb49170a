import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { WireResult } from '../../app/errors.ts';
import { makeTempDir } from '../../tests/support/tempDir.ts';
import type { Dispatcher } from './ipc.ts';
import {
  createTeamKeychain,
  TEAM_KEYCHAIN_FILE,
  withTeamKeychain,
  type SafeStorage,
} from './teamKeychain.ts';

// The keychain needs only safeStorage, given as a fake; the mock makes sure no test reaches
// the real Electron module.
vi.mock('electron', () => ({}));

/** safeStorage as the OS would do it: reversible only with its key, unreadable on disk. */
function fakeSafeStorage(available = true): SafeStorage {
  const key = 0x5a;
  const flip = (bytes: Buffer): Buffer => Buffer.from(bytes.map((byte) => byte ^ key));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.concat([Buffer.from('OSK:'), flip(Buffer.from(text, 'utf8'))]),
    decryptString: (bytes) => {
      if (bytes.subarray(0, 4).toString() !== 'OSK:') throw new Error('not ours');
      return flip(bytes.subarray(4)).toString('utf8');
    },
  };
}

const URL = 'postgresql://alice@db.example.org:5432/interviews';
const SECRET = 'alice-very-secret';

describe('createTeamKeychain', () => {
  it('writes only the ciphertext to userData and reads the password back', () => {
    const folder = makeTempDir('keychain');
    const keychain = createTeamKeychain(fakeSafeStorage(), folder);
    keychain.save(URL, SECRET);
    const onDisk = readFileSync(join(folder, TEAM_KEYCHAIN_FILE), 'utf8');
    expect(onDisk).not.toContain(SECRET);
    expect(onDisk).toContain(URL);
    expect(keychain.load(URL)).toBe(SECRET);
    // Another instance (the next launch) reads it too.
    expect(createTeamKeychain(fakeSafeStorage(), folder).load(URL)).toBe(SECRET);
    expect(keychain.load('postgresql://bob@db.example.org/interviews')).toBeNull();
  });

  it('keeps nothing when the OS offers no encryption', () => {
    const folder = makeTempDir('keychain-none');
    const keychain = createTeamKeychain(fakeSafeStorage(false), folder);
    keychain.save(URL, SECRET);
    expect(keychain.load(URL)).toBeNull();
    expect(() => readFileSync(join(folder, TEAM_KEYCHAIN_FILE))).toThrow();
  });

  it('treats a damaged file or a foreign ciphertext as no password', () => {
    const folder = makeTempDir('keychain-damaged');
    writeFileSync(join(folder, TEAM_KEYCHAIN_FILE), '{not json');
    expect(createTeamKeychain(fakeSafeStorage(), folder).load(URL)).toBeNull();
    writeFileSync(join(folder, TEAM_KEYCHAIN_FILE), JSON.stringify({ [URL]: 'Zm9yZWlnbg==' }));
    expect(createTeamKeychain(fakeSafeStorage(), folder).load(URL)).toBeNull();
  });
});

describe('withTeamKeychain', () => {
  /** A backend with a linked project at URL: answers status, records every call. */
  function backend(linked: boolean) {
    const calls: { name: string; input: unknown }[] = [];
    const dispatch = vi.fn<Dispatcher>(async (name, input): Promise<WireResult<unknown>> => {
      calls.push({ name, input });
      if (name === 'team/status') return { ok: true, data: { linked, url: linked ? URL : null } };
      if (name === 'team/join') return { ok: true, data: { pushed: 0, status: { url: URL } } };
      if (name === 'team/publish') return { ok: false, error: { code: 'TEAM_SERVER', message: 'refused' } };
      return { ok: true, data: null };
    });
    return { calls, dispatch };
  }

  it('keeps a password that worked and hands it to the backend when the project opens again', async () => {
    const folder = makeTempDir('keychain-flow');
    const keychain = createTeamKeychain(fakeSafeStorage(), folder);
    const { calls, dispatch } = backend(true);
    const wrapped = withTeamKeychain(dispatch, keychain);

    await wrapped('team/join', { url: URL, password: SECRET, path: '/tmp/alice.verbatim' });
    expect(keychain.load(URL)).toBe(SECRET);
    // Joining gave the backend the password itself: not handed over again.
    expect(calls.map((call) => call.name)).toEqual(['team/join']);

    calls.length = 0;
    await wrapped('project/open', { path: '/tmp/alice.verbatim' });
    // Handed over just after the answer.
    await vi.waitFor(() => expect(calls).toHaveLength(3));
    expect(calls).toEqual([
      { name: 'project/open', input: { path: '/tmp/alice.verbatim' } },
      { name: 'team/status', input: {} },
      { name: 'team/usePassword', input: { password: SECRET } },
    ]);
  });

  it('keeps nothing from a refused call, and hands nothing for a project not linked', async () => {
    const folder = makeTempDir('keychain-refused');
    const keychain = createTeamKeychain(fakeSafeStorage(), folder);
    const linked = backend(true);
    await withTeamKeychain(linked.dispatch, keychain)('team/publish', { url: URL, password: 'wrong' });
    expect(keychain.load(URL)).toBeNull();

    keychain.save(URL, SECRET);
    const plain = backend(false);
    await withTeamKeychain(plain.dispatch, keychain)('project/open', { path: '/tmp/plain.verbatim' });
    await vi.waitFor(() => expect(plain.calls).toHaveLength(2));
    expect(plain.calls.map((call) => call.name)).toEqual(['project/open', 'team/status']);
  });
});
