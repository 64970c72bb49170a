import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../app/util/atomicWrite.ts';
import type { Dispatcher } from './ipc.ts';

/** Electron's `safeStorage`, as far as the keychain uses it (a fake in tests). */
export interface SafeStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Team members' passwords, by server address (without its password). */
export interface TeamKeychain {
  save(url: string, password: string): void;
  load(url: string): string | null;
}

/** The file in the app's userData folder holding the encrypted passwords. */
export const TEAM_KEYCHAIN_FILE = 'team-passwords.json';

/**
 * The desktop app's team passwords, kept with the OS keychain (docs/TEAM.md): `safeStorage`
 * encrypts each one with a key the OS keeps for this user (Keychain on macOS, DPAPI on
 * Windows, the Secret Service or KWallet on Linux), and only the ciphertext is written, to
 * userData, never to a project file. Where the OS offers no encryption nothing is written:
 * the password then lasts for the session, as in the web shell.
 */
export function createTeamKeychain(safeStorage: SafeStorage, userData: string): TeamKeychain {
  const file = join(userData, TEAM_KEYCHAIN_FILE);
  const readAll = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
    } catch {
      return {}; // damaged: the panel asks for the password again
    }
  };
  return {
    save: (url, password) => {
      if (!safeStorage.isEncryptionAvailable()) return;
      const all = readAll();
      all[url] = safeStorage.encryptString(password).toString('base64');
      writeFileAtomically(file, `${JSON.stringify(all, null, 2)}\n`);
    },
    load: (url) => {
      const stored = readAll()[url];
      if (typeof stored !== 'string' || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        return null; // encrypted under another OS account or keyring
      }
    },
  };
}

/** Calls whose password, once it worked, is kept in the keychain. */
const GIVES_PASSWORD = new Set(['team/publish', 'team/join', 'team/usePassword']);
/** Calls after which a linked project may be open: hand its password to the backend. */
const OPENS_PROJECT = new Set(['project/open', 'project/create', 'project/restoreBackup', 'team/join']);

function passwordOf(input: unknown): string | null {
  const password = (input as { password?: unknown } | null)?.password;
  return typeof password === 'string' && password !== '' ? password : null;
}

/** The server address the backend answered with (a sync report's status, or a status). */
function serverUrlOf(data: unknown): string | null {
  const record = data as { url?: unknown; status?: { url?: unknown } } | null;
  const url = record?.status?.url ?? record?.url;
  return typeof url === 'string' ? url : null;
}

/**
 * Main's dispatcher with the keychain: a password that worked (publish, join, the panel's
 * password field) is encrypted and kept; when a linked project opens, its password is
 * decrypted here, in main, and handed to the backend for the background sync
 * (`team/usePassword`). The page never reads a stored password.
 */
export function withTeamKeychain(dispatch: Dispatcher, keychain: TeamKeychain): Dispatcher {
  return async (name, input) => {
    const result = await dispatch(name, input);
    if (!result.ok) return result;
    const given = GIVES_PASSWORD.has(name) ? passwordOf(input) : null;
    const url = serverUrlOf(result.data);
    if (given !== null && url !== null) keychain.save(url, given);
    // After the answer, not before: the page and the menu see the project open at once.
    if (OPENS_PROJECT.has(name) && given === null) void handOver(dispatch, keychain);
    return result;
  };
}

/** Gives the backend the kept password of the open project's server, if there is one. */
async function handOver(dispatch: Dispatcher, keychain: TeamKeychain): Promise<void> {
  const status = await dispatch('team/status', {});
  const linkedUrl = status.ok ? serverUrlOf(status.data) : null;
  const kept = linkedUrl === null ? null : keychain.load(linkedUrl);
  if (kept !== null) await dispatch('team/usePassword', { password: kept });
}
