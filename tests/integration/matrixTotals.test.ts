import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Matrix } from '../../app/contract/index.ts';
import type { ProjectSession } from '../../app/session.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

// Brute force (docs/ANALYSIS.md, "Matrices"): every figure recomputed from the stored codings,
// counting covered characters one position at a time.
interface Stored {
  readonly id: number;
  readonly documentId: number;
  readonly codeId: number;
  readonly start: number;
  readonly end: number;
}

const TEXTS = ['a'.repeat(120), 'b'.repeat(80), 'c'.repeat(150), 'd'.repeat(60)];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

let session: ProjectSession;
const documents: number[] = [];
const codes: Record<string, number> = {};
let stored: Stored[] = [];

beforeAll(async () => {
  session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('matrix-totals'), 'm.verbatim') });
  const report = await call(session, 'documents/importFiles', {
    files: TEXTS.map((text, index) => ({
      name: `d${index}.txt`,
      base64: Buffer.from(text).toString('base64'),
    })),
  });
  documents.push(...report.imported.map((document) => document.id));
  // A tree: parent > (child > grandchild, sibling); and a lone code.
  codes.parent = (await call(session, 'codes/create', { name: 'parent' })).id;
  codes.child = (await call(session, 'codes/create', { name: 'child', parentId: codes.parent })).id;
  codes.grandchild = (await call(session, 'codes/create', { name: 'grandchild', parentId: codes.child })).id;
  codes.sibling = (await call(session, 'codes/create', { name: 'sibling', parentId: codes.parent })).id;
  codes.lone = (await call(session, 'codes/create', { name: 'lone' })).id;
  const next = random(18);
  const items = Array.from({ length: 60 }, () => {
    const index = Math.floor(next() * documents.length);
    const length = TEXTS[index]?.length ?? 1;
    const start = Math.floor(next() * (length - 1));
    const end = start + 1 + Math.floor(next() * Math.min(40, length - start - 1));
    const codeIds = Object.values(codes);
    return {
      documentId: documents[index] ?? 0,
      start,
      end,
      codeId: codeIds[Math.floor(next() * codeIds.length)] ?? 0,
    };
  });
  await call(session, 'codings/create', { items });
  for (const documentId of documents) {
    stored.push(...(await call(session, 'codings/ofDocument', { documentId })));
  }
  stored = stored.map(({ id, documentId, codeId, start, end }) => ({ id, documentId, codeId, start, end }));
});

function covered(codings: readonly Stored[]): number {
  const positions = new Set(
    codings.flatMap((c) =>
      Array.from({ length: c.end - c.start }, (_, k) => `${c.documentId}:${c.start + k}`),
    ),
  );
  return positions.size;
}

function lengthOf(documentIds: readonly number[]): number {
  return documentIds.reduce((sum, id) => sum + (TEXTS[documents.indexOf(id)]?.length ?? 0), 0);
}

function brute(
  measure: 'count' | 'presence' | 'share',
  codeIds: readonly number[],
  documentIds: readonly number[],
): number {
  const codings = stored.filter((c) => codeIds.includes(c.codeId) && documentIds.includes(c.documentId));
  if (measure === 'count') return codings.length;
  if (measure === 'presence') return codings.length > 0 ? 1 : 0;
  return covered(codings) / lengthOf(documentIds);
}

const SUBTREES: Record<string, string[]> = {
  parent: ['parent', 'child', 'grandchild', 'sibling'],
  child: ['child', 'grandchild'],
  grandchild: ['grandchild'],
  sibling: ['sibling'],
  lone: ['lone'],
};

describe('matrix aggregation and totals against a brute force', () => {
  it('lists the codes in codebook order, parents before their children', async () => {
    const matrix = await call(session, 'analysis/matrix', { columns: 'documents', measure: 'count' });
    expect(matrix.rows.map((row) => [row.name, row.depth, row.hasChildren])).toEqual([
      ['parent', 0, true],
      ['child', 1, true],
      ['grandchild', 2, false],
      ['sibling', 1, false],
      ['lone', 0, false],
    ]);
  });

  for (const measure of ['count', 'presence', 'share'] as const) {
    it(`${measure}: own and subtree cells, row, column and grand totals`, async () => {
      const matrix: Matrix = await call(session, 'analysis/matrix', { columns: 'documents', measure });
      const allDocuments = matrix.columns.flatMap((column) => column.documentIds);
      const allCodes = Object.values(codes);
      matrix.rows.forEach((row, i) => {
        const subtree = (SUBTREES[row.name] ?? []).map((name) => codes[name] ?? 0);
        matrix.columns.forEach((column, j) => {
          expect(matrix.cells[i]?.[j]).toBeCloseTo(brute(measure, [row.id], column.documentIds), 10);
          expect(matrix.subtreeCells[i]?.[j]).toBeCloseTo(brute(measure, subtree, column.documentIds), 10);
        });
        const rowTotal = (ids: number[]): number =>
          measure === 'presence'
            ? matrix.columns.filter((column) => brute('presence', ids, column.documentIds) === 1).length
            : brute(measure, ids, allDocuments);
        expect(matrix.rowTotals[i]).toBeCloseTo(rowTotal([row.id]), 10);
        expect(matrix.subtreeRowTotals[i]).toBeCloseTo(rowTotal(subtree), 10);
      });
      matrix.columns.forEach((column, j) => {
        const expected =
          measure === 'presence'
            ? allCodes.filter((id) => brute('presence', [id], column.documentIds) === 1).length
            : brute(measure, allCodes, column.documentIds);
        expect(matrix.columnTotals[j]).toBeCloseTo(expected, 10);
      });
      const grand =
        measure === 'presence'
          ? allCodes.filter((id) => brute('presence', [id], allDocuments) === 1).length
          : brute(measure, allCodes, allDocuments);
      expect(matrix.grandTotal).toBeCloseTo(grand, 10);
    });
  }

  it('sets as columns: the documents of each set', async () => {
    const set = await call(session, 'sets/create', {
      kind: 'document',
      name: 'first two',
      memberIds: documents.slice(0, 2),
    });
    expect(set.id).toBeGreaterThan(0);
    const matrix = await call(session, 'analysis/matrix', { columns: 'sets', measure: 'count' });
    expect(matrix.columns.map((column) => column.label)).toEqual(['first two']);
    const lone = matrix.rows.findIndex((row) => row.name === 'lone');
    expect(matrix.cells[lone]?.[0]).toBe(brute('count', [codes.lone ?? 0], documents.slice(0, 2)));
  });
});
