import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { cli } from '../support/cli.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const ANNE =
  'Enquêteur : Le soir ?\nAnne : Triple journée, seule devant l’écran.\nEnquêteur : Et la paie ?\nAnne : Opaque, seule encore.';
const BRUNO =
  'Enquêteur : Le soir ?\nBruno : Seul, mais ça va.\nEnquêteur : La paie ?\nBruno : Opaque aussi.';

let session: ProjectSession;
let path: string;
const ids: Record<string, number> = {};

async function code(
  documentId: number,
  text: string,
  needle: string,
  codeName: string,
  coder?: string,
): Promise<void> {
  const start = text.indexOf(needle);
  await call(session, 'codings/create', {
    items: [{ documentId, start, end: start + needle.length, codeName, ...(coder ? { coder } : {}) }],
  });
}

beforeAll(async () => {
  session = testSession();
  path = join(makeTempDir('analysis'), 'a.verbatim');
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [
      { name: 'anne.txt', base64: Buffer.from(ANNE).toString('base64') },
      { name: 'bruno.txt', base64: Buffer.from(BRUNO).toString('base64') },
    ],
  });
  ids.anne = report.imported[0]?.id ?? 0;
  ids.bruno = report.imported[1]?.id ?? 0;
  const anne = (await call(session, 'documents/get', { id: ids.anne })).text;
  const bruno = (await call(session, 'documents/get', { id: ids.bruno })).text;
  await code(ids.anne, anne, 'Triple journée', 'triple day');
  await code(ids.anne, anne, 'Triple journée, seule', 'isolation');
  await code(ids.anne, anne, 'Opaque', 'opacity');
  await code(ids.anne, anne, 'seule encore', 'isolation', 'bob');
  await code(ids.anne, anne, 'Le soir', 'triple day');
  await code(ids.bruno, bruno, 'Seul', 'isolation');
  await code(ids.bruno, bruno, 'Opaque', 'opacity');
  const gender = await call(session, 'attributes/create', {
    name: 'gender',
    type: 'choice',
    choices: ['F', 'M'],
  });
  ids.gender = gender.id;
  const anneCase = await call(session, 'cases/create', { name: 'Anne', documentIds: [ids.anne] });
  const brunoCase = await call(session, 'cases/create', { name: 'Bruno', documentIds: [ids.bruno] });
  await call(session, 'cases/setValue', { caseId: anneCase.id, attributeId: gender.id, value: 'F' });
  await call(session, 'cases/setValue', { caseId: brunoCase.id, attributeId: gender.id, value: 'M' });
  const set = await call(session, 'sets/create', {
    kind: 'document',
    name: 'hommes',
    memberIds: [ids.bruno],
  });
  ids.set = set.id;
});

const pairs = async (scope: string, filters?: object) =>
  (await call(session, 'analysis/cooccurrence', { scope, ...(filters ? { filters } : {}) })).pairs.map(
    (p) => [p.a, p.b, p.count],
  );

describe('co-occurrence through the contract', () => {
  it('computes each scope on a real project', async () => {
    expect(await pairs('overlap')).toEqual([['isolation', 'triple day', 1]]);
    // Segment 2 of Anne: triple day, isolation (× 1 unit); segment 4: opacity, isolation (bob).
    expect(await pairs('segment')).toEqual([
      ['isolation', 'opacity', 1],
      ['isolation', 'triple day', 1],
    ]);
    expect(await pairs('document')).toEqual([
      ['isolation', 'opacity', 2],
      ['isolation', 'triple day', 1],
      ['opacity', 'triple day', 1],
    ]);
    expect(await pairs('near:2')).toEqual([
      ['isolation', 'opacity', 1],
      ['isolation', 'triple day', 1],
    ]);
  });

  it('reports shares and warnings', async () => {
    const result = await call(session, 'analysis/cooccurrence', { scope: 'document' });
    const pair = result.pairs.find((p) => p.a === 'isolation' && p.b === 'opacity');
    expect(pair).toMatchObject({ count: 2, shareA: 1, shareB: 1, c: 1, warnings: ['small'] });
    expect(result.codes.map(({ name, n }) => [name, n])).toEqual([
      ['isolation', 2],
      ['opacity', 2],
      ['triple day', 1],
    ]);
  });

  it('filters by attribute, document set, speaker and coder', async () => {
    expect(await pairs('document', { where: [{ attributeId: ids.gender, value: 'F' }] })).toEqual([
      ['isolation', 'opacity', 1],
      ['isolation', 'triple day', 1],
      ['opacity', 'triple day', 1],
    ]);
    expect(await pairs('document', { setIds: [ids.set] })).toEqual([['isolation', 'opacity', 1]]);
    // Only the respondent's speech: "Le soir" (the interviewer's) no longer counts.
    const respondents = await call(session, 'analysis/cooccurrence', {
      scope: 'document',
      filters: { speakers: ['Anne', 'Bruno'] },
    });
    expect(respondents.codes.find((c) => c.name === 'triple day')?.n).toBe(1);
    const interviewer = await call(session, 'analysis/cooccurrence', {
      scope: 'overlap',
      filters: { speakers: ['Enquêteur'] },
    });
    expect(interviewer.codes.map((c) => c.n)).toEqual([0, 0, 1]);
    expect(await pairs('segment', { coders: ['tester'] })).toEqual([['isolation', 'triple day', 1]]);
  });

  it('drills down to the excerpts of a unit scope', async () => {
    const result = await call(session, 'analysis/cooccurrence', { scope: 'document' });
    const pair = result.pairs.find((p) => p.a === 'isolation' && p.b === 'opacity');
    const instances = await call(session, 'analysis/cooccurrenceExcerpts', {
      scope: 'document',
      codeA: pair?.aId ?? 0,
      codeB: pair?.bId ?? 0,
    });
    expect(new Set(instances.map((instance) => instance.unit))).toEqual(
      new Set([`document:${ids.anne}`, `document:${ids.bruno}`]),
    );
    expect(instances.map((i) => [i.a.quote, i.b.quote]).sort()).toEqual([
      ['Seul', 'Opaque'],
      ['Triple journée, seule', 'Opaque'],
      ['seule encore', 'Opaque'],
    ]);
  });

  it('refuses an unknown scope and values that do not fit an attribute', async () => {
    expect((await callError(session, 'analysis/cooccurrence', { scope: 'paragraph' })).code).toBe(
      'INVALID_INPUT',
    );
    const cases = await call(session, 'cases/list', {});
    const anne = cases.cases.find((c) => c.name === 'Anne');
    expect(
      (
        await callError(session, 'cases/setValue', {
          caseId: anne?.id ?? 0,
          attributeId: ids.gender,
          value: 'X',
        })
      ).message,
    ).toMatch(/one of: F, M/u);
  });

  it('answers the CLI with the same figures and filters', async () => {
    const run = await cli('cooccur', path, '--scope', 'document', '--where', 'gender=M', '--json');
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({
      scope: 'document',
      pairs: [{ a: 'isolation', b: 'opacity', count: 1, c: 1 }],
    });
    const set = JSON.parse(
      (await cli('cooccur', path, '--scope', 'near:2', '--set', 'hommes', '--json')).stdout,
    ) as { pairs: unknown[] };
    expect(set.pairs).toEqual([]);
    expect((await cli('cooccur', path, '--scope', 'document', '--where', 'age=30')).stderr).toMatch(
      /no attribute "age"/u,
    );
    expect((await cli('cooccur', path, '--scope', 'near:x')).code).toBe(2);
  });
});

