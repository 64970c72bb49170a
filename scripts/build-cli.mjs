// Bundles the `verbatim` command (main/cli/main.ts with app/ and db/) into JavaScript, so
// that it starts without compiling TypeScript:
//
//   out/cli/current.json           which build is current, and the files it was built from
//   out/cli/build-<id>/main.mjs    the entry; each command and each heavy library is a chunk
//                                  beside it, loaded only when used (dynamic imports)
//
// `npm install`/`npm ci` build it (the `prepare` script); bin/verbatim.mjs checks that it is
// still up to date with its sources at every call (a stat of each file it was built from, a
// few milliseconds) and rebuilds it when one changed. Every build goes to a new folder and
// current.json is replaced atomically, so a command running while another rebuilds keeps
// its own files.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What is built, from where, to where; tests pass a temporary project. */
export function cliBuildPaths(root = repoRoot) {
  return { root, entry: join(root, 'main', 'cli', 'main.ts'), outDir: join(root, 'out', 'cli') };
}

/** The job worker's source (app/jobs/worker/), absent from the tests' small fake projects. */
const worker = (paths) => join(paths.root, 'app', 'jobs', 'worker', 'jobWorker.ts');

/** Older builds are removed once nothing can still be running from them. */
const OLD_BUILD_AGE_MS = 10 * 60 * 1000;

/** Bumped when the format of current.json changes. */
const STAMP_VERSION = 1;

function signature(root, path) {
  const stats = statSync(join(root, path));
  return [path, stats.size, stats.mtimeMs];
}

/**
 * The files a build depends on: the sources it bundled, the package.json of each bundled
 * library (its version), the project's package.json and this script (the build options).
 */
function buildInputs(root, metafile) {
  const files = new Set(['package.json', relative(root, fileURLToPath(import.meta.url))]);
  for (const input of Object.keys(metafile.inputs)) {
    if (input.includes(':')) continue; // virtual modules (the zod locales stub)
    const parts = input.split('/');
    const modules = parts.lastIndexOf('node_modules');
    if (modules === -1) {
      files.add(input);
      continue;
    }
    const name = parts[modules + 1]?.startsWith('@') ? 2 : 1;
    files.add([...parts.slice(0, modules + 1 + name), 'package.json'].join('/'));
  }
  return [...files]
    .sort()
    .map((path) => path.split('/').join(sep))
    .map((path) => signature(root, path));
}

/**
 * The entry of the current build as a file URL, or null when there is none or one of the
 * files it was built from changed (then it must be rebuilt).
 */
export function freshCliEntry(paths = cliBuildPaths()) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(paths.outDir, 'current.json'), 'utf8'));
  } catch {
    return null;
  }
  if (stamp?.version !== STAMP_VERSION || !Array.isArray(stamp.inputs)) return null;
  try {
    for (const [path, size, mtimeMs] of stamp.inputs) {
      const stats = statSync(join(paths.root, path));
      if (stats.size !== size || stats.mtimeMs !== mtimeMs) return null;
    }
    statSync(join(paths.outDir, stamp.entry));
  } catch {
    return null; // a source (or the build itself) was removed
  }
  return pathToFileURL(join(paths.outDir, stamp.entry)).href;
}

/**
 * zod's `locales` namespace holds every language's messages (0.4 MB); Verbatim writes its own
 * messages and never calls `z.locales`, so the bundle keeps English only (zod's default).
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${sep}zod${sep}`)
        ? { path: 'zod-locales', namespace: 'zod-english-only' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: build.initialOptions.absWorkingDir,
    }));
  },
};

/**
 * Each file of a build with the files it imports (statically, or `dynamic`ally: loaded only
 * when that code runs), the sources bundled in it and the libraries it imports from
 * node_modules, for the test that checks what a command loads at startup.
 */
function chunkGraph(paths, folder, metafile) {
  const base = join(paths.outDir, folder);
  const name = (output) => relative(base, join(paths.root, output)).split(sep).join('/');
  return Object.fromEntries(
    Object.entries(metafile.outputs)
      .filter(([output]) => output.endsWith('.mjs'))
      .map(([output, { imports, inputs }]) => [
        name(output),
        {
          imports: imports
            .filter((i) => !i.external && i.kind === 'import-statement')
            .map((i) => name(i.path)),
          dynamic: imports.filter((i) => !i.external && i.kind === 'dynamic-import').map((i) => name(i.path)),
          sources: Object.keys(inputs),
          // Libraries left in node_modules (pdf.js, better-sqlite3) that this file imports statically.
          libraries: imports.filter((i) => i.external && i.kind === 'import-statement').map((i) => i.path),
        },
      ]),
  );
}

function removeOldBuilds(outDir, keep) {
  for (const name of readdirSync(outDir)) {
    if (!name.startsWith('build-') || name === keep) continue;
    const folder = join(outDir, name);
    try {
      if (Date.now() - statSync(folder).mtimeMs > OLD_BUILD_AGE_MS)
        rmSync(folder, { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

let buildsInThisProcess = 0;

/** Builds the CLI and makes it current; returns the entry as a file URL. */
export async function buildCli(paths = cliBuildPaths()) {
  const { build } = await import('esbuild');
  const folder = `build-${Date.now().toString(36)}-${process.pid}-${++buildsInThisProcess}`;
  const result = await build({
    absWorkingDir: paths.root,
    // The job worker (app/jobs/worker/) beside main.mjs: large exports run in it.
    entryPoints: {
      main: paths.entry,
      ...(existsSync(worker(paths)) ? { jobWorker: worker(paths) } : {}),
    },
    outdir: join(paths.outDir, folder),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Smaller files parse faster; names are kept readable for the rare unexpected-error stack.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    // Loaded from node_modules: better-sqlite3 loads a native binding by path; pdf.js loads
    // its worker module by path (only when a PDF is imported); vite (serve's first-run
    // interface build) and electron are not part of the command.
    external: ['better-sqlite3', 'pdfjs-dist', 'vite', 'electron'],
    // Bundled CommonJS libraries (mammoth, docx…) call require() on Node built-ins.
    banner: {
      js: "import { createRequire as __verbatimRequire } from 'node:module'; const require = __verbatimRequire(import.meta.url);",
    },
    plugins: [zodEnglishOnly],
  });
  writeFileSync(
    join(paths.outDir, folder, 'chunks.json'),
    `${JSON.stringify(chunkGraph(paths, folder, result.metafile))}\n`,
  );
  const stamp = {
    version: STAMP_VERSION,
    entry: `${folder}/main.mjs`,
    inputs: buildInputs(paths.root, result.metafile),
  };
  const temporary = join(paths.outDir, `current.json.${process.pid}`);
  writeFileSync(temporary, `${JSON.stringify(stamp)}\n`);
  renameSync(temporary, join(paths.outDir, 'current.json'));
  removeOldBuilds(paths.outDir, folder);
  return pathToFileURL(join(paths.outDir, stamp.entry)).href;
}

/** The current build's entry, rebuilding it first when it is missing or out of date. */
export async function ensureCliBuilt(paths = cliBuildPaths()) {
  return freshCliEntry(paths) ?? (await buildCli(paths));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildCli()
    .then(() => {
      console.log(`Built ${relative(repoRoot, cliBuildPaths().outDir)} (the verbatim command).`);
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
