import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { cli } from '../support/cli.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const TEXT = [
  'Enquêteur : Parlez-moi de l’éthique des plateformes.',
  'Marie : L’ETHIQUE ? Il n’y en a pas. Les plateformes sont opaques 😀 et la rémunération aussi.',
  'Enquêteur : Et le travail le soir ?',
  'Marie : Le travail de nuit, après la journée, c’est ma triple journée.',
].join('\n');

let session: ProjectSession;
let path: string;
let documentId: number;
let text: string;

beforeAll(async () => {
  session = testSession();
  path = join(makeTempDir('search'), 's.verbatim');
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'marie.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  documentId = report.imported[0]?.id ?? 0;
  text = (await call(session, 'documents/get', { id: documentId })).text;
});

const matches = async (query: string, extra: object = {}) =>
  (await call(session, 'search/query', { query, ...extra })).documents.flatMap((d) =>
    d.hits.map((hit) => hit.match),
  );

describe('full-text search', () => {
  it('ignores case and accents, and gives offsets that point at the words', async () => {
    expect(await matches('ethique')).toEqual(['éthique', 'ETHIQUE']);
    const result = await call(session, 'search/query', { query: 'remuneration' });
    const hit = result.documents[0]?.hits[0];
    expect(hit && text.slice(hit.start, hit.end)).toBe('rémunération');
    expect(hit?.speaker).toBe('Marie');
    expect(hit?.before).toMatch(/opaques 😀 et la $/u);
  });

  it('supports phrases, prefixes, boolean operators and NEAR', async () => {
    expect(await matches('"triple journée"')).toEqual(['triple journée']);
    expect(await matches('plateform*')).toEqual(['plateformes', 'plateformes']);
    expect(await matches('travail NOT nuit')).toEqual(['travail']);
    expect(await matches('soir OR nuit')).toEqual(['soir', 'nuit']);
    // Four words stand between "travail" and the first "journée".
    expect(await matches('NEAR(travail journée, 3)')).toEqual([]);
    expect(await matches('NEAR(travail journée, 4)')).toEqual(['travail', 'journée']);
  });

  it('searches inside the codings of one code only', async () => {
    const start = text.indexOf('Le travail de nuit');
    const [coding] = await call(session, 'codings/create', {
      items: [{ documentId, start, end: start + 18, codeName: 'nuit' }],
    });
    expect(await matches('travail', { codeId: coding?.codeId })).toEqual(['travail']);
  });

  it('explains a malformed query', async () => {
    const error = await callError(session, 'search/query', { query: '"unclosed' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/could not be read/u);
  });

  it('answers the CLI', async () => {
    const run = await cli('search', path, 'opaque*', '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { total: number; documents: { hits: { match: string }[] }[] };
    expect(result.total).toBe(1);
    expect(result.documents[0]?.hits[0]?.match).toBe('opaques');
  });

  it('forgets a deleted document', async () => {
    const other = await call(session, 'documents/importFiles', {
      files: [{ name: 'x.txt', base64: Buffer.from('Zébulon arrive.').toString('base64') }],
    });
    expect(await matches('zebulon')).toEqual(['Zébulon']);
    await call(session, 'documents/delete', { id: other.imported[0]?.id ?? 0 });
    expect(await matches('zebulon')).toEqual([]);
  });
});
