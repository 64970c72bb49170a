import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError } from '../support/session.ts';
import { haveSharedRefi, newProject, projectContent, SHARED_REFI, zipBase64 } from './refiFixture.ts';

const CODE = 'c0000000-0000-4000-8000-000000000001';
const SOURCE = 'a0000000-0000-4000-8000-000000000001';

/** A one-source project whose selections are given as [start, end] in the file's unit. */
function qde(options: {
  origin: string;
  selections: readonly (readonly [number, number])[];
  extraSources?: string;
  path?: string;
}): string {
  const selections = options.selections
    .map(
      ([start, end], index) =>
        `<PlainTextSelection guid="b0000000-0000-4000-8000-00000000000${index}" startPosition="${start}" endPosition="${end}">` +
        `<Coding guid="d0000000-0000-4000-8000-00000000000${index}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="${options.origin}">` +
    `<CodeBook><Codes><Code guid="${CODE}" name="mot" isCodable="true"/></Codes></CodeBook>` +
    `<Sources><TextSource guid="${SOURCE}" name="texte" plainTextPath="${options.path ?? `internal://${SOURCE}.txt`}">${selections}</TextSource>${options.extraSources ?? ''}</Sources></Project>`
  );
}

const describeSkips = (report: { skipped: readonly { what: string; why: string }[] }): string =>
  report.skipped.map((item) => `${item.what}: ${item.why}`).join('\n');

async function quotes(session: ProjectSession): Promise<string[]> {
  return (await projectContent(session)).codings.map((coding) => String(coding[1]));
}

// "Bonjour" and "monde" after two emoji: UTF-16 offsets are two more than code points.
const EMOJI_TEXT = 'Salut 😀😀 toi. Bonjour monde, et voilà.';
const utf16 = (word: string): [number, number] => [
  EMOJI_TEXT.indexOf(word),
  EMOJI_TEXT.indexOf(word) + word.length,
];
const codePoints = (word: string): [number, number] => [utf16(word)[0] - 2, utf16(word)[1] - 2];

describe('REFI-QDA position unit', () => {
  it('reads UTF-16 offsets when that reading lands on word boundaries, whatever the origin', async () => {
    const session = await newProject('utf16');
    const report = await call(session, 'exchange/importProject', {
      name: 'u.qdpx',
      base64: zipBase64({
        'project.qde': qde({ origin: 'Some tool', selections: [utf16('Bonjour'), utf16('monde')] }),
        [`Sources/${SOURCE.toUpperCase()}.TXT`]: EMOJI_TEXT,
      }),
    });
    expect(report).toMatchObject({ positions: 'utf-16', positionsDecidedBy: 'boundaries' });
    expect((await quotes(session)).sort()).toEqual(['Bonjour', 'monde']);
  });

  it('reads code points (the standard) when that reading lands on word boundaries, even from NVivo', async () => {
    const session = await newProject('points');
    const report = await call(session, 'exchange/importProject', {
      name: 'p.qdpx',
      base64: zipBase64({
        'project.qde': qde({ origin: 'NVivo 14', selections: [codePoints('Bonjour'), codePoints('monde')] }),
        [`sources/${SOURCE}.txt`]: EMOJI_TEXT,
      }),
    });
    expect(report).toMatchObject({ positions: 'code-points', positionsDecidedBy: 'boundaries' });
    expect((await quotes(session)).sort()).toEqual(['Bonjour', 'monde']);
  });

  it('does not count the BOM and keeps each quote across CRLF line ends', async () => {
    const session = await newProject('crlf');
    const raw = '\uFEFFLigne un\r\nLigne deux\r\nLigne trois';
    // File offsets: the BOM is not counted, each CRLF counts 2.
    const start = 'Ligne un\r\n'.length;
    await call(session, 'exchange/importProject', {
      name: 'c.qdpx',
      base64: zipBase64({
        'project.qde': qde({ origin: 'NVivo', selections: [[start, start + 'Ligne deux'.length]] }),
        [`sources/${SOURCE}.txt`]: raw,
      }),
    });
    expect(await quotes(session)).toEqual(['Ligne deux']);
    expect((await projectContent(session)).texts).toEqual(['Ligne un\nLigne deux\nLigne trois']);
  });

  it('reports non-text sources, missing files, codings of unknown codes and out-of-range selections', async () => {
    const session = await newProject('skips');
    const stray = `<TextSource guid="a0000000-0000-4000-8000-000000000009" name="absent" plainTextPath="internal://absent.txt"/>`;
    const pdf = `<PDFSource guid="a0000000-0000-4000-8000-000000000008" name="scan.pdf" path="internal://scan.pdf"/>`;
    const xml = qde({
      origin: 'x',
      selections: [utf16('Bonjour'), [500, 600]],
      extraSources: pdf + stray,
    }).replace(
      '</TextSource>',
      `<PlainTextSelection guid="b0000000-0000-4000-8000-0000000000ff" startPosition="0" endPosition="5"><Coding guid="d0000000-0000-4000-8000-0000000000ff"><CodeRef targetGUID="c0000000-0000-4000-8000-0000000000ff"/></Coding></PlainTextSelection></TextSource>`,
    );
    const report = await call(session, 'exchange/importProject', {
      name: 's.qdpx',
      base64: zipBase64({ 'project.qde': xml, [`sources/${SOURCE}.txt`]: 'Salut toi. Bonjour monde.' }),
    });
    expect(report.kept).toMatchObject({ documents: 1, codes: 1, codings: 1 });
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { what: 'scan.pdf', why: expect.stringMatching(/PDF sources are not imported/u) as string },
        { what: 'absent', why: expect.stringMatching(/absent\.txt\) is missing/u) as string },
      ]),
    );
    expect(report.warnings.join('\n')).toMatch(/outside the text \(500–600\)/u);
    expect(report.warnings.join('\n')).toMatch(/code that is not in the codebook/u);
  });
});

