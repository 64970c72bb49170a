// Finding, and if need be fetching, the Electron runtime binary.
//
// The `electron` npm package is only a stub: its postinstall script downloads the real
// runtime from GitHub into node_modules/electron/dist and writes path.txt. This project
// denies that script at install time (package.json "allowScripts"), so the runtime may be
// missing; `require('electron')` then throws.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNode } from './run.mjs';

export const ELECTRON_FETCH_TIMEOUT_MS = 60_000;

function electronDir(root) {
  return join(root, 'node_modules', 'electron');
}

/** The version of the electron package, i.e. the runtime we build and test against. */
export function electronVersion(root) {
  return JSON.parse(readFileSync(join(electronDir(root), 'package.json'), 'utf8')).version;
}

/**
 * Absolute path of the Electron executable, or null when the runtime is not installed.
 * Mirrors node_modules/electron/index.js (path.txt, ELECTRON_OVERRIDE_DIST_PATH) but checks
 * that the file really exists instead of trusting path.txt.
 */
export function locateElectron(root, env = process.env) {
  const pathFile = join(electronDir(root), 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : relative
      ? join(electronDir(root), 'dist', relative)
      : null;
  return executable && existsSync(executable) ? executable : null;
}

/**
 * Runs the electron package's own installer (download from GitHub, or from
 * ELECTRON_MIRROR / the electron cache) with a time limit. Returns { ok, reason }.
 */
export function fetchElectron(root, { timeoutMs = ELECTRON_FETCH_TIMEOUT_MS } = {}) {
  const installer = join(electronDir(root), 'install.js');
  if (!existsSync(installer)) {
    return { ok: false, reason: 'node_modules/electron is not installed (run npm install)' };
  }
  const result = runNode([installer], { cwd: electronDir(root), timeoutMs, quiet: true });
  if (result.ok && locateElectron(root)) return { ok: true, reason: '' };
  // The installer prints a stack trace; its first line names the problem (e.g. ENOTFOUND github.com).
  const firstLine = result.output.trim().split('\n')[0]?.trim() ?? '';
  return {
    ok: false,
    reason:
      (result.timedOut ? result.reason : firstLine || result.reason) || 'the installer did not install it',
  };
}
