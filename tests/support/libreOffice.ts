import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestContext } from 'vitest';
import { requireTool, type RequiredTool } from './requiredTool.ts';

let found: string | null | undefined;

/** `soffice` or `libreoffice` when one is on PATH, else null (looked up once). */
function findLibreOffice(): string | null {
  if (found !== undefined) return found;
  found = null;
  for (const candidate of ['soffice', 'libreoffice']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'pipe', timeout: 60_000 });
      found = candidate;
      break;
    } catch {
      // not installed under this name
    }
  }
  return found;
}

/** LibreOffice Writer, headless: opens the DOCX exports (CI installs it: .ci/run). */
export const LIBREOFFICE: RequiredTool = {
  description: 'LibreOffice, soffice (apt-get install libreoffice-writer-nogui)',
  isPresent: () => findLibreOffice() !== null,
};

/** The LibreOffice command; skips the test here, fails it on CI, when there is none. */
export function requireLibreOffice(context: TestContext): string {
  requireTool(context, LIBREOFFICE);
  const command = findLibreOffice();
  if (command === null) throw new Error('LibreOffice vanished during the run.');
  return command;
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