describe('REFI-QDA bad files', () => {
  const refused = async (
    name: string,
    base64: string,
    message: RegExp,
    operation = 'exchange/importProject',
  ) => {
    const session = await newProject('bad');
    expect((await callError(session, operation, { name, base64 })).message).toMatch(message);
    // Nothing was written.
    expect(await call(session, 'documents/list', {})).toEqual([]);
    expect(await call(session, 'codes/list', {})).toEqual([]);
  };

  it('refuses malformed XML, a DOCTYPE, an archive without .qde, a non-zip and a zip bomb', async () => {
    await refused(
      'a.qdpx',
      zipBase64({ 'project.qde': '<Project name="x"><Users>' }),
      /not well-formed XML/u,
    );
    await refused(
      'b.qdpx',
      zipBase64({
        'project.qde':
          '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Project name="&e;"/>',
      }),
      /document type declaration/u,
    );
    await refused('c.qdpx', zipBase64({ 'sources/notes.txt': 'x' }), /no project\.qde/u);
    await refused('d.qdpx', Buffer.from('not a zip at all').toString('base64'), /damaged or not a real/u);
    await refused(
      'e.qdpx',
      zipBase64({
        // Only what is read counts: the bomb is the text source itself.
        'project.qde': qde({ origin: 'x', selections: [], path: 'internal://big.txt' }),
        'sources/big.txt': new Uint8Array(30_000_000),
      }),
      /zip bomb/u,
    );
    await refused('f.qdpx', Buffer.from('x').toString('base64'), /damaged or not a real/u);
  });

  it('refuses a codebook that is malformed, has a DOCTYPE or is not a codebook', async () => {
    const b64 = (text: string) => Buffer.from(strToU8(text)).toString('base64');
    await refused('a.qdc', b64('<CodeBook><Codes>'), /not well-formed XML/u, 'exchange/importCodebook');
    await refused(
      'b.qdc',
      b64('<!DOCTYPE lol [<!ENTITY a "aaaa">]><CodeBook><Codes/></CodeBook>'),
      /document type declaration/u,
      'exchange/importCodebook',
    );
    await refused('c.qdc', b64('<Project name="x"/>'), /no CodeBook element/u, 'exchange/importCodebook');
  });

  it('leaves a project that has content untouched when a file is refused', async () => {
    const session = await newProject('atomic');
    await call(session, 'codes/create', { name: 'mot', color: '#112233' });
    const before = await projectContent(session);
    const error = await callError(session, 'exchange/importProject', {
      name: 'g.qdpx',
      base64: zipBase64({
        'project.qde': qde({ origin: 'x', selections: [[0, 3]] }).replace('<Sources>', '<Sources><'),
      }),
    });
    expect(error.message).toMatch(/not well-formed/u);
    expect(await projectContent(session)).toEqual(before);
  });
});

