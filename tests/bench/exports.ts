import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';
import { buildScaleProject } from './scaleProject.ts';

interface ExportRun {
  readonly scanMs: number;
  readonly exportMs: number;
  /** CPU time of the process (every thread), in ms: steadier than the wall clock on a busy machine. */
  readonly scanCpuMs: number;
  readonly exportCpuMs: number;
  /** The same export again in the child's own thread: its CPU without the worker's start. */
  readonly inProcessCpuMs: number;
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

/**
 * CPU time of the streamed exports before the scan's detectors skipped texts that cannot
 * match and before CSV stopped typesetting quotes it does not write (merge 366e4ce), so
 * that a run compares CPU with CPU (the process's, worker and tsx compile included).
 */
const CPU_BEFORE: Record<string, string> = {
  '1× qdpx': 'scan CPU 0.22 s, export CPU 1.98 s',
  '1× csv ': 'scan CPU 0.34 s, export CPU 2.45 s',
  '1× docx': 'scan CPU 0.29 s, export CPU 2.45 s',
  '10× qdpx': 'scan CPU 2.16 s, export CPU 12.04 s',
  '10× csv ': 'scan CPU 2.81 s, export CPU 13.42 s',
};

/**
 * The same CPU figures before #15's third pass (excerpt chunks read by key as JSON columns,
 * excerpts as classes made one at a time, the .qdpx's codings in table order, deflate at
 * level 4), measured alternately with it on a busy 2-core machine.
 */
const CPU_BEFORE_THIRD: Record<string, string> = {
  '1× qdpx': 'export CPU 1.70 s',
  '1× csv ': 'export CPU 1.74 s',
  '1× docx': 'export CPU 2.12 s',
  '10× qdpx': 'export CPU 10.55 s',
  '10× csv ': 'export CPU 9.44 s',
  '10× docx': 'export CPU 12.50 s',
};

/**
 * The same CPU figures before #15's fourth pass (worker loading only its task's modules,
 * speaker labels typeset once, chunks read as raw rows, the .qdpx's turns read as columns),
 * medians of runs alternated with it (three at 1×, two at 10×) on a busy 2-core machine.
 */
const CPU_BEFORE_FOURTH: Record<string, string> = {
  '1× qdpx': 'export CPU 1.36 s',
  '1× csv ': 'export CPU 1.34 s',
  '10× qdpx': 'export CPU 5.24 s',
  '10× csv ': 'export CPU 3.51 s',
};

/**
 * The wall time of each export before #15's fifth pass (the CLI ran it in a worker thread,
 * which loaded its modules and opened the project again; CSV rows were built by spreads),
 * measured on the same machine just before it.
 */
const BEFORE_FIFTH: Record<string, string> = {
  '1× qdpx': 'export 0.84 s',
  '1× csv ': 'export 0.60 s',
  '1× docx': 'export 0.89 s',
};

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

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
 * process, as the CLI runs it (in its own thread, its modules already loaded): the
 * identifier scan before it, the export written to a file, the peak memory; then the same
 * export again in that process, its code now compiled (`in process`, CPU).
 */
export async function benchScaleExports(): Promise<void> {
  console.log('\nexports at scale (each in a child process; the scan, then the file written)');
  const out = makeTempDir('bench-exports');
  const factors = (process.env.VERBATIM_SCALE_FACTORS ?? '1,10').split(',').map(Number);
  for (const scale of factors) {
    const { path: project } = await buildScaleProject(scale);
    for (const kind of KINDS) {
      const file = join(out, `export-${scale}x.${kind}`);
      const run = exportInChild(project, kind, file);
      const label = `${scale}× ${kind.padEnd(4)}`;
      if (typeof run === 'string') {
        console.log(`  ${label}: ${run}`);
        continue;
      }
      const size = statSync(file).size / 1024 / 1024;
      const before = BEFORE[label] ? ` (before streaming: ${BEFORE[label]})` : '';
      const cpuBefore = CPU_BEFORE[label] ? ` (before #15's second pass: ${CPU_BEFORE[label]})` : '';
      const third = CPU_BEFORE_THIRD[label] ? ` (before the third: ${CPU_BEFORE_THIRD[label]})` : '';
      const fourth = CPU_BEFORE_FOURTH[label] ? ` (before the fourth: ${CPU_BEFORE_FOURTH[label]})` : '';
      const fifth = BEFORE_FIFTH[label] ? ` (before the fifth: ${BEFORE_FIFTH[label]})` : '';
      console.log(
        `  ${label}: scan ${seconds(run.scanMs)} (CPU ${seconds(run.scanCpuMs)}), export ${seconds(run.exportMs)} (CPU ${seconds(run.exportCpuMs)}; in process ${seconds(run.inProcessCpuMs)}), peak ${run.peakMb.toFixed(0)} MB, ${size.toFixed(1)} MB file${before}${cpuBefore}${third}${fourth}${fifth}`,
      );
    }
  }
}
