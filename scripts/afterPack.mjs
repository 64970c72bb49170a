// electron-builder afterPack hook (electron-builder.yml; it takes the export named afterPack): flips Verbatim's Electron fuses in
// the packaged binary before electron-builder signs it. See scripts/lib/electronFuses.mjs.
import { spawnSync } from 'node:child_process';
import { ELECTRON_FUSES, flipFusesInFile, fuseFileOf } from './lib/electronFuses.mjs';

// electron-builder's Arch enum: arm64 is 3, universal is 4.
const APPLE_SILICON_ARCHES = new Set([3, 4]);

export function afterPack(context) {
  const platform = context.electronPlatformName;
  const productFilename = context.packager.appInfo.productFilename;
  const path = fuseFileOf({
    appOutDir: context.appOutDir,
    platform,
    productFilename,
    executableName: context.packager.executableName,
  });
  const wires = flipFusesInFile(path, ELECTRON_FUSES);
  console.log(`  • Electron fuses set in ${path} (${wires} wire${wires > 1 ? 's' : ''})`);
  // Flipping bytes voids the ad-hoc signature Apple Silicon requires; without a signing
  // identity electron-builder leaves it so, and the app would not start. Re-sign ad hoc.
  if ((platform === 'darwin' || platform === 'mas') && APPLE_SILICON_ARCHES.has(context.arch)) {
    const app = `${context.appOutDir}/${productFilename}.app`;
    const result = spawnSync(
      'codesign',
      [
        '--sign',
        '-',
        '--force',
        '--preserve-metadata=entitlements,requirements,flags,runtime',
        '--deep',
        app,
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0)
      throw new Error(`codesign could not re-sign ${app}: ${result.stderr || result.error}`);
  }
}
