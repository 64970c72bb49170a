import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root: the nearest folder holding package.json above this file, which runs from
 * main/web/ (tsx, tests) or from a chunk of the bundled command under out/cli/.
 */
function findAppRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) return resolve(start, '..', '..');
  }
}

export const appRoot = findAppRoot(dirname(fileURLToPath(import.meta.url)));

/** Where `npm run build:renderer` writes the interface. */
export const rendererOutDir = join(appRoot, 'out', 'renderer');

/**
 * Builds the interface with Vite when it has not been built yet, so that `verbatim serve`
 * works straight after `npm install`.
 */
export async function ensureRendererBuilt(log: (line: string) => void): Promise<string> {
  if (existsSync(join(rendererOutDir, 'index.html'))) return rendererOutDir;
  log('Building the interface (first run only)…');
  const { build } = await import('vite');
  await build({ configFile: join(appRoot, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  return rendererOutDir;
}
