// `npm start`: build Verbatim, then run it in Electron — or, when the Electron runtime is
// not available, in the browser through the local web shell.
//
//   npm start                       build, then open the desktop app
//   npm start -- study.verbatim     ... and open that project
//   npm start -- --web              skip Electron, use the browser
//   npm start -- --no-download      do not try to download Electron if it is missing
//                                   (also VERBATIM_NO_ELECTRON_DOWNLOAD=1)
//   npm start -- --no-browser       in the browser, print the address but do not open it
//                                   (also VERBATIM_NO_BROWSER=1)
//
// The decisions (Electron or the browser, how long a download may take, which opener, which
// project folder) are the pure functions of lib/startPlan.mjs, tested with Electron mocked.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMain } from './build-main.mjs';
import { buildNativeBinding, NATIVE_BINDING, nativeBindingIsCurrent } from './lib/electronNative.mjs';
import { electronVersion, fetchElectron, locateElectron } from './lib/electronRuntime.mjs';
import { envWithout, launchDetached, runForeground, runNode } from './lib/run.mjs';
import {
  browserOpener,
  cacheHasElectron,
  chooseElectron,
  downloadHost,
  electronCacheDir,
  electronZipName,
  hostAnswers,
  parseStartArgs,
  serveUrlOf,
  webShellArgs,
} from './lib/startPlan.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { forceWeb, mayDownload, openBrowser, appArgs } = parseStartArgs(process.argv.slice(2), process.env);

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

/** The Electron executable, downloading it once if that can work; null when unavailable. */
function electronRuntime() {
  const zip = electronZipName(electronVersion(root), process.platform, process.arch);
  return chooseElectron(
    { forceWeb, mayDownload },
    {
      locateElectron: () => locateElectron(root),
      cacheHasElectron: () =>
        cacheHasElectron(electronCacheDir(process.platform, process.env, homedir()), zip),
      isOnline: () => hostAnswers(downloadHost(process.env)),
      fetchElectron: (timeoutMs) => fetchElectron(root, { timeoutMs }),
      say: (line) => console.log(line),
    },
  );
}

/** Opens the web shell's address in the default browser; if that fails, says to open it by hand. */
function openInBrowser(url) {
  const { command, args, verbatim } = browserOpener(process.platform, url);
  void launchDetached(command, args, { verbatim }).then((opened) => {
    if (!opened)
      console.log(`Could not open a browser by itself; open this address in your browser:\n${url}`);
  });
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

  const electron = await electronRuntime();
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
  // Projects go where the user says, in the folder given or their home folder: never the
  // repository the script runs from.
  let opened = false;
  process.exitCode = await runForeground(
    process.execPath,
    [join(root, 'bin', 'verbatim.mjs'), ...webShellArgs(appArgs, homedir())],
    {
      cwd: root,
      onLine: (line) => {
        const url = serveUrlOf(line);
        if (url === null || opened || !openBrowser) return;
        opened = true;
        openInBrowser(url);
      },
    },
  );
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
