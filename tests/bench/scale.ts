import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MAX_CODINGS_PER_BATCH } from '../../app/contract/codings.ts';
import { ensureCliBuilt } from '../../scripts/build-cli.mjs';
import { call, testSession } from '../support/session.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';
import { syntheticInterview } from './run.ts';
import { buildScaleProject, SCALE_UNIT, scaleCodingLines, type ScaleProject } from './scaleProject.ts';
import { benchWords } from './scaleWords.ts';

/**
 * The figures before issue #15's work (commit d4c6b05), measured the way this bench measures
 * (CPU time: the machine was shared, wall times there were 2-5× longer), beside the issue's.
 */
const BEFORE: Record<string, Record<number, string>> = {
  'code --jsonl': {
    1: 'CPU 6.40 s, peak 315 MB, file +17 MB; issue: 11.5 s',
    10: 'issue: ≈ 5 min per 100k, 1.1 GB peak for 100k',
  },
  codes: { 1: 'CPU 0.19 s, peak 69 MB; issue: 0.36 GB', 10: 'CPU 0.21 s, peak 71 MB; issue: 0.83 GB' },
  import: {
    0: 'CPU 1.25 s, peak 102 MB; issue: 19.7 s',
    1: 'CPU 0.48 s',
    10: 'CPU 1.70 s (a scan of every transcript per file)',
  },
};

interface Measure {
  readonly ms: number;
  /** CPU time of the process (user + system). */
  readonly cpuMs: number;
  readonly peakMb: number;
}

/** Runs `verbatim ARGS` in a process of its own: its wall time and peak resident memory. */
function measureCli(args: readonly string[]): Measure {
  const peakFile = join(makeTempDir('bench-scale-peak'), 'peak');
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      join(repoRoot, 'tests', 'bench', 'scalePeakReport.mjs'),
      join(repoRoot, 'bin', 'verbatim.mjs'),
      ...args,
    ],
    { env: { ...process.env, VERBATIM_PEAK_FILE: peakFile }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const ms = performance.now() - start;
  if (run.status !== 0)
    throw new Error(`verbatim ${args[0]} failed (${run.status ?? run.signal}): ${run.stderr}`);
  const { maxRssKib, cpuMicros } = JSON.parse(readFileSync(peakFile, 'utf8')) as {
    maxRssKib: number;
    cpuMicros: number;
  };
  return { ms, cpuMs: cpuMicros / 1000, peakMb: maxRssKib / 1024 };
}

function show(label: string, key: string, factor: number, measure: Measure, extra = ''): void {
  const before = BEFORE[key]?.[factor];
  console.log(
    `  ${label.padEnd(40)} ${(measure.ms / 1000).toFixed(2).padStart(7)} s (CPU ${(measure.cpuMs / 1000).toFixed(2)} s)  peak ${measure.peakMb.toFixed(0).padStart(5)} MB${extra}${before ? `  (before: ${before})` : ''}`,
  );
}

function fileMb(path: string): string {
  return `${(statSync(path).size / 1024 / 1024).toFixed(0)} MB`;
}

/** Bulk coding through `verbatim code --jsonl`, in batches of the contract's limit (one run at 10×). */
function benchBulkCoding(project: ScaleProject): void {
  const total = SCALE_UNIT.codings * project.factor;
  const folder = makeTempDir('bench-scale-jsonl');
  let ms = 0;
  let cpuMs = 0;
  let peakMb = 0;
  for (let done = 0, batch = 0; done < total; done += MAX_CODINGS_PER_BATCH, batch++) {
    const file = join(folder, `batch-${batch}.jsonl`);
    writeFileSync(
      file,
      scaleCodingLines(project.factor, Math.min(MAX_CODINGS_PER_BATCH, total - done), batch + 1),
    );
    const measure = measureCli(['code', project.path, '--jsonl', file]);
    ms += measure.ms;
    cpuMs += measure.cpuMs;
    peakMb = Math.max(peakMb, measure.peakMb);
  }
  show(
    `code --jsonl, ${total.toLocaleString('en')} codings`,
    'code --jsonl',
    project.factor,
    { ms, cpuMs, peakMb },
    `, file ${fileMb(project.path)}`,
  );
}

