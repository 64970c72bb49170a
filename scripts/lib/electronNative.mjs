// better-sqlite3 for Electron's ABI, built BESIDE the Node.js build.
//
// Electron embeds its own Node.js with a different module ABI, so the better_sqlite3.node
// in node_modules (built for the Node.js that runs vitest and the CLI) cannot load in
// Electron. Rebuilding node_modules/better-sqlite3 in place (electron-rebuild) would fix
// Electron and break the tests, so we build a copy under .electron-native/ and the app
// passes its path to better-sqlite3 as `nativeBinding` (main/electron/appPaths.ts).
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { envWithout, runNode } from './run.mjs';

export const NATIVE_DIR = '.electron-native';
export const NATIVE_BINDING = join(NATIVE_DIR, 'better_sqlite3.node');
const STAMP = join(NATIVE_DIR, 'stamp.json');

const PREBUILT_TIMEOUT_MS = 120_000;
const COMPILE_TIMEOUT_MS = 15 * 60_000;

/** The lines of a tool's log that say what went wrong (a URL it could not fetch, a compiler error). */
function summarise(output) {
  const telling =
    /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|network connectivity|GET https?:|\b[45]\d\d\b|error:/u;
  const lines = output
    .split('\n')
    .filter((line) => telling.test(line))
    .map((line) =>
      line
        .replace(/^(gyp (ERR!|WARN|http|info)|prebuild-install (warn|info|http))\s*(stack\s*)?/u, '')
        .trim(),
    );
  return [...new Set(lines)].slice(0, 3).join(' / ');
}

/**
 * npm configuration that would make node-gyp build for the wrong runtime. A global
 * `nodedir` (this machine has one, for offline Node builds) makes node-gyp ignore
 * --target and use the Node.js headers.
 */
const CONFLICTING_NPM_CONFIG = [
  'npm_config_nodedir',
  'npm_config_target',
  'npm_config_runtime',
  'npm_config_disturl',
  'npm_config_dist_url',
  'npm_config_build_from_source',
];

function betterSqliteVersion(root) {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8'))
    .version;
}

function wanted(root, electron, arch) {
  return { electron, arch, betterSqlite3: betterSqliteVersion(root) };
}

/** True when the binding exists and was built for this Electron, arch and better-sqlite3. */
export function nativeBindingIsCurrent(root, electron, arch = process.arch) {
  if (!existsSync(join(root, NATIVE_BINDING)) || !existsSync(join(root, STAMP))) return false;
  try {
    const stamp = JSON.parse(readFileSync(join(root, STAMP), 'utf8'));
    const expected = wanted(root, electron, arch);
    return Object.entries(expected).every(([key, value]) => stamp[key] === value);
  } catch {
    return false;
  }
}

/**
 * Builds .electron-native/better_sqlite3.node for Electron `electron`. First tries the
 * prebuilt binary better-sqlite3 publishes for each Electron ABI (prebuild-install, a
 * download); then compiles from source with node-gyp against Electron's headers (also a
 * download, plus Python and a C++ compiler). Returns { ok, method, reason }.
 */
export function buildNativeBinding(root, electron, { arch = process.arch, log = console.log } = {}) {
  const source = join(root, 'node_modules', 'better-sqlite3');
  const work = join(root, NATIVE_DIR, 'build-src', 'better-sqlite3');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // Everything but the Node.js build output, which must not be mistaken for ours.
  cpSync(source, work, {
    recursive: true,
    filter: (path) => relative(source, path).split(sep)[0] !== 'build',
  });
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  const env = envWithout(CONFLICTING_NPM_CONFIG);
  const reasons = [];

  log(`Fetching a prebuilt better-sqlite3 for Electron ${electron} (${process.platform}-${arch})…`);
  const prebuiltTool = join(root, 'node_modules', 'prebuild-install', 'bin.js');
  const prebuilt = runNode(
    [prebuiltTool, '--runtime=electron', `--target=${electron}`, `--arch=${arch}`, '--verbose'],
    {
      cwd: work,
      env,
      timeoutMs: PREBUILT_TIMEOUT_MS,
      quiet: true,
    },
  );
  let method = 'prebuilt';
  if (!prebuilt.ok || !existsSync(built)) {
    reasons.push(`prebuilt binary: ${summarise(prebuilt.output) || prebuilt.reason || 'none published'}`);
    log('No prebuilt binary; compiling better-sqlite3 against the Electron headers (takes a few minutes)…');
    method = 'compiled';
    const gyp = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const compiled = runNode(
      [
        gyp,
        'rebuild',
        '--release',
        `--target=${electron}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
        '--runtime=electron',
      ],
      { cwd: work, env, timeoutMs: COMPILE_TIMEOUT_MS, quiet: true },
    );
    if (!compiled.ok || !existsSync(built)) {
      reasons.push(`compiling: ${summarise(compiled.output) || compiled.reason}`);
      return { ok: false, method: null, reason: reasons.join('; ') };
    }
  }
  copyFileSync(built, join(root, NATIVE_BINDING));
  writeFileSync(join(root, STAMP), `${JSON.stringify(wanted(root, electron, arch), null, 2)}\n`);
  rmSync(join(root, NATIVE_DIR, 'build-src'), { recursive: true, force: true });
  return { ok: true, method, reason: '' };
}
