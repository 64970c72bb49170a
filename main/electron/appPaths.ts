import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_INDEX_URL } from './appProtocol.ts';

/**
 * better-sqlite3 built for Electron's ABI, kept beside (never instead of) the Node build in
 * node_modules, which vitest and the CLI keep using. scripts/start.mjs builds it; the
 * packager copies it to the resources folder.
 */
export const ELECTRON_NATIVE_BINDING = join('.electron-native', 'better_sqlite3.node');

export interface AppPaths {
  /** out/renderer, what app://verbatim/ serves (appProtocol.ts). */
  readonly rendererDir: string;
  /** out/renderer/index.html, what the window shows. */
  readonly indexHtml: string;
  /** Its app:// URL, the only document allowed to call the backend. */
  readonly indexUrl: string;
  /** out/main/preload.cjs. */
  readonly preload: string;
  /** out/main/backend.cjs, the utility process that runs dispatch (backend.ts). */
  readonly backend: string;
}

/** appRoot is app.getAppPath(): the project folder in development, app.asar when packaged. */
export function appPaths(appRoot: string): AppPaths {
  const rendererDir = join(appRoot, 'out', 'renderer');
  return {
    rendererDir,
    indexHtml: join(rendererDir, 'index.html'),
    indexUrl: APP_INDEX_URL,
    preload: join(appRoot, 'out', 'main', 'preload.cjs'),
    backend: join(appRoot, 'out', 'main', 'backend.cjs'),
  };
}

export interface NativeBindingContext {
  readonly appRoot: string;
  /** process.resourcesPath. */
  readonly resourcesPath: string;
  readonly isPackaged: boolean;
  readonly exists?: (path: string) => boolean;
}

/**
 * Path of the Electron-ABI binding, or undefined when it is missing; better-sqlite3 then
 * falls back to its own (Node-ABI) build, which fails to load under Electron with an
 * ABI-mismatch error that names the fix. A packaged app looks only in its resources:
 * a native module cannot be loaded from inside app.asar.
 */
export function findElectronNativeBinding(context: NativeBindingContext): string | undefined {
  const exists = context.exists ?? existsSync;
  const candidate = context.isPackaged
    ? join(context.resourcesPath, ELECTRON_NATIVE_BINDING)
    : join(context.appRoot, ELECTRON_NATIVE_BINDING);
  return exists(candidate) ? candidate : undefined;
}
