import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { buildAttributeChart } from '../../renderer/network/attributeChartModel.ts';
import { buildNetwork } from '../../renderer/network/networkModel.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const ANNE = 'Anne : Triple journée, seule devant l’écran. Opaque, seule encore.';
const BRUNO = 'Bruno : Seul, mais ça va. Opaque aussi.';
const CLAIRE = 'Claire : Rien à signaler.';

let session: ProjectSession;
let gender = 0;

beforeAll(async () => {
  session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('network'), 'n.verbatim') });
  const report = await call(session, 'documents/importFiles', {
    files: [ANNE, BRUNO, CLAIRE].map((text, index) => ({
      name: `${index}.txt`,
      base64: Buffer.from(text).toString('base64'),
    })),
  });
  const [anne, bruno, claire] = report.imported.map((doc) => doc.id);
  const code = async (documentId: number | undefined, needle: string, codeName: string) => {
    const text = (await call(session, 'documents/get', { id: documentId ?? 0 })).text;
    const start = text.indexOf(needle);
    await call(session, 'codings/create', {
      items: [{ documentId: documentId ?? 0, start, end: start + needle.length, codeName }],
    });
  };
  await code(anne, 'Triple journée', 'triple journée');
  await code(anne, 'Triple journée, seule', 'isolement');
  await code(anne, 'Opaque, seule', 'opacité');
  await code(anne, 'seule encore', 'isolement');
  await code(bruno, 'Seul', 'isolement');
  await code(bruno, 'Opaque', 'opacité');
  gender = (await call(session, 'attributes/create', { name: 'genre', type: 'choice', choices: ['F', 'M'] }))
    .id;
  const cases = [
    ['Anne', anne, 'F'],
    ['Bruno', bruno, 'M'],
    ['Claire', claire, 'F'],
  ] as const;
  for (const [name, documentId, value] of cases) {
    const created = await call(session, 'cases/create', { name, documentIds: [documentId ?? 0] });
    await call(session, 'cases/setValue', { caseId: created.id, attributeId: gender, value });
  }
});

describe('the co-occurrence network on a project', () => {
  it('has the codes of analysis/cooccurrence as nodes and its pairs as edges', async () => {
    const result = await call(session, 'analysis/cooccurrence', { scope: 'overlap' });
    const network = buildNetwork(result, 'count', 1);
    expect(network.nodes.map((node) => [node.name, node.n]).sort()).toEqual([
      ['isolement', 3],
      ['opacité', 2],
      ['triple journée', 1],
    ]);
    expect(network.edges.map((edge) => [edge.pair.a, edge.pair.b, edge.weight]).sort()).toEqual(
      result.pairs
        .map((pair) => [pair.a, pair.b, pair.count])
        .filter((row) => Number(row[2]) >= 1)
        .sort(),
    );
    expect(network.edges.length).toBeGreaterThan(0);
  });
});

describe('the code × attribute chart', () => {
  it('shows the numbers of the code × attribute matrix, and shares of cases', async () => {
    const matrix = (measure: 'cases' | 'codings') =>
      call(session, 'analysis/matrix', { columns: 'attribute', attributeId: gender, measure });
    const table = await call(session, 'cases/list', {});
    const codings = await matrix('codings');
    const chart = buildAttributeChart(codings, 'codings', table, gender);
    expect(chart.values).toEqual(['F', 'M']);
    expect(chart.groups.map((group) => group.bars.map((bar) => bar.amount))).toEqual(codings.cells);
    const cases = await matrix('cases');
    const shares = buildAttributeChart(cases, 'share', table, gender);
    const isolement = shares.groups.find((group) => group.name === 'isolement');
    // Anne of the two F cases has isolement; Bruno, the one M case, has it.
    expect(isolement?.bars.map((bar) => bar.amount)).toEqual([0.5, 1]);
    expect(shares.max).toBe(1);
  });
});
