import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** Coding queries through the contract: filters, counts, saved queries, coding the results. */

const ANNE = 'Enquêteur : Et le soir ?\nAnne : Triple journée, seule encore. Opaque, la plateforme.\n';
const BRUNO = 'Enquêteur : Et vous ?\nBruno : Seul. Opaque aussi.\n';

let session: ProjectSession;
const ids = { anne: 0, bruno: 0, set: 0, gender: 0 };

async function code(documentId: number, needle: string, codeName: string, coder = 'alice'): Promise<void> {
  const text = (await call(session, 'documents/get', { id: documentId })).text;
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(needle);
  await call(session, 'codings/create', {
    items: [{ documentId, start, end: start + needle.length, codeName, coder }],
  });
}

beforeAll(async () => {
  session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('queries'), 'q.verbatim') });
  const report = await call(session, 'documents/importFiles', {
    files: [
      { name: 'anne.txt', base64: Buffer.from(ANNE).toString('base64') },
      { name: 'bruno.txt', base64: Buffer.from(BRUNO).toString('base64') },
    ],
  });
  ids.anne = report.imported[0]?.id ?? 0;
  ids.bruno = report.imported[1]?.id ?? 0;
  await code(ids.anne, 'Triple journée, seule', 'isolement');
  await code(ids.anne, 'seule encore', 'isolement', 'bob');
  await code(ids.anne, 'Opaque, la plateforme', 'opacité');
  await code(ids.anne, 'Triple journée', 'triple journée');
  await code(ids.bruno, 'Seul', 'isolement');
  await code(ids.bruno, 'Opaque', 'opacité');
  const gender = await call(session, 'attributes/create', {
    name: 'genre',
    type: 'choice',
    choices: ['F', 'M'],
  });
  ids.gender = gender.id;
  const anne = await call(session, 'cases/create', { name: 'Anne', documentIds: [ids.anne] });
  const bruno = await call(session, 'cases/create', { name: 'Bruno', documentIds: [ids.bruno] });
  await call(session, 'cases/setValue', { caseId: anne.id, attributeId: gender.id, value: 'F' });
  await call(session, 'cases/setValue', { caseId: bruno.id, attributeId: gender.id, value: 'M' });
  ids.set = (
    await call(session, 'sets/create', { kind: 'document', name: 'hommes', memberIds: [ids.bruno] })
  ).id;
});

const texts = async (expression: string, filters?: object) =>
  (await call(session, 'queries/run', { expression, ...(filters ? { filters } : {}) })).excerpts.map(
    (excerpt) => excerpt.text,
  );

describe('queries/run', () => {
  it('returns excerpts with their text and counts per document and case', async () => {
    const result = await call(session, 'queries/run', {
      expression: 'isolement FOLLOWED BY opacité WITHIN 30',
    });
    expect(result.excerpts.map((excerpt) => [excerpt.doc, excerpt.text, excerpt.code])).toEqual([
      ['anne', 'Triple journée, seule', 'isolement'],
      ['anne', 'seule encore', 'isolement'],
      ['bruno', 'Seul', 'isolement'],
    ]);
    expect(result.documents.map((row) => [row.name, row.count])).toEqual([
      ['anne', 2],
      ['bruno', 1],
    ]);
    expect(result.cases.map((row) => [row.name, row.count])).toEqual([
      ['Anne', 2],
      ['Bruno', 1],
    ]);
  });

  it('applies the document set, attribute and coder filters', async () => {
    expect(await texts('isolement', { setIds: [ids.set] })).toEqual(['Seul']);
    expect(await texts('isolement', { where: [{ attributeId: ids.gender, value: 'F' }] })).toEqual([
      'Triple journée, seule',
      'seule encore',
    ]);
    // The coder filter applies to both sides: bob coded no triple journée.
    expect(await texts('isolement OVERLAPPING opacité OR isolement', { coders: ['bob'] })).toEqual([
      'seule encore',
    ]);
    expect(await texts('"triple journée"', { coders: ['bob'] })).toEqual([]);
    expect(await texts('isolement NOT "Triple Journee"')).toEqual(['seule encore', 'Seul']);
  });

  it('refuses a query that does not read, saying where', async () => {
    const error = await callError(session, 'queries/run', { expression: 'isolement AND' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('at position 14');
    expect((await callError(session, 'queries/run', { expression: 'éthique' })).code).toBe('NOT_FOUND');
  });
});

describe('saved queries', () => {
  it('saves, lists, re-runs and deletes a query by name', async () => {
    await call(session, 'queries/save', {
      name: 'Isolement des hommes',
      expression: 'isolement',
      filters: { setIds: [ids.set] },
    });
    expect((await call(session, 'queries/list', {})).map((saved) => [saved.name, saved.expression])).toEqual([
      ['Isolement des hommes', 'isolement'],
    ]);
    const rerun = await call(session, 'queries/runSaved', { name: 'Isolement des hommes' });
    expect(rerun.excerpts.map((excerpt) => excerpt.text)).toEqual(['Seul']);
    await call(session, 'queries/delete', { name: 'Isolement des hommes' });
    expect(await call(session, 'queries/list', {})).toEqual([]);
    expect((await callError(session, 'queries/runSaved', { name: 'Isolement des hommes' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses to save a query that does not read', async () => {
    expect((await callError(session, 'queries/save', { name: 'x', expression: '(a' })).code).toBe(
      'INVALID_INPUT',
    );
    expect(await call(session, 'queries/list', {})).toEqual([]);
  });
});

describe('queries/codeResults', () => {
  it('codes the results as a new code in one undoable change', async () => {
    const before = (await call(session, 'codes/list', {})).length;
    const done = await call(session, 'queries/codeResults', {
      expression: 'isolement AND opacité OR opacité',
      codeName: 'à relire',
    });
    expect(done.count).toBe(2);
    expect(await texts('"à relire"')).toEqual(['Opaque, la plateforme', 'Opaque']);
    const [last] = await call(session, 'history/list', {});
    expect(last?.summary).toBe('Code the 2 results of isolement AND opacité OR opacité as «à relire»');
    await call(session, 'history/undo', {});
    expect((await call(session, 'codes/list', {})).length).toBe(before);
    expect((await callError(session, 'queries/run', { expression: '"à relire"' })).code).toBe('NOT_FOUND');
  });

  it('refuses an existing code name and a query that finds nothing', async () => {
    expect(
      (await callError(session, 'queries/codeResults', { expression: 'opacité', codeName: 'Isolement' }))
        .code,
    ).toBe('CONFLICT');
    expect(
      (
        await callError(session, 'queries/codeResults', {
          expression: 'opacité INSIDE isolement',
          codeName: 'vide',
        })
      ).code,
    ).toBe('INVALID_INPUT');
  });
});
