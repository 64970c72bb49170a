import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../main/cli/main.ts';
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

/** Runs the real `verbatim` executable, as a script or an R user would. */
export function cliProcess(...argv: string[]): CliRun {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'verbatim.mjs'), ...argv], {
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
