import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Matrix } from '../../app/contract/index.ts';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { unzipText } from './refiFixture.ts';

// Grouped columns (docs/ANALYSIS.md "Grouped columns"): four documents; d0 and d2 belong to
// women's cases, d1 to a man's, d3 to no case; sets "Vague 1" = {d0, d1}, "Vague 2" = {d1, d2}.
let session: ProjectSession;
const documents: number[] = [];
let gender = 0;
let code = 0;

beforeAll(async () => {
  session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('matrix-groups'), 'm.verbatim') });
  const report = await call(session, 'documents/importFiles', {
    files: ['d0', 'd1', 'd2', 'd3'].map((name, index) => ({
      name: `${name}.txt`,
      base64: Buffer.from('x'.repeat(50 + index * 10)).toString('base64'),
    })),
  });
  documents.push(...report.imported.map((document) => document.id));
  const [d0 = 0, d1 = 0, d2 = 0, d3 = 0] = documents;
  gender = (await call(session, 'attributes/create', { name: 'genre', type: 'text' })).id;
  for (const [name, documentId, value] of [
    ['Anne', d0, 'F'],
    ['Bruno', d1, 'M'],
    ['Claire', d2, 'F'],
  ] as const) {
    const created = await call(session, 'cases/create', { name, documentIds: [documentId] });
    await call(session, 'cases/setValue', { caseId: created.id, attributeId: gender, value });
  }
  await call(session, 'sets/create', { kind: 'document', name: 'Vague 1', memberIds: [d0, d1] });
  await call(session, 'sets/create', { kind: 'document', name: 'Vague 2', memberIds: [d1, d2] });
  code = (await call(session, 'codes/create', { name: 'opacité' })).id;
  // 1, 2, 3 and 4 codings in d0..d3: each column's figure tells which document it is.
  const items = [d0, d1, d1, d2, d2, d2, d3, d3, d3, d3].map((documentId, k) => ({
    documentId,
    start: k,
    end: k + 5,
    codeId: code,
  }));
  await call(session, 'codings/create', { items });
});

const matrixOf = (groupBy?: { kind: 'attribute'; attributeId: number } | { kind: 'sets' }): Promise<Matrix> =>
  call(session, 'analysis/matrix', {
    columns: 'documents',
    measure: 'count',
    ...(groupBy ? { groupBy } : {}),
  });

describe('grouped columns', () => {
  it('groups documents by a case attribute: values in order, those without one last', async () => {
    const plain = await matrixOf();
    const grouped = await matrixOf({ kind: 'attribute', attributeId: gender });
    expect(grouped.columns.map((column) => column.label)).toEqual(['d0', 'd2', 'd1', 'd3']);
    expect(grouped.columnGroups).toEqual({
      kind: 'attribute',
      attribute: 'genre',
      groups: [
        { label: 'F', start: 0, count: 2 },
        { label: 'M', start: 2, count: 1 },
        { label: '—', start: 3, count: 1 },
      ],
    });
    // Grouping moves columns with their figures and changes no total.
    expect(grouped.cells[0]).toEqual([1, 3, 2, 4]);
    expect(grouped.columnTotals).toEqual([1, 3, 2, 4]);
    expect(grouped.rowTotals).toEqual(plain.rowTotals);
    expect(grouped.grandTotal).toBe(plain.grandTotal);
    expect(plain.columnGroups).toBeNull();
  });

  it('groups documents by document set: a document in two sets under each, those in none last', async () => {
    const plain = await matrixOf();
    const grouped = await matrixOf({ kind: 'sets' });
    expect(grouped.columns.map((column) => column.label)).toEqual(['d0', 'd1', 'd1', 'd2', 'd3']);
    expect(new Set(grouped.columns.map((column) => column.id)).size).toBe(5);
    expect(grouped.columnGroups?.groups).toEqual([
      { label: 'Vague 1', start: 0, count: 2 },
      { label: 'Vague 2', start: 2, count: 2 },
      { label: '—', start: 4, count: 1 },
    ]);
    expect(grouped.columnGroups?.kind).toBe('sets');
    expect(grouped.cells[0]).toEqual([1, 2, 2, 3, 4]);
    expect(grouped.rowPercent?.[0]).toEqual([1, 2, 2, 3, 4].map((value) => value * 10));
    expect(grouped.rowTotals).toEqual(plain.rowTotals);
    expect(grouped.grandTotal).toBe(plain.grandTotal);
  });

  it('groups cases by attribute, and refuses what cannot be grouped with a clear sentence', async () => {
    const cases = await call(session, 'analysis/matrix', {
      columns: 'cases',
      measure: 'count',
      groupBy: { kind: 'attribute', attributeId: gender },
    });
    expect(cases.columns.map((column) => column.label)).toEqual(['Anne', 'Claire', 'Bruno']);
    const bySet = await callError(session, 'analysis/matrix', {
      columns: 'cases',
      measure: 'count',
      groupBy: { kind: 'sets' },
    });
    expect(bySet.message).toMatch(/Cases can be grouped by an attribute/u);
    const gone = await callError(session, 'analysis/matrix', {
      columns: 'documents',
      measure: 'count',
      groupBy: { kind: 'attribute', attributeId: 9999 },
    });
    expect(gone.message).toMatch(/no longer exists/u);
  });

  it('exports the groups: "attribute: value / column" names in CSV, a spanning row in XLSX', async () => {
    const matrix = { columns: 'documents' as const, measure: 'count' as const };
    const csv = await call(session, 'exports/matrix', {
      matrix: { ...matrix, groupBy: { kind: 'attribute', attributeId: gender } },
      format: 'csv',
    });
    const [header] = csv.content.replace(/^\uFEFF/u, '').split(/\r?\n/u);
    expect(header).toBe('code,genre: F / d0,genre: F / d2,genre: M / d1,genre: — / d3,total');
    const bySet = await call(session, 'exports/matrix', {
      matrix: { ...matrix, groupBy: { kind: 'sets' } },
      format: 'csv',
    });
    expect(bySet.content).toContain('document set: Vague 2 / d1');
    const xlsx = await call(session, 'exports/matrix', {
      matrix: { ...matrix, groupBy: { kind: 'attribute', attributeId: gender } },
      format: 'xlsx',
    });
    const files = unzipText(xlsx.content);
    const sheet = Object.entries(files).find(([name]) => name.startsWith('xl/worksheets/'))?.[1] ?? '';
    // F spans the two women's documents (B1:C1) above their names.
    expect(sheet).toMatch(/<mergeCell ref="B1:C1"\s*\/>/u);
    const text = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, body]) => body)
      .join('\n');
    for (const label of ['genre', '>F<', '>M<', 'd0']) expect(text).toContain(label);
  });
});
