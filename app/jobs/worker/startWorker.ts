import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts a job worker. The bundled shells (Electron, esbuild CommonJS) ship
 * `jobWorker.cjs` beside their bundle; from the sources (web shell, CLI, tests through tsx
 * or vitest) the worker registers tsx and then loads `jobWorker.ts`.
 */
export function startJobWorker(workerData: unknown): Worker {
  if (typeof __filename === 'string' && __filename.endsWith('.cjs')) {
    return new Worker(join(dirname(__filename), 'jobWorker.cjs'), { workerData });
  }
  const entry = new URL('./jobWorker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
