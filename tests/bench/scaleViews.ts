import { performance } from 'node:perf_hooks';
import { ProjectSession } from '../../app/session.ts';
import { call, memoryRecent, testSession } from '../support/session.ts';
import { buildScaleProject } from './scaleProject.ts';

/**
 * Issue #15, the views of a large project: the backend call behind each view of the
 * interface at 1× (200 interviews, 20,000 codings) and 10× (2,000 interviews, 200,000
 * codings), on the projects of the shared generator (scaleProject.ts).
 */
const FACTORS = [1, 10];

const SCOPES = ['overlap', 'near:50', 'segment', 'document'] as const;

/** Wall-clock and CPU milliseconds of one run. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

async function ms(work: () => Promise<unknown>): Promise<Timing> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await work();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 };
}

/** The best of `runs`: on a shared machine the minimum is the least disturbed figure. */
async function best(runs: number, work: () => Promise<unknown>): Promise<Timing> {
  let low: Timing = { wall: Infinity, cpu: Infinity };
  for (let i = 0; i < runs; i++) {
    const timing = await ms(work);
    low = { wall: Math.min(low.wall, timing.wall), cpu: Math.min(low.cpu, timing.cpu) };
  }
  return low;
}

// CPU time beside wall time: on a machine shared with other work, the wall time also counts
// the waits for a core.
function line(label: string, { wall, cpu }: Timing): void {
  console.log(
    `  ${label.padEnd(56)} ${wall.toFixed(0).padStart(6)} ms  (CPU ${cpu.toFixed(0).padStart(5)} ms)`,
  );
}

/** Reopens the project: every in-memory cache of the previous connection is gone. */
async function reopen(session: ProjectSession, path: string): Promise<void> {
  await call(session, 'project/close', {});
  await call(session, 'project/open', { path });
}

async function benchFactor(factor: number): Promise<void> {
  const project = await buildScaleProject(factor);
  const { path } = project;
  console.log(
    `\n${factor}×: ${project.documents} transcripts, ${project.codings} codings (built in ${(project.buildMs / 1000).toFixed(1)} s)`,
  );
  const session = testSession();
  await call(session, 'project/open', { path });
  const bareSelect = await best(3, async () =>
    session.db().prepare('SELECT id, document_id, code_id, coder_id, start, end FROM codings').raw().all(),
  );
  line('bare SELECT of the codings (baseline)', bareSelect);
  for (const scope of SCOPES) {
    await reopen(session, path);
    line(
      `co-occurrence ${scope}, cold (just opened)`,
      await ms(() => call(session, 'analysis/cooccurrence', { scope })),
    );
    line(
      `co-occurrence ${scope}, warm`,
      await best(3, () => call(session, 'analysis/cooccurrence', { scope })),
    );
  }
  // The first call after a coding is added: what a researcher waits for after coding.
  const document = (await call(session, 'documents/list', {}))[0];
  const [coding] = await call(session, 'codings/create', {
    items: [{ documentId: document?.id ?? 0, start: 0, end: 10, codeName: 'code 0' }],
  });
  line(
    'co-occurrence overlap, first call after a coding',
    await ms(() => call(session, 'analysis/cooccurrence', { scope: 'overlap' })),
  );
  await call(session, 'codings/delete', { id: coding?.id ?? 0 });
  await call(session, 'codes/list', {});
  line(
    'co-occurrence overlap, after a code list and a deletion',
    await ms(() => call(session, 'analysis/cooccurrence', { scope: 'overlap' })),
  );
  await reopen(session, path);
  line(
    'matrix code × documents (count), cold',
    await ms(() => call(session, 'analysis/matrix', { columns: 'documents', measure: 'count' })),
  );
  line(
    'matrix code × documents (count), warm',
    await best(3, () => call(session, 'analysis/matrix', { columns: 'documents', measure: 'count' })),
  );
  line('documents/list', await best(3, () => call(session, 'documents/list', {})));
  line('codes/list (with counts)', await best(3, () => call(session, 'codes/list', {})));
  line(
    'search/query "algo*" (200 hits)',
    await best(3, () => call(session, 'search/query', { query: 'algo*', limit: 200 })),
  );
  await reopen(session, path);
  const agreement = { coders: ['alice', 'bob'], unit: 'char' as const };
  line('agreement, character unit, cold', await ms(() => call(session, 'agreement/compute', agreement)));
  line('agreement, character unit, warm', await best(3, () => call(session, 'agreement/compute', agreement)));
  session.close();
  // The desktop app and the web shell warm the analysis cache after open (analysis/warmUp.ts).
  const interactive = new ProjectSession({
    recent: memoryRecent(),
    defaultCoder: 'bench',
    warmAnalysis: true,
  });
  await call(interactive, 'project/open', { path });
  await interactive.warmedUp();
  for (const scope of ['segment', 'overlap'])
    line(
      `co-occurrence ${scope}, first call after an interactive open`,
      await ms(() => call(interactive, 'analysis/cooccurrence', { scope })),
    );
  interactive.close();
}

/** `npm run bench -- scale`: the views of issue #15 at 1× and 10×. */
export async function benchScaleViews(): Promise<void> {
  const factors = (process.env.VERBATIM_SCALE_FACTORS ?? FACTORS.join(',')).split(',').map(Number);
  for (const factor of factors) await benchFactor(factor);
}
