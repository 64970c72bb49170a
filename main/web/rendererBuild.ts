import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json is), from this file's location. */
export const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

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
