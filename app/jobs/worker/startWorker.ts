import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Starts a worker on a TypeScript entry, from the sources: it registers tsx first. */
export function startSourceWorker(entry: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Starts a job worker. The bundled shells (Electron, esbuild CommonJS) ship
 * `jobWorker.cjs` beside their bundle; from the sources (web shell, CLI, tests through tsx
 * or vitest) the worker registers tsx and then loads `jobWorker.ts`.
 */
export function startJobWorker(workerData: unknown): Worker {
  if (typeof __filename === 'string' && __filename.endsWith('.cjs')) {
    return new Worker(join(dirname(__filename), 'jobWorker.cjs'), { workerData });
  }
  return startSourceWorker(new URL('./jobWorker.ts', import.meta.url), workerData);
}
