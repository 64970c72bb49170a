import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cached } from '../../app/analysis/dataCache.ts';
import type { ProjectSession } from '../../app/session.ts';
import { fillLargeProject } from '../bench/largeProject.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/**
 * The analysis cache (app/analysis/dataCache.ts) keeps the project's codings, segments and
 * document lengths across calls and reads again only what a write changed. After every kind
 * of write, each view must give what a freshly opened project gives: a value kept too long
 * would show here as a difference.
 */
let session: ProjectSession;
let path: string;

/** Every view the cache feeds, as one comparable value. */
async function views(): Promise<unknown> {
  const results: Record<string, unknown> = {};
  for (const scope of ['overlap', 'near:20', 'segment', 'document']) {
    results[scope] = await call(session, 'analysis/cooccurrence', { scope });
  }
  results.speakers = await call(session, 'analysis/cooccurrence', {
    scope: 'segment',
    filters: { speakers: ['Répondante'] },
  });
  results.matrix = await call(session, 'analysis/matrix', { columns: 'documents', measure: 'share' });
  for (const unit of ['char', 'segment'] as const) {
    results[unit] = await call(session, 'agreement/compute', { coders: ['alice', 'bob'], unit });
  }
  return results;
}

/** Views after `write` with the cache warm, then the same views on a reopened project. */
async function expectFreshAfter(write: () => Promise<unknown>): Promise<void> {
  await views();
  const before = JSON.stringify(await views());
  await write();
  const cachedViews = await views();
  expect(JSON.stringify(cachedViews)).not.toBe(before);
  await call(session, 'project/close', {});
  await call(session, 'project/open', { path });
  expect(cachedViews).toEqual(await views());
}

beforeAll(async () => {
  session = testSession();
  path = join(makeTempDir('analysis-cache'), 'c.verbatim');
  await call(session, 'project/create', { path });
  fillLargeProject(session.db(), { documents: 6, words: 600, codes: 5, codings: 300 });
});

async function firstDocument(): Promise<{ id: number; length: number }> {
  const [document] = await call(session, 'documents/list', {});
  if (!document) throw new Error('the project has no document');
  return document;
}

async function codeId(name: string): Promise<number> {
  const code = (await call(session, 'codes/list', {})).find((candidate) => candidate.name === name);
  if (!code) throw new Error(`no code ${name}`);
  return code.id;
}

describe('the analysis cache after each kind of write', () => {
  it('coding created, then deleted', async () => {
    const { id: documentId } = await firstDocument();
    let created = 0;
    await expectFreshAfter(async () => {
      const codings = await call(session, 'codings/create', {
        items: [
          { documentId, start: 0, end: 300, codeName: 'code 0', coder: 'alice' },
          { documentId, start: 100, end: 400, codeName: 'code 1', coder: 'bob' },
        ],
      });
      created = codings[0]?.id ?? 0;
    });
    await expectFreshAfter(() => call(session, 'codings/delete', { id: created }));
  });

  it('code renamed, then merged into another', async () => {
    await expectFreshAfter(async () =>
      call(session, 'codes/update', { id: await codeId('code 2'), name: 'a renamed code' }),
    );
    await expectFreshAfter(async () =>
      call(session, 'codes/merge', {
        sourceId: await codeId('a renamed code'),
        targetId: await codeId('code 3'),
      }),
    );
  });

  it('document imported and coded, then deleted, then the deletion undone', async () => {
    const text = 'Enquêteur : Et le soir ?\nRépondante : Seule devant l’écran, encore.';
    await expectFreshAfter(async () => {
      const report = await call(session, 'documents/importFiles', {
        files: [{ name: 'nouvelle.txt', base64: Buffer.from(text).toString('base64') }],
      });
      const documentId = report.imported[0]?.id ?? 0;
      await call(session, 'codings/create', {
        items: [
          { documentId, start: 0, end: 30, codeName: 'code 0', coder: 'alice' },
          { documentId, start: 10, end: 40, codeName: 'code 1', coder: 'alice' },
        ],
      });
    });
    const { id } = await firstDocument();
    await expectFreshAfter(() => call(session, 'documents/delete', { id }));
    await expectFreshAfter(() => call(session, 'history/undo', {}));
  });

  it('keeps what a write did not touch: a coding leaves segments and documents cached', async () => {
    const reads = { segments: 0, documents: 0, codings: 0 };
    const read = (): void => {
      const db = session.db();
      cached(db, 'test segments', ['segments'], () => (reads.segments += 1));
      cached(db, 'test documents', ['documents'], () => (reads.documents += 1));
      cached(db, 'test codings', ['codings', 'coders'], () => (reads.codings += 1));
    };
    read();
    read();
    expect(reads).toEqual({ segments: 1, documents: 1, codings: 1 });
    const { id: documentId } = await firstDocument();
    await call(session, 'codings/create', { items: [{ documentId, start: 5, end: 50, codeName: 'code 4' }] });
    await call(session, 'codes/update', { id: await codeId('code 4'), name: 'code four' });
    read();
    expect(reads).toEqual({ segments: 1, documents: 1, codings: 2 });
    await call(session, 'documents/rename', { id: documentId, name: 'renamed' });
    read();
    expect(reads).toEqual({ segments: 1, documents: 2, codings: 2 });
  });
});