describe('matrices', () => {
  it('code × document: counts, presence and share of text', async () => {
    const count = await call(session, 'analysis/matrix', { columns: 'documents', measure: 'count' });
    expect(count.columns.map((column) => column.label)).toEqual(['anne', 'bruno']);
    const row = (name: string, matrix: typeof count) =>
      matrix.cells[matrix.rows.findIndex((r) => r.name === name)];
    expect(row('isolation', count)).toEqual([2, 1]);
    expect(row('triple day', count)).toEqual([2, 0]);
    const percents = count.rowPercent?.[count.rows.findIndex((r) => r.name === 'isolation')] ?? [];
    expect(percents[0]).toBeCloseTo(66.667, 2);
    expect(percents[1]).toBeCloseTo(33.333, 2);
    const presence = await call(session, 'analysis/matrix', { columns: 'documents', measure: 'presence' });
    expect(row('triple day', presence)).toEqual([1, 0]);
    const share = await call(session, 'analysis/matrix', { columns: 'documents', measure: 'share' });
    const bruno = (await call(session, 'documents/get', { id: ids.bruno ?? 0 })).text;
    expect(row('isolation', share)?.[1]).toBeCloseTo('Seul'.length / bruno.length);
    expect(share.rowPercent).toBeNull();
  });

  it('code × attribute value: cases and codings', async () => {
    const cases = await call(session, 'analysis/matrix', {
      columns: 'attribute',
      attributeId: ids.gender,
      measure: 'cases',
    });
    expect(cases.columns.map((column) => column.label)).toEqual(['gender = F', 'gender = M']);
    const index = (name: string) => cases.rows.findIndex((r) => r.name === name);
    expect(cases.cells[index('triple day')]).toEqual([1, 0]);
    expect(cases.cells[index('opacity')]).toEqual([1, 1]);
    const codings = await call(session, 'analysis/matrix', {
      columns: 'attribute',
      attributeId: ids.gender,
      measure: 'codings',
    });
    expect(codings.cells[index('isolation')]).toEqual([2, 1]);
    expect(codings.columnPercent?.[index('isolation')]?.[1]).toBe(50);
    expect(
      (
        await callError(session, 'analysis/matrix', {
          columns: 'attribute',
          attributeId: ids.gender,
          measure: 'share',
        })
      ).code,
    ).toBe('INVALID_INPUT');
  });

  it('exports a matrix to CSV', async () => {
    const file = await call(session, 'exports/matrix', {
      matrix: { columns: 'cases', measure: 'count' },
      format: 'csv',
    });
    const lines = file.content.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('code,Anne,Bruno,total');
    expect(lines).toContain('isolation,2,1,3');
    expect(lines.at(-1)).toBe('total,5,2,7');
    expect(file.fileName).toBe('matrix-cases-count.csv');
  });

  it('exports a matrix to XLSX that spreadsheets read', async () => {
    const file = await call(session, 'exports/matrix', {
      matrix: { columns: 'cases', measure: 'count' },
      format: 'xlsx',
      percent: 'row',
    });
    expect([file.fileName, file.encoding]).toEqual(['matrix-cases-count-row-percent.xlsx', 'base64']);
    const entries = unzipSync(new Uint8Array(Buffer.from(file.content, 'base64')));
    const sheet = strFromU8(entries['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const strings = strFromU8(entries['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strings).toContain('isolation');
    expect(strings).toContain('Bruno');
    // isolation: 2 codings for Anne and 1 for Bruno → 66.67 % and 33.33 % of the row.
    expect(sheet).toMatch(/<v>66\.66666666666\d*<\/v>/u);
  });
});
