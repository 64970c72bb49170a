// `npm run package`: build everything, then make installers with electron-builder
// (configuration: electron-builder.yml). Extra arguments go to electron-builder, e.g.
//   npm run package -- --linux AppImage
//   npm run package -- --dir            (unpacked folder only, quicker)
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMain } from './build-main.mjs';
import { NATIVE_BINDING, nativeBindingIsCurrent } from './lib/electronNative.mjs';
import { electronVersion } from './lib/electronRuntime.mjs';
import { runNode } from './lib/run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(message);
  process.exit(1);
}

const version = electronVersion(root);
if (!nativeBindingIsCurrent(root, version)) {
  fail(
    `Cannot package: ${NATIVE_BINDING} for Electron ${version} is missing or out of date. ` +
      'Run `npm start` once where the Electron runtime can be downloaded; it builds that file.',
  );
}

console.log('Building the interface (renderer)…');
const renderer = runNode(
  [
    join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--config',
    'renderer/vite.config.ts',
    '--logLevel',
    'warn',
  ],
  { cwd: root },
);
if (!renderer.ok) fail(`Building the interface failed (${renderer.reason}); see the errors above.`);
await buildMain();
if (!existsSync(join(root, 'out', 'renderer', 'index.html')))
  fail('The interface build produced no out/renderer/index.html.');

console.log('Packaging with electron-builder…');
const builder = runNode(
  [
    join(root, 'node_modules', 'electron-builder', 'cli.js'),
    '--config',
    'electron-builder.yml',
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
  },
);
if (!builder.ok) {
  fail(
    `electron-builder failed (${builder.reason}). It downloads the Electron runtime and packaging tools ` +
      '(AppImage, NSIS, fpm for .deb) from GitHub, so packaging needs internet access to github.com; ' +
      'without it this step cannot complete. The errors above say which download or step failed.',
  );
}
console.log('Installers are in release/.');
