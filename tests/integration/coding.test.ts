import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const INTERVIEW = [
  'Enquêteur : Vous travaillez le soir ?',
  'Marie : Oui, après les enfants. C’est une triple journée 😀.',
  'Enquêteur : Et vous êtes seule ?',
  '[00:12:31] Marie : Toujours seule devant l’écran.',
].join('\r\n');

const base64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

async function projectWithInterview(): Promise<{
  session: ProjectSession;
  path: string;
  documentId: number;
  text: string;
}> {
  const session = testSession();
  const path = join(makeTempDir('coding'), 'p.verbatim');
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'marie.txt', base64: base64(INTERVIEW) }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  const document = await call(session, 'documents/get', { id: documentId });
  return { session, path, documentId, text: document.text };
}

describe('importing, coding and querying through the contract', () => {
  let env: Awaited<ReturnType<typeof projectWithInterview>>;
  beforeEach(async () => {
    env = await projectWithInterview();
  });

  it('imports speaker turns as segments with speaker and timestamp, labels outside the text', async () => {
    const document = await call(env.session, 'documents/get', { id: env.documentId });
    expect(
      document.segments.map((s) => [s.speaker, s.timestamp, document.text.slice(s.start, s.end)]),
    ).toEqual([
      ['Enquêteur', null, 'Vous travaillez le soir ?'],
      ['Marie', null, 'Oui, après les enfants. C’est une triple journée 😀.'],
      ['Enquêteur', null, 'Et vous êtes seule ?'],
      ['Marie', '00:12:31', 'Toujours seule devant l’écran.'],
    ]);
    expect(document.text).not.toContain('\r');
    expect(document.sourceEncoding).toBe('utf-8');
  });

  it('codes a passage, stores the quote, creates the code by name and counts codings', async () => {
    const start = env.text.indexOf('triple journée');
    const [coding] = await call(env.session, 'codings/create', {
      items: [
        { documentId: env.documentId, start, end: start + 'triple journée'.length, codeName: 'triple day' },
      ],
    });
    expect(coding?.quote).toBe('triple journée');
    expect(coding?.coder).toBe('tester');
    const codes = await call(env.session, 'codes/list', {});
    expect(codes.map((code) => [code.name, code.codingCount])).toEqual([['triple day', 1]]);
    const excerpts = await call(env.session, 'codings/excerptsOfCode', { codeId: codes[0]?.id ?? 0 });
    expect(excerpts[0]).toMatchObject({ quote: 'triple journée', speaker: 'Marie', segmentOrdinal: 1 });
  });

  it('refuses offsets out of range or inside a surrogate pair, and saves nothing of the batch', async () => {
    const emoji = env.text.indexOf('😀');
    const error = await callError(env.session, 'codings/create', {
      items: [
        { documentId: env.documentId, start: 0, end: 5, codeName: 'opacity' },
        { documentId: env.documentId, start: emoji, end: emoji + 1, codeName: 'opacity' },
      ],
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^Item 2: .*surrogate pair/u);
    const outOfRange = await callError(env.session, 'codings/create', {
      items: [{ documentId: env.documentId, start: 0, end: env.text.length + 1, codeName: 'opacity' }],
    });
    expect(outOfRange.message).toMatch(/outside the document/u);
    expect(await call(env.session, 'codes/list', {})).toEqual([]);
    expect(await call(env.session, 'codings/ofDocument', { documentId: env.documentId })).toEqual([]);
  });

  it('reports a missing document or code clearly', async () => {
    expect((await callError(env.session, 'documents/get', { id: 999 })).code).toBe('NOT_FOUND');
    expect(
      (
        await callError(env.session, 'codings/create', {
          items: [{ documentId: env.documentId, start: 0, end: 1, codeId: 42 }],
        })
      ).message,
    ).toMatch(/no code with id 42/u);
    expect((await callError(env.session, 'codes/list', { extra: 1 })).code).toBe('INVALID_INPUT');
    expect((await callError(env.session, 'nope/never', {})).code).toBe('UNKNOWN_OPERATION');
  });

  it('computes overlap co-occurrence with count and c, and drills down to the excerpts', async () => {
    const t = env.text;
    const range = (needle: string) => ({ start: t.indexOf(needle), end: t.indexOf(needle) + needle.length });
    await call(env.session, 'codings/create', {
      items: [
        {
          documentId: env.documentId,
          ...range('après les enfants. C’est une triple journée'),
          codeName: 'triple day',
        },
        { documentId: env.documentId, ...range('Toujours seule'), codeName: 'triple day' },
        { documentId: env.documentId, ...range('les enfants'), codeName: 'isolation' },
        { documentId: env.documentId, ...range('seule devant'), codeName: 'isolation' },
        // Touches "Toujours seule" is not an overlap: [end of "Toujours", ...) starts where it ends.
        { documentId: env.documentId, ...range(' devant l’écran'), codeName: 'opacity' },
      ],
    });
    const result = await call(env.session, 'analysis/cooccurrence', { scope: 'overlap' });
    expect(result.codes.map(({ name, n }) => [name, n])).toEqual([
      ['isolation', 2],
      ['opacity', 1],
      ['triple day', 2],
    ]);
    expect(result.pairs.map(({ a, b, count, c }) => ({ a, b, count, c }))).toEqual([
      { a: 'isolation', b: 'opacity', count: 1, c: 1 / 2 },
      { a: 'isolation', b: 'triple day', count: 2, c: 1 },
    ]);
    const pair = result.pairs[1];
    const instances = await call(env.session, 'analysis/cooccurrenceExcerpts', {
      scope: 'overlap',
      codeA: pair?.aId ?? 0,
      codeB: pair?.bId ?? 0,
    });
    expect(instances.map(({ a, b }) => [a.quote, b.quote])).toEqual([
      ['les enfants', 'après les enfants. C’est une triple journée'],
      ['seule devant', 'Toujours seule'],
    ]);
  });

  it('nests, renames and deletes codes with their sub-codes and codings', async () => {
    const parent = await call(env.session, 'codes/create', { name: 'work' });
    const child = await call(env.session, 'codes/create', { name: 'night work', parentId: parent.id });
    await call(env.session, 'codings/create', {
      items: [{ documentId: env.documentId, start: 0, end: 4, codeId: child.id }],
    });
    expect((await callError(env.session, 'codes/update', { id: parent.id, parentId: child.id })).code).toBe(
      'CONFLICT',
    );
    expect((await callError(env.session, 'codes/create', { name: 'WORK' })).code).toBe('CONFLICT');
    const renamed = await call(env.session, 'codes/update', {
      id: parent.id,
      name: 'travail',
      color: '#123456',
    });
    expect([renamed.name, renamed.color]).toEqual(['travail', '#123456']);
    const preview = await call(env.session, 'codes/deletePreview', { id: parent.id });
    expect([preview.codeCount, preview.codingCount]).toEqual([2, 1]);
    await call(env.session, 'codes/delete', { id: parent.id });
    expect(await call(env.session, 'codes/list', {})).toEqual([]);
    expect(await call(env.session, 'codings/ofDocument', { documentId: env.documentId })).toEqual([]);
  });

  it('writes every change to the file before answering (another connection sees it)', async () => {
    const code = await call(env.session, 'codes/create', { name: 'ethics' });
    await call(env.session, 'codings/create', {
      items: [{ documentId: env.documentId, start: 0, end: 4, codeId: code.id }],
    });
    const reader = new Database(env.path, { readonly: true });
    expect(reader.prepare('SELECT COUNT(*) FROM codings').pluck().get()).toBe(1);
    reader.close();
  });

  it('exports excerpts to Markdown, for all codes or one', async () => {
    const start = env.text.indexOf('Toujours seule');
    await call(env.session, 'codings/create', {
      items: [
        { documentId: env.documentId, start, end: start + 14, codeName: 'isolation' },
        { documentId: env.documentId, start: 0, end: 9, codeName: 'opacity' },
      ],
    });
    const all = await call(env.session, 'exports/excerpts', { format: 'md' });
    expect(all.content).toContain('## isolation');
    expect(all.content).toContain('> Toujours seule');
    expect(all.content).toContain('— marie, Marie, 00:12:31, segment 4');
    expect(all.content.indexOf('## isolation')).toBeLessThan(all.content.indexOf('## opacity'));
    const codes = await call(env.session, 'codes/list', {});
    const one = await call(env.session, 'exports/excerpts', {
      format: 'md',
      codeId: codes.find((c) => c.name === 'opacity')?.id ?? 0,
    });
    expect(one.content).not.toContain('isolation');
  });
});

describe('bad input files', () => {
  it('imports the good files of a batch and explains each refused one', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('bad'), 'p.verbatim') });
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff]);
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]); // "café" in Latin-1
    const report = await call(session, 'documents/importFiles', {
      files: [
        { name: 'good.txt', base64: base64('Q: Bonjour ?\nR: Bonjour.') },
        { name: 'image.txt', base64: base64(binary) },
        { name: 'empty.txt', base64: '' },
        { name: 'blank.md', base64: base64('   \n\n ') },
        { name: 'latin1.txt', base64: base64(latin1) },
        { name: 'photo.jpg', base64: base64(binary) },
        { name: 'huge.txt', base64: Buffer.alloc(17 * 1024 * 1024, 0x61).toString('base64') },
      ],
    });
    expect(report.imported.map((document) => document.name)).toEqual(['good', 'latin1']);
    const latin = await call(session, 'documents/get', { id: report.imported[1]?.id ?? 0 });
    expect([latin.text, latin.sourceEncoding]).toEqual(['café', 'windows-1252']);
    const reasons = Object.fromEntries(report.failed.map((failure) => [failure.file, failure.message]));
    expect(reasons['image.txt']).toMatch(/binary/u);
    expect(reasons['empty.txt']).toMatch(/empty/u);
    expect(reasons['blank.md']).toMatch(/no text/u);
    expect(reasons['photo.jpg']).toMatch(/not supported/u);
    expect(reasons['huge.txt']).toMatch(/up to 16 MB/u);
    expect(await call(session, 'documents/list', {})).toHaveLength(2);
  });

  it('says no project is open instead of failing obscurely', async () => {
    expect((await callError(testSession(), 'documents/list', {})).code).toBe('NO_PROJECT');
  });
});