/** Issue #18's coding queries: one of each kind of operator, over every coding of the project. */
const QUERIES = [
  '("code 1" OR "code 2" OR "code 3") AND ("code 4" OR "code 5" OR "code 6")',
  '"code 1" NOT ("code 2" OR "code 3")',
  '"code 4" INSIDE "code 5" OR "code 4" OUTSIDE "code 6"',
  '"code 7" FOLLOWED BY "code 8" WITHIN 20 TURNS',
  '"code 9" NEAR "code 10" WITHIN 5000',
] as const;

/**
 * The `queries/run` operation behind the Query view, in this process (the view's budget is
 * 300 ms), the best of three runs after a first one that reads the project; then the same
 * query through `verbatim query`, in a process of its own.
 */
async function benchQueries(project: ScaleProject): Promise<void> {
  const session = testSession();
  await call(session, 'project/open', { path: project.path });
  try {
    for (const expression of QUERIES) {
      let count = await call(session, 'queries/run', { expression }).then((result) => result.count);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        count = (await call(session, 'queries/run', { expression })).count;
        best = Math.min(best, performance.now() - start);
      }
      console.log(
        `  ${`query ${expression}`.padEnd(60)} ${best.toFixed(0).padStart(6)} ms  ${count} results${best > 300 ? '  (over 300 ms)' : ''}`,
      );
    }
  } finally {
    await call(session, 'project/close', {});
  }
  show(
    `verbatim query ${QUERIES[0]}`,
    'query',
    project.factor,
    measureCli(['query', project.path, QUERIES[0], '--json']),
  );
}

/** 200 transcripts of 8,000 words, each different (its first line), as .txt files. */
function writeTranscripts(): string[] {
  const sources = makeTempDir('bench-scale-sources');
  const body = syntheticInterview(SCALE_UNIT.words);
  return Array.from({ length: SCALE_UNIT.documents }, (_, i) => {
    const file = join(sources, `nouvel-entretien-${i}.txt`);
    writeFileSync(file, `Enquêteur : entretien ${i}.\n${body}`);
    return file;
  });
}

/** The transcripts imported by one `verbatim import`, into `project` (created when absent). */
function benchImport(files: readonly string[], project: string, label: string, factor: number): void {
  show(label, 'import', factor, measureCli(['import', project, ...files]), `, file ${fileMb(project)}`);
}

/**
 * Issue #15's backend scale paths on the 1× and 10× projects (VERBATIM_SCALE_FACTORS=1 for
 * the 1× alone: building the 10× project takes minutes). Each path runs the real command in
 * a process of its own, for its peak memory.
 */
export async function benchScale(): Promise<void> {
  await ensureCliBuilt();
  const factors = (process.env.VERBATIM_SCALE_FACTORS ?? '1,10').split(',').map(Number);
  console.log('\nscale (issue #15): time, peak memory of the command, project file size');
  const transcripts = writeTranscripts();
  const words = SCALE_UNIT.words.toLocaleString('en');
  const fresh = join(makeTempDir('bench-scale-import'), 'import.verbatim');
  benchImport(transcripts, fresh, `import ${transcripts.length} × ${words}-word .txt, new project`, 0);
  for (const factor of factors) {
    const project = await buildScaleProject(factor);
    console.log(
      ` ${factor}× project: ${project.documents} interviews, ${project.codings.toLocaleString('en')} codings, ${fileMb(project.path)} (built in ${(project.buildMs / 1000).toFixed(1)} s)`,
    );
    show('codes (list the codebook)', 'codes', factor, measureCli(['codes', project.path]));
    await benchQueries(project);
    show(
      'words (word frequencies, whole command)',
      'words',
      factor,
      measureCli(['words', project.path, '--json']),
    );
    await benchWords(project);
    benchBulkCoding(project);
    benchImport(transcripts.slice(0, 20), project.path, `import 20 × ${words}-word .txt into it`, factor);
  }
}
