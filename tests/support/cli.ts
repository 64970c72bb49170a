import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../main/cli/main.ts';
import { freshCliEntry } from '../../scripts/build-cli.mjs';
import { repoRoot } from './tempDir.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process (fast), capturing what it prints. */
export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    out: (text) => {
      stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    err: (text) => {
      stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
  });
  return { code, stdout, stderr };
}

/**
 * The timeout of a test that runs the real executable: only a guard against a hung process,
 * long enough for a loaded machine (no test depends on how fast the command starts).
 */
export const CLI_PROCESS_TEST_TIMEOUT_MS = 600000;

/**
 * Runs the real `verbatim` executable, as a script or an R user would: the command built to
 * JavaScript (out/cli), which the unit tests' global setup built (tests/support/cliBuild.ts).
 * The timeout only stops a hung process; no test depends on how fast the command starts.
 */
export function cliProcess(...argv: string[]): CliRun {
  if (freshCliEntry() === null) {
    throw new Error('The verbatim command is not built or out of date: run `npm run build:cli`.');
  }
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'verbatim.mjs'), ...argv], {
    encoding: 'utf8',
    timeout: CLI_PROCESS_TEST_TIMEOUT_MS / 4,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
