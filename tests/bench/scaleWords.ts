import { performance } from 'node:perf_hooks';
import { call, testSession } from '../support/session.ts';
import type { ScaleProject } from './scaleProject.ts';

/** Wall and CPU milliseconds of one call. */
async function timed(work: () => Promise<unknown>): Promise<string> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await work();
  const cpu = process.cpuUsage(cpuStart);
  return `${(performance.now() - start).toFixed(0).padStart(6)} ms  (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(5)} ms)`;
}

/**
 * Issue #18, word frequencies on the scale project, in the backend's process as the Words
 * view calls it: the first call splits every document into words (kept until a document or
 * a segment changes, app/words/projectWords.ts); the next ones count with other options.
 */
export async function benchWords(project: ScaleProject): Promise<void> {
  const session = testSession();
  await call(session, 'project/open', { path: project.path });
  const runs: [string, () => Promise<unknown>][] = [
    ['words: first count (splits every document)', () => call(session, 'words/frequencies', { limit: 500 })],
    ['words: count again, respondents only', () => call(session, 'words/frequencies', { limit: 500 })],
    [
      'words: by stem, all speakers',
      () => call(session, 'words/frequencies', { stem: true, allSpeakers: true, limit: 500 }),
    ],
    ['words: by document', () => call(session, 'words/frequencies', { by: 'document', limit: 500 })],
    ['words: by code', () => call(session, 'words/frequencies', { by: 'code', limit: 500 })],
  ];
  for (const [label, work] of runs) console.log(`  ${label.padEnd(56)} ${await timed(work)}`);
  const [top] = (await call(session, 'words/frequencies', { limit: 1 })).rows;
  if (top)
    console.log(
      `  ${`words: keywords in context of "${top.word}"`.padEnd(56)} ${await timed(() => call(session, 'words/inContext', { key: top.key }))}`,
    );
  session.close();
}
