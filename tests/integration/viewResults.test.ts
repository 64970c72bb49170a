import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisFilters } from '../../app/contract/types.ts';
import type { ProjectSession } from '../../app/session.ts';
import { fillLargeProject } from '../bench/largeProject.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/**
 * The results of the analysis and agreement views on a generated project, compared with the
 * reference file written by the code before issue #15's speed work: making co-occurrence,
 * matrices and agreement faster must not change one figure.
 */
const REFERENCE = './viewResults.reference.txt';
const SCOPES = ['overlap', 'near:50', 'segment', 'document'] as const;
const FILTERS: Record<string, AnalysisFilters | undefined> = {
  all: undefined,
  bob: { coders: ['bob'] },
  respondent: { speakers: ['Répondante'] },
};

let session: ProjectSession;

beforeAll(async () => {
  session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('view-results'), 'v.verbatim') });
  fillLargeProject(session.db(), { documents: 30, words: 1200, codes: 10, codings: 2500 });
});

/** A co-occurrence result without names (the generator numbers its codes). */
async function cooccurrence(scope: string, filters: AnalysisFilters | undefined): Promise<unknown> {
  const result = await call(session, 'analysis/cooccurrence', { scope, ...(filters ? { filters } : {}) });
  return {
    n: result.codes.map((code) => [code.id, code.n]),
    pairs: result.pairs.map((pair) => [pair.aId, pair.bId, pair.count, pair.c]),
  };
}

describe('the views give the reference results', () => {
  it('co-occurrence at every scope, with and without filters, and the matrices', async () => {
    const results: Record<string, unknown> = {};
    for (const [name, filters] of Object.entries(FILTERS)) {
      for (const scope of SCOPES) results[`${scope} ${name}`] = await cooccurrence(scope, filters);
    }
    for (const measure of ['count', 'share'] as const) {
      const matrix = await call(session, 'analysis/matrix', { columns: 'documents', measure });
      results[`matrix ${measure}`] = [matrix.cells, matrix.rowPercent, matrix.columnPercent];
    }
    await expect(JSON.stringify(results)).toMatchFileSnapshot(REFERENCE.replace('.txt', '.analysis.txt'));
  });

  it('the co-occurrence instances behind two pairs, in order, at every scope', async () => {
    const results: Record<string, unknown> = {};
    for (const scope of SCOPES) {
      for (const [codeA, codeB] of [
        [1, 2],
        [3, 7],
      ] as const) {
        const instances = await call(session, 'analysis/cooccurrenceExcerpts', { scope, codeA, codeB });
        // Thousands of instances: their count and a digest of the ordered list.
        const list = JSON.stringify(instances.map(({ a, b, unit }) => [a.codingId, b.codingId, unit]));
        results[`${scope} ${codeA}-${codeB}`] = [
          instances.length,
          createHash('sha256').update(list).digest('hex'),
        ];
      }
    }
    await expect(JSON.stringify(results)).toMatchFileSnapshot(REFERENCE.replace('.txt', '.instances.txt'));
  });

  it('agreement (percent, kappa, alpha) at every unit', async () => {
    const results: Record<string, unknown> = {};
    for (const unit of ['char', 'segment', 'document'] as const) {
      const result = await call(session, 'agreement/compute', { coders: ['alice', 'bob'], unit });
      results[unit] = [result.pooled, ...result.codes];
    }
    await expect(JSON.stringify(results)).toMatchFileSnapshot(REFERENCE.replace('.txt', '.agreement.txt'));
  });
});
