import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `soffice` or `libreoffice` when one is on PATH, else null. On CI (which installs it in
 * .ci/run) a missing LibreOffice is an error, so the check can never be skipped there.
 */
export function findLibreOffice(): string | null {
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'pipe', timeout: 60_000 });
      return candidate;
    } catch {
      // not installed under this name
    }
  }
  if (process.env.CI === 'true') throw new Error('LibreOffice (soffice) is missing on CI: see .ci/run.');
  return null;
}

/**
 * Converts a file with LibreOffice headless (e.g. to "pdf" or "png", the first page) and
 * returns the path of the result. A private user profile per call, so parallel test files
 * do not fight over LibreOffice's lock on the default profile.
 */
export function convertWithLibreOffice(
  soffice: string,
  file: string,
  target: string,
  outDir: string,
): string {
  const profile = join(outDir, 'lo-profile');
  mkdirSync(profile, { recursive: true });
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      target,
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const out = join(outDir, `${basename(file, extname(file))}.${target.split(':')[0] ?? target}`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

/** A warning nobody can miss in the test output: a check that could not run here. */
export function warnLoudly(message: string): void {
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! ${message}\n${bar}\n`);
}
