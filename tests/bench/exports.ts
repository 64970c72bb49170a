import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';
import { exportScaleProject } from './exportScaleProject.ts';

interface ExportRun {
  readonly scanMs: number;
  readonly exportMs: number;
  readonly peakMb: number;
}

const KINDS = ['qdpx', 'csv', 'docx'] as const;

/**
 * The same runs with the writers before they streamed (issue #15; measured alternately with
 * the streamed ones on a busy 2-core machine, where times vary by ±50%: read them as ratios).
 */
const BEFORE: Record<string, string> = {
  '1× qdpx': 'scan 1.09 s, export 8.45 s, peak 373 MB',
  '1× csv ': 'scan 0.77 s, export 6.17 s, peak 361 MB',
  '1× docx': 'scan 0.38 s, export 7.59 s, peak 725 MB',
  '10× qdpx': 'scan 4.71 s, export 24.39 s, peak 1132 MB',
  '10× csv ': 'scan 3.03 s, export 18.45 s, peak 1603 MB',
  '10× docx': 'scan 2.57 s, export 118.08 s, peak 4793 MB',
};

function exportInChild(project: string, kind: string, out: string): ExportRun | string {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'tests', 'bench', 'exportInChild.ts'), project, kind, out],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) return `failed (exit ${run.status ?? run.signal}): ${run.stderr.slice(-400)}`;
  return JSON.parse(line) as ExportRun;
}

/**
 * Each export of the 1× and 10× projects (.qdpx, excerpts to CSV and to DOCX) in a fresh
 * process: the identifier scan before it, the export written to a file, the peak memory.
 * Run from the sources, each export's worker first compiles its modules (tsx): a second or
 * two of each time, which the bundled app and CLI do not spend.
 */
export async function benchScaleExports(): Promise<void> {
  console.log('\nexports at scale (each in a child process; the scan, then the file written)');
  const out = makeTempDir('bench-exports');
  for (const scale of [1, 10] as const) {
    const project = await exportScaleProject(scale);
    for (const kind of KINDS) {
      const file = join(out, `export-${scale}x.${kind}`);
      const run = exportInChild(project, kind, file);
      const label = `${scale}× ${kind.padEnd(4)}`;
      if (typeof run === 'string') {
        console.log(`  ${label}: ${run}`);
        continue;
      }
      const size = statSync(file).size / 1024 / 1024;
      const before = BEFORE[label] ? ` (before: ${BEFORE[label]})` : '';
      console.log(
        `  ${label}: scan ${(run.scanMs / 1000).toFixed(2)} s, export ${(run.exportMs / 1000).toFixed(2)} s, peak ${run.peakMb.toFixed(0)} MB, ${size.toFixed(1)} MB file${before}`,
      );
    }
  }
}
