#!/usr/bin/env node
// The `verbatim` command. The CLI is written in TypeScript and runs as JavaScript bundled by
// scripts/build-cli.mjs (built by `npm install`, rebuilt here when a source changed since).
// Where it cannot be built (no esbuild, a read-only install folder), tsx compiles the
// sources on the fly instead: the same command, only slower to start.
import { buildCli, freshCliEntry } from '../scripts/build-cli.mjs';

/** The first line of why a build failed (esbuild lists its errors in `errors`). */
function reason(error) {
  const first = error?.errors?.[0];
  if (first?.text) return first.location ? `${first.location.file}: ${first.text}` : first.text;
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

async function builtEntry() {
  try {
    return freshCliEntry() ?? (await buildCli());
  } catch (error) {
    process.stderr.write(
      `verbatim: could not build the command (${reason(error)}); running it from the TypeScript sources.\n`,
    );
    return null;
  }
}

async function sourceEntry() {
  const { register } = await import('tsx/esm/api');
  register();
  return new URL('../main/cli/main.ts', import.meta.url).href;
}

const { runCli } = await import((await builtEntry()) ?? (await sourceEntry()));
process.exitCode = await runCli(process.argv.slice(2));
