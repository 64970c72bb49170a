// Bundles the Electron main process and the preload with esbuild.
//
//   out/main/electron-main.cjs  main/electron/main.ts with app/ and db/ inlined
//   out/main/preload.cjs        main/electron/preload.ts, self-contained
//   out/main/backend.cjs        main/electron/backend.ts, the utility process running dispatch
//   out/main/jobWorker.cjs      app/jobs/worker/jobWorker.ts, the thread long jobs run in
//
// Both are CommonJS: Electron's main entry could be ESM, but a sandboxed preload cannot,
// and one format for both keeps things simple. `electron` is provided by the runtime;
// `better-sqlite3` stays a real module because it loads a native binding by path.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Node.js version inside the Electron we ship (Electron 38 embeds Node 22). */
const ELECTRON_NODE_TARGET = 'node22';

/** Modules a sandboxed preload may require; anything else fails at runtime, so fail here. */
const SANDBOX_PRELOAD_MODULES = new Set(['electron', 'events', 'timers', 'url']);

function requiredModules(code) {
  return [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/gu)].map((match) => match[1]);
}

export async function buildMain({ quiet = false } = {}) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: ELECTRON_NODE_TARGET,
    sourcemap: 'linked',
    logLevel: 'warning',
    legalComments: 'none',
  };
  const mainOut = join(root, 'out/main/electron-main.cjs');
  const preloadOut = join(root, 'out/main/preload.cjs');
  // import.meta in the sources (app/jobs/worker/startWorker.ts, on its from-the-sources
  // branch) means the bundle itself here, instead of esbuild's empty import.meta.
  const importMetaUrl = {
    define: { 'import.meta.url': '__bundleUrl', 'import.meta.resolve': '__bundleResolve' },
    banner: {
      js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href; const __bundleResolve = (name) => require('node:url').pathToFileURL(require.resolve(name)).href;",
    },
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'main/electron/main.ts')],
      outfile: mainOut,
      external: ['electron', 'better-sqlite3'],
      ...importMetaUrl,
    }),
    build({
      ...common,
      entryPoints: [join(root, 'main/electron/backend.ts')],
      outfile: join(root, 'out/main/backend.cjs'),
      // pdf.js loads its own worker module by path and, bundled into CommonJS, misses
      // DOMMatrix in Node: it stays in node_modules, loaded when a PDF is imported.
      external: ['electron', 'better-sqlite3', 'pdfjs-dist'],
      ...importMetaUrl,
    }),
    build({
      ...common,
      entryPoints: [join(root, 'app/jobs/worker/jobWorker.ts')],
      outfile: join(root, 'out/main/jobWorker.cjs'),
      external: ['better-sqlite3', 'pdfjs-dist'],
      ...importMetaUrl,
    }),
    build({
      ...common,
      entryPoints: [join(root, 'main/electron/preload.ts')],
      outfile: preloadOut,
      external: ['electron'],
    }),
  ]);
  const forbidden = requiredModules(readFileSync(preloadOut, 'utf8')).filter(
    (name) => !SANDBOX_PRELOAD_MODULES.has(name),
  );
  if (forbidden.length > 0) {
    throw new Error(
      `The preload requires ${forbidden.join(', ')}, which a sandboxed preload cannot load. Keep preload.ts free of Node imports.`,
    );
  }
  if (!quiet)
    console.log(
      `Built ${relative(root, mainOut)}, ${relative(root, preloadOut)}, the backend and the job worker.`,
    );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildMain().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
