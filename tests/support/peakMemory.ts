import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './tempDir.ts';

export interface PeakMemory {
  /** "accepted", or the message of the error the importer threw. */
  readonly outcome: string;
  /** Peak resident memory of the importing process, in MB. */
  readonly peakMb: number;
}

/** Imports one file in a fresh Node process and reports what it cost in memory. */
export function importInChild(file: string): PeakMemory {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'tests', 'support', 'importPeakMemory.ts'), file],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) {
    // A crash (out of memory) is a result too: the bomb was not refused.
    return {
      outcome: `crashed (exit ${run.status ?? run.signal}): ${run.stderr.slice(-400)}`,
      peakMb: Infinity,
    };
  }
  return JSON.parse(line) as PeakMemory;
}
