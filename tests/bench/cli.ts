import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureCliBuilt } from '../../scripts/build-cli.mjs';
import { call, testSession } from '../support/session.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';
import { fillLargeProject } from './largeProject.ts';

const RUNS = 7;

/** Median wall time of running `node args` to completion, as a script calling it in a loop sees it. */
function medianProcessMs(args: readonly string[]): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore', timeout: 300000 });
    samples.push(performance.now() - start);
    if (result.status !== 0)
      throw new Error(`node ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? 0;
}

/** Startup of the `verbatim` command (the built bundle, scripts/build-cli.mjs) and `codes` on 20,000 codings. */
export async function benchCli(): Promise<void> {
  await ensureCliBuilt();
  const session = testSession();
  const file = join(makeTempDir('bench-cli'), 'codes.verbatim');
  await call(session, 'project/create', { path: file });
  fillLargeProject(session.db(), { documents: 100, words: 8000, codes: 60, codings: 20000 });
  session.close();
  const bin = join(repoRoot, 'bin', 'verbatim.mjs');
  const nodeMs = medianProcessMs(['-e', '0']);
  const helpMs = medianProcessMs([bin, '--help']);
  const codesMs = medianProcessMs([bin, 'codes', file]);
  console.log(
    `\nthe verbatim command (median of ${RUNS} runs; Node itself starts in ${nodeMs.toFixed(0)} ms):`,
  );
  console.log(`  verbatim --help: ${helpMs.toFixed(0)} ms`);
  console.log(
    `  verbatim codes on a 20,000-coding project (100 transcripts, 60 codes): ${codesMs.toFixed(0)} ms`,
  );
}
