import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Starts a worker on a TypeScript entry, from the sources: it registers tsx first. */
export function startSourceWorker(entry: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * The worker's file beside a bundle: `jobWorker.cjs` beside Electron's CommonJS bundles; the
 * built CLI (scripts/build-cli.mjs) keeps shared code in `chunks/` and `jobWorker.mjs` beside
 * its `main.mjs`.
 */
function bundledWorkerFile(here: string): string {
  const folder = dirname(here);
  if (basename(folder) === 'chunks') return join(dirname(folder), 'jobWorker.mjs');
  const commonJs = join(folder, 'jobWorker.cjs');
  return existsSync(commonJs) ? commonJs : join(folder, 'jobWorker.mjs');
}

/**
 * Starts a job worker. A bundled shell (esbuild: Electron's backend, a built CLI) ships
 * `jobWorker.cjs` beside its bundle (scripts/build-main.mjs); from the sources (web shell,
 * CLI, tests through tsx or vitest) the worker registers tsx and then loads `jobWorker.ts`.
 */
export function startJobWorker(workerData: unknown): Worker {
  // __filename in a CommonJS bundle (and under vitest); this module's URL in ESM.
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return new Worker(bundledWorkerFile(here), { workerData });
  return startSourceWorker(new URL('./jobWorker.ts', import.meta.url), workerData);
}