describe('REFI-QDA samples from other tools', () => {
  const samples = haveSharedRefi() ? readdirSync(join(SHARED_REFI, 'samples')) : [];
  const read = (sample: string) => readFileSync(join(SHARED_REFI, 'samples', sample)).toString('base64');

  it('has samples to read', () => {
    // Fails loudly on CI when ../shared is missing (haveSharedRefi throws there).
    if (samples.length === 0) return;
    expect(samples.filter((name) => name.endsWith('.qdpx')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(samples.filter((name) => name.endsWith('.qdpx')))(
    'imports %s leniently, and a second time changes nothing',
    async (sample) => {
      const session = await newProject('sample');
      const report = await call(session, 'exchange/importProject', { name: sample, base64: read(sample) });
      expect(report.kept.codes).toBeGreaterThan(0);
      const content = await projectContent(session);
      expect(content.codings).toHaveLength(report.added.codings);
      for (const [, quote] of content.codings) expect(String(quote).length).toBeGreaterThan(0);
      if (/nvivo-(win|mac-12)/u.test(sample)) {
        // NVivo counts UTF-16 units (FORMAT.md §4) and its texts have emoji: decided by the text.
        expect(report).toMatchObject({ positions: 'utf-16', positionsDecidedBy: 'boundaries' });
      }
      if (/nvivo-mac-15/u.test(sample)) expect(report.warnings.join('\n')).toMatch(/has no text/u);
      if (/no-sources/u.test(sample)) {
        // Its sets name only sources that are missing: each is reported, none created.
        expect(describeSkips(report)).toMatch(
          /set «Text files» \(sources\): none of its 6 sources was imported/u,
        );
        const reasons = report.skipped.map((item) => item.why).join('\n');
        expect(await call(session, 'sets/list', { kind: 'document' })).toEqual([]);
        expect(reasons).toMatch(/is missing from the archive/u);
        expect(reasons).toMatch(/PDF sources are not imported/u);
        expect(reasons).toMatch(/Audio sources are not imported/u);
        expect(reasons).toMatch(/Picture sources are not imported/u);
      }
      const again = await call(session, 'exchange/importProject', { name: sample, base64: read(sample) });
      expect(again.added).toEqual({ documents: 0, codes: 0, codings: 0, memos: 0, cases: 0 });
      expect(await projectContent(session)).toEqual(content);
    },
  );

  it('reads the NVivo Win sample (BOM, CRLF, UTF-16 offsets) with every selection on a word boundary', async () => {
    if (samples.length === 0) return;
    const session = await newProject('nvivo');
    const sample = samples.find((name) => name.startsWith('nvivo-win')) ?? '';
    await call(session, 'exchange/importProject', { name: sample, base64: read(sample) });
    const [document] = await call(session, 'documents/list', {});
    const text = (await call(session, 'documents/get', { id: document?.id ?? 0 })).text;
    const codings = await call(session, 'codings/ofDocument', { documentId: document?.id ?? 0 });
    expect(codings.length).toBe(97);
    const word = /[\p{L}\p{N}]/u;
    const cutsWord = (at: number) =>
      at > 0 && at < text.length && word.test(text.charAt(at - 1)) && word.test(text.charAt(at));
    expect(codings.filter((coding) => cutsWord(coding.start) || cutsWord(coding.end))).toEqual([]);
  });

  it.each(samples.filter((name) => name.endsWith('.qdc')))(
    'imports the codebook %s, and a second time changes nothing',
    async (sample) => {
      const session = await newProject('sample-qdc');
      const report = await call(session, 'exchange/importCodebook', { name: sample, base64: read(sample) });
      expect(report.added.codes).toBeGreaterThan(0);
      expect(report.added.codes).toBe(report.kept.codes);
      const again = await call(session, 'exchange/importCodebook', { name: sample, base64: read(sample) });
      expect(again.added.codes).toBe(0);
    },
  );
});
