// `npm start`: build Verbatim, then run it in Electron — or, when the Electron runtime is
// not available, in the browser through the local web shell.
//
//   npm start                       build, then open the desktop app
//   npm start -- study.verbatim     ... and open that project
//   npm start -- --web              skip Electron, use the browser
//   npm start -- --no-download      do not try to download Electron if it is missing
//                                   (also VERBATIM_NO_ELECTRON_DOWNLOAD=1)
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMain } from './build-main.mjs';
import { buildNativeBinding, NATIVE_BINDING, nativeBindingIsCurrent } from './lib/electronNative.mjs';
import {
  electronVersion,
  ELECTRON_FETCH_TIMEOUT_MS,
  fetchElectron,
  locateElectron,
} from './lib/electronRuntime.mjs';
import { envWithout, runForeground, runNode } from './lib/run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OWN_FLAGS = new Set(['--web', '--no-download']);
const flags = process.argv.slice(2);
const forceWeb = flags.includes('--web');
const mayDownload = !flags.includes('--no-download') && !process.env.VERBATIM_NO_ELECTRON_DOWNLOAD;
const appArgs = flags.filter((flag) => !OWN_FLAGS.has(flag));

function fail(message) {
  console.error(message);
  process.exit(1);
}

function buildRenderer() {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const config = join(root, 'renderer', 'vite.config.ts');
  if (!existsSync(config)) fail('Cannot build the interface: renderer/vite.config.ts does not exist yet.');
  console.log('Building the interface (renderer)…');
  const result = runNode([vite, 'build', '--config', config, '--logLevel', 'warn'], { cwd: root });
  if (!result.ok) fail(`Building the interface failed (${result.reason}); see the errors above.`);
}

/** The Electron executable, downloading it once if allowed; null when unavailable. */
function electronRuntime() {
  if (forceWeb) return { path: null, why: '' };
  const installed = locateElectron(root);
  if (installed) return { path: installed, why: '' };
  if (!mayDownload) return { path: null, why: 'downloading was turned off' };
  console.log(
    `The Electron runtime is not installed; trying to download it (up to ${ELECTRON_FETCH_TIMEOUT_MS / 1000} s)…`,
  );
  const fetched = fetchElectron(root);
  return fetched.ok ? { path: locateElectron(root), why: '' } : { path: null, why: fetched.reason };
}

/** better-sqlite3 for Electron's ABI; warns (does not stop) when it cannot be built. */
function ensureNativeBinding() {
  const version = electronVersion(root);
  if (nativeBindingIsCurrent(root, version)) return;
  const result = buildNativeBinding(root, version);
  if (result.ok) {
    console.log(`Built ${NATIVE_BINDING} for Electron ${version} (${result.method}).`);
    return;
  }
  console.error(
    `Could not build better-sqlite3 for Electron ${version}, so the window will open but projects will not: ${result.reason}. ` +
      'Building needs internet access to electronjs.org or GitHub (and, to compile, Python and a C++ compiler); ' +
      'use `npm start -- --web` meanwhile.',
  );
}

async function main() {
  buildRenderer();
  await buildMain();

  const electron = electronRuntime();
  if (electron.path) {
    ensureNativeBinding();
    // ELECTRON_RUN_AS_NODE in the environment would make Electron behave as plain Node.js.
    process.exitCode = await runForeground(electron.path, [root, ...appArgs], {
      cwd: root,
      env: envWithout(['ELECTRON_RUN_AS_NODE']),
    });
    return;
  }

  console.log(
    forceWeb
      ? 'Opening Verbatim in your browser (--web).'
      : `The Electron runtime is not installed and could not be downloaded (${electron.why}); opening Verbatim in your browser instead.`,
  );
  process.exitCode = await runForeground(
    process.execPath,
    [join(root, 'bin', 'verbatim.mjs'), 'serve', ...appArgs],
    {
      cwd: root,
    },
  );
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
