import { performance } from 'node:perf_hooks';
import { ProjectSession } from '../../app/session.ts';
import { buildNetwork } from '../../renderer/network/networkModel.ts';
import { call, memoryRecent, testSession } from '../support/session.ts';
import { addCasesByGender } from './network.ts';
import { buildScaleProject } from './scaleProject.ts';

/** The issue's four example expressions, on the codes of the scale project. */
const ISSUE_QUERIES = [
  '"code 1" AND "code 2"',
  '"code 1" NOT "code 2"',
  '"code 1" FOLLOWED BY "code 2" WITHIN 2 TURNS',
  '"code 3" NEAR "code 1" WITHIN 200',
] as const;

const BUDGET_MS = 300;

interface View {
  readonly label: string;
  readonly run: (session: ProjectSession) => Promise<unknown>;
}

async function wall(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Wall and CPU time of one call: on a shared machine the wall time also counts waiting for a core. */
async function wallAndCpu(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpuStart = process.cpuUsage();
  const took = await wall(work);
  const cpu = process.cpuUsage(cpuStart);
  return { wall: took, cpu: (cpu.user + cpu.system) / 1000 };
}

function report(label: string, cold: { wall: number; cpu: number }, warm: number, interactive: number): void {
  const over = Math.max(warm, interactive, cold.cpu) > BUDGET_MS ? '  OVER 300 ms' : '';
  console.log(
    `  ${label.padEnd(52)} cold ${cold.wall.toFixed(0).padStart(5)} ms (CPU ${cold.cpu.toFixed(0).padStart(4)} ms)  interactive ${interactive.toFixed(0).padStart(5)} ms  warm ${warm.toFixed(0).padStart(5)} ms${over}`,
  );
}

/**
 * Issue #18 in one place: the backend call behind each analysis view on the 1× scale project
 * (200 interviews, 20,000 codings, one case per interview with a 'genre' attribute).
 * cold: the first call after a plain open (CLI, tests); interactive: the first call after
 * an open with the analysis warm-up of the desktop app and web shell (app/analysis/warmUp.ts);
 * warm: the best of 3 after those. The budget is 300 ms for each; the cold call is judged on
 * its CPU time (printed beside its wall time), the wall time of a shared machine also
 * counting the waits for a core.
 */
export async function benchAnalysis18(): Promise<void> {
  const project = await buildScaleProject(1);
  const setup = testSession();
  await call(setup, 'project/open', { path: project.path });
  const attribute = await addCasesByGender(setup);
  setup.close();
  const matrix = (columns: 'documents' | 'cases' | 'attribute') => (session: ProjectSession) =>
    call(session, 'analysis/matrix', {
      columns,
      // An attribute's columns count cases or codings (a document may lack the value).
      ...(columns === 'attribute'
        ? { attributeId: attribute.id, measure: 'cases' as const }
        : { measure: 'count' as const }),
    });
  const views: View[] = [
    { label: 'matrix × documents (cells, subtree, totals)', run: matrix('documents') },
    { label: 'matrix × cases (cells, subtree, totals)', run: matrix('cases') },
    { label: 'matrix × attribute genre (cells, subtree, totals)', run: matrix('attribute') },
    ...ISSUE_QUERIES.map((expression) => ({
      label: `query ${expression}`,
      run: (session: ProjectSession) => call(session, 'queries/run', { expression }),
    })),
    { label: 'words, whole project', run: (s) => call(s, 'words/frequencies', { limit: 500 }) },
    {
      label: 'words by document',
      run: (s) => call(s, 'words/frequencies', { by: 'document', limit: 500 }),
    },
    { label: 'words by code', run: (s) => call(s, 'words/frequencies', { by: 'code', limit: 500 }) },
    {
      label: 'network (co-occurrence overlap + graph)',
      run: async (s) =>
        buildNetwork(await call(s, 'analysis/cooccurrence', { scope: 'overlap' }), 'count', 1),
    },
    { label: 'summary grid', run: (s) => call(s, 'summaries/grid', {}) },
  ];
  console.log(
    `\nanalysis views (issue #18), 1× project: ${project.documents} interviews, ${project.codings} codings`,
  );
  for (const view of views) {
    const plain = testSession();
    await call(plain, 'project/open', { path: project.path });
    const cold = await wallAndCpu(() => view.run(plain));
    let warm = Infinity;
    for (let i = 0; i < 3; i++) warm = Math.min(warm, await wall(() => view.run(plain)));
    plain.close();
    const interactive = new ProjectSession({
      recent: memoryRecent(),
      defaultCoder: 'bench',
      warmAnalysis: true,
    });
    await call(interactive, 'project/open', { path: project.path });
    await interactive.warmedUp();
    const first = await wall(() => view.run(interactive));
    interactive.close();
    report(view.label, cold, warm, first);
  }
}
