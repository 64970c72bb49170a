import { performance } from 'node:perf_hooks';
import { buildAttributeChart } from '../../renderer/network/attributeChartModel.ts';
import { buildNetwork } from '../../renderer/network/networkModel.ts';
import type { ProjectSession } from '../../app/session.ts';
import { call, testSession } from '../support/session.ts';
import { buildScaleProject } from './scaleProject.ts';

/**
 * One case per document with a 'genre' attribute (F, M alternately): the columns of the
 * attribute chart and the rows of the summary grid. Returns the attribute.
 */
export async function addCasesByGender(session: ProjectSession): Promise<{ readonly id: number }> {
  const attribute = await call(session, 'attributes/create', {
    name: 'genre',
    type: 'choice',
    choices: ['F', 'M'],
  });
  const documents = await call(session, 'documents/list', {});
  for (const [index, document] of documents.entries()) {
    const created = await call(session, 'cases/create', { name: `cas ${index}`, documentIds: [document.id] });
    await call(session, 'cases/setValue', {
      caseId: created.id,
      attributeId: attribute.id,
      value: index % 2 === 0 ? 'F' : 'M',
    });
  }
  return attribute;
}

/**
 * Issue #18, networks: on the 1× scale project (200 interviews, 20,000 codings, 60 codes),
 * the network's data (analysis/cooccurrence, then the graph and its d3-force layout) and the
 * code × attribute chart's (analysis/matrix, then its bars), each under 300 ms. "Cold" is
 * the first call after opening the project (no cache), "warm" the best of 5 after it.
 */
export async function benchNetwork(): Promise<void> {
  const project = await buildScaleProject(1);
  const session = testSession();
  await call(session, 'project/open', { path: project.path });
  const attribute = await addCasesByGender(session);
  await call(session, 'project/close', {});
  await call(session, 'project/open', { path: project.path });

  const cooccurrence = () => call(session, 'analysis/cooccurrence', { scope: 'overlap' });
  const network = async (): Promise<number> => buildNetwork(await cooccurrence(), 'count', 1).edges.length;
  const layout = async (): Promise<number> => {
    const result = await cooccurrence();
    start = performance.now();
    return buildNetwork(result, 'count', 1).nodes.length;
  };
  const chart = async (): Promise<number> => {
    const matrix = await call(session, 'analysis/matrix', {
      columns: 'attribute',
      attributeId: attribute.id,
      measure: 'cases',
    });
    const cases = await call(session, 'cases/list', {});
    return buildAttributeChart(matrix, 'share', cases, attribute.id).groups.length;
  };
  console.log(
    `\nnetworks (issue #18), 1× project: ${project.documents} interviews, ${project.codings} codings`,
  );
  let start: number;
  for (const [label, work] of [
    ['co-occurrence network (op + graph + layout)', network],
    ['  of which graph + layout (op answer in hand)', layout],
    ['code × attribute chart (matrix op + bars)', chart],
  ] as const) {
    start = performance.now();
    const size = await work();
    const cold = performance.now() - start;
    let warm = Infinity;
    for (let i = 0; i < 5; i++) {
      start = performance.now();
      await work();
      warm = Math.min(warm, performance.now() - start);
    }
    console.log(
      `  ${label.padEnd(46)} cold ${cold.toFixed(0).padStart(5)} ms, warm ${warm.toFixed(0).padStart(5)} ms (${size} items; target < 300 ms)`,
    );
  }
  session.close();
}
