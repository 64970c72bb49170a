import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { missingTool, requireTool } from '../support/requiredTool.ts';
import type { ProjectSession } from '../../app/session.ts';
import { call, callError } from '../support/session.ts';
import { newProject, projectContent, REFI_SAMPLES, SHARED_REFI, zipBase64 } from './refiFixture.ts';

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
  // Listed when the tests are collected: missingTool fails the file on CI, skips below here.
  const samples = missingTool(REFI_SAMPLES) === null ? readdirSync(join(SHARED_REFI, 'samples')) : [];
  const read = (sample: string) => readFileSync(join(SHARED_REFI, 'samples', sample)).toString('base64');

  it('has samples to read', (context) => {
    requireTool(context, REFI_SAMPLES);
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

const G = (n: number): string => `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEXT = 'Bonjour à tous.\nMerci de venir.\nAu revoir.';
const span = (word: string): string =>
  `startPosition="${TEXT.indexOf(word)}" endPosition="${TEXT.indexOf(word) + word.length}"`;
const coding = (n: number, code = CODE): string =>
  `<Coding guid="${G(n)}"><CodeRef targetGUID="${code}"/></Coding>`;

/** A project around one text source; `inside` goes in the TextSource, `after` after Sources. */
function project(options: {
  inside?: string;
  after?: string;
  before?: string;
  source?: string;
  ns?: string;
}) {
  return (
    `<?xml version="1.0" encoding="utf-8"?><Project xmlns="${options.ns ?? 'urn:QDA-XML:project:1.0'}" name="t" origin="tool">` +
    `<CodeBook><Codes><Code guid="${CODE}" name="mot" isCodable="true"/></Codes></CodeBook>${options.before ?? ''}` +
    `<Sources><TextSource guid="${SOURCE}" ${options.source ?? 'name="texte"'} plainTextPath="internal://${SOURCE}.txt">${options.inside ?? ''}</TextSource></Sources>` +
    `${options.after ?? ''}</Project>`
  );
}

async function importXml(xml: string, files: Record<string, string | Uint8Array> = {}) {
  const session = await newProject('imp');
  const base64 = zipBase64({ 'project.qde': xml, [`sources/${SOURCE}.txt`]: TEXT, ...files });
  const report = await call(session, 'exchange/importProject', { name: 'p.qdpx', base64 });
  return { session, report, base64 };
}

/** [kind, what it is on (a coding: its code and quote), text] of every memo, sorted. */
async function memosOf(session: ProjectSession) {
  const codeName = new Map((await call(session, 'codes/list', {})).map((code) => [code.id, code.name]));
  const codings = new Map<number, string>();
  for (const document of await call(session, 'documents/list', {}))
    for (const row of await call(session, 'codings/ofDocument', { documentId: document.id }))
      codings.set(row.id, `${codeName.get(row.codeId)}: ${row.quote}`);
  return (await call(session, 'memos/list', {}))
    .map((memo) => [
      memo.targetKind,
      memo.targetKind === 'coding' ? codings.get(memo.targetId ?? 0) : memo.targetLabel,
      memo.excerpt,
    ])
    .sort();
}

describe('REFI-QDA archive paths', () => {
  it.each([
    ['../project.qde', '../project.qde'],
    ['/etc/project.qde', '/etc/project.qde'],
    ['C:\\Temp\\project.qde', 'C:\\Temp\\project.qde'],
    [`sources/../../${SOURCE}.txt`, `sources/../../${SOURCE}.txt`],
  ])('refuses an archive with the entry %s, naming it, and imports nothing', async (entry, named) => {
    const session = await newProject('paths');
    const files: Record<string, string> = { [`sources/${SOURCE}.txt`]: TEXT, [entry]: project({}) };
    if (!entry.endsWith('.qde')) files['project.qde'] = project({});
    const error = await callError(session, 'exchange/importProject', {
      name: 'p.qdpx',
      base64: zipBase64(files),
    });
    expect(error.code).toBe('BAD_FILE');
    expect(error.message).toContain(`unsafe path («${named}»)`);
    expect(await call(session, 'documents/list', {})).toEqual([]);
    expect(await call(session, 'codes/list', {})).toEqual([]);
  });

  it('looks absolute:// and relative:// paths up in the archive only, by file name', async () => {
    const xml = project({}).replace(
      `internal://${SOURCE}.txt`,
      `absolute:///C:/PROJECT/${SOURCE.toUpperCase()}.TXT`,
    );
    const { report, session } = await importXml(
      xml.replace(
        '</Sources>',
        `<TextSource guid="${G(90)}" name="secret" plainTextPath="absolute:///etc/hostname"/></Sources>`,
      ),
    );
    expect((await projectContent(session)).texts).toEqual([TEXT]);
    // Never read from the disk: /etc/hostname exists here, but not in the archive.
    expect(report.skipped).toContainEqual({
      what: 'secret',
      why: expect.stringMatching(/hostname\) is missing/u) as string,
    });
  });

  it('imports a .qdpx with large embedded media without inflating them, and reports them skipped', async () => {
    // 240 MB of "video" declared; only the .qde and the text count against the zip-bomb limit.
    const video = new Uint8Array(240 * 1024 * 1024);
    const xml = project({}).replace(
      '</Sources>',
      `<VideoSource guid="${G(91)}" name="entretien.mp4" path="internal://${G(91)}.mp4"/></Sources>`,
    );
    const { report } = await importXml(xml, { [`sources/${G(91)}.mp4`]: video });
    expect(report.kept.documents).toBe(1);
    expect(report.skipped).toContainEqual({
      what: 'entretien.mp4',
      why: expect.stringMatching(/Video sources are not imported/u) as string,
    });
  });
});

describe('REFI-QDA namespaces', () => {
  it.each(['urn:QDA-XML:project:1.0', 'urn:QDA-XML:project:1:0', 'urn:QDA-XML:project:0:10'])(
    'reads the namespace %s',
    async (ns) => {
      const { report } = await importXml(
        project({
          ns,
          inside: `<PlainTextSelection guid="${G(1)}" ${span('Merci')}>${coding(2)}</PlainTextSelection>`,
        }),
      );
      expect(report.kept).toMatchObject({ documents: 1, codes: 1, codings: 1 });
    },
  );

  it('reads prefixed elements (qda:Project…)', async () => {
    const xml = project({
      inside: `<PlainTextSelection guid="${G(1)}" ${span('Merci')}>${coding(2)}</PlainTextSelection>`,
    })
      .replace(/<(\/?)([A-Z])/gu, '<$1qda:$2')
      .replace('xmlns=', 'xmlns:qda=');
    const { session } = await importXml(xml);
    expect(await quotes(session)).toEqual(['Merci']);
  });
});

const note = (n: number, text: string, name = `note ${n}`): string =>
  `<Note guid="${G(n)}" name="${name}"><PlainTextContent>${text}</PlainTextContent></Note>`;

describe('REFI-QDA notes', () => {
  it('puts a note on a selection on each of its codings, the same on a second import', async () => {
    const second = 'c0000000-0000-4000-8000-000000000002';
    const xml = project({
      inside: `<PlainTextSelection guid="${G(1)}" ${span('Merci')}>${coding(2)}${coding(3, second)}<NoteRef targetGUID="${G(50)}"/></PlainTextSelection>`,
      after: `<Notes>${note(50, 'Remerciement poli.')}</Notes>`,
    }).replace('</Codes>', `<Code guid="${second}" name="politesse" isCodable="true"/></Codes>`);
    const { session, report, base64 } = await importXml(xml);
    expect(report.kept).toMatchObject({ codings: 2, memos: 2 });
    expect(await memosOf(session)).toEqual([
      ['coding', 'mot: Merci', 'Remerciement poli.'],
      ['coding', 'politesse: Merci', 'Remerciement poli.'],
    ]);
    const again = await call(session, 'exchange/importProject', { name: 'p.qdpx', base64 });
    expect(again.added.memos).toBe(0);
  });

  it('follows Links from a note to a selection, a code and a source, and reports the others', async () => {
    const link = (n: number, origin: string, target: string, name = `lien ${n}`) =>
      `<Link guid="${G(n)}" name="${name}" direction="OneWay" originGUID="${origin}" targetGUID="${target}"/>`;
    const xml = project({
      inside: `<PlainTextSelection guid="${G(1)}" ${span('Merci')}>${coding(2)}</PlainTextSelection>`,
      after:
        `<Notes>${note(50, 'Sur le passage')}${note(51, 'Sur le code')}${note(52, 'Sur le texte')}${note(53, 'Sur un lien')}</Notes>` +
        `<Links>${link(60, G(50), G(1))}${link(61, CODE, G(51))}${link(62, G(52), SOURCE)}` +
        `${link(63, CODE, SOURCE, 'code-texte')}<Link guid="${G(64)}" originGUID="${CODE}" targetGUID="${SOURCE}"><NoteRef targetGUID="${G(53)}"/></Link></Links>` +
        `<Graphs><Graph guid="${G(70)}" name="Réseau"><Vertex guid="${G(71)}" firstX="0" firstY="0" representedGUID="${CODE}"/></Graph></Graphs>`,
    });
    const { session, report } = await importXml(xml);
    expect(await memosOf(session)).toEqual([
      ['code', 'mot', 'Sur le code'],
      ['coding', 'mot: Merci', 'Sur le passage'],
      ['document', 'texte', 'Sur le texte'],
      ['project', expect.any(String) as string, 'Sur un lien'],
    ]);
    const skips = describeSkips(report);
    expect(skips).toMatch(/link «code-texte»: it joins a code and a text source; Verbatim keeps only links/u);
    expect(skips).toMatch(/graph «Réseau»: Verbatim has no network views \(1 nodes, 0 edges\)/u);
    expect(report.warnings.join('\n')).toMatch(
      /note «note 53» is attached to a link that was not imported; it is a project memo/u,
    );
  });

  it('keeps MAXQDA comments: on the coding, or on the document for a selection without a code (reported)', async () => {
    const xml = project({
      inside:
        `<PlainTextSelection guid="${G(1)}" ${span('Merci')}><Description>Comment codé</Description>${coding(2)}</PlainTextSelection>` +
        `<PlainTextSelection guid="${G(3)}" ${span('Au revoir')}><Description>Sans code</Description><NoteRef targetGUID="${G(50)}"/></PlainTextSelection>` +
        `<PlainTextSelection guid="${G(4)}" ${span('Bonjour')}><Description /></PlainTextSelection>`,
      after: `<Notes>${note(50, 'Note sans code')}</Notes>`,
    });
    const { session, report } = await importXml(xml);
    expect(report.kept).toMatchObject({ codings: 1, memos: 3 });
    expect(await memosOf(session)).toEqual([
      ['coding', 'mot: Merci', 'Comment codé'],
      ['document', 'texte', 'Note sans code'],
      ['document', 'texte', 'Sans code'],
    ]);
    expect(describeSkips(report)).toMatch(/2 passages of «texte»: selected without a code/u);
    expect(report.warnings.join('\n')).toMatch(
      /note «note 50»: its passage «Au revoir» has no code, so it is on the document/u,
    );
  });
});

describe('REFI-QDA losses reported', () => {
  it('reports variable values on a source and a case’s codes and selections', async () => {
    const variable = G(80);
    const xml = project({
      before: `<Variables><Variable guid="${variable}" name="Âge" typeOfVariable="Integer"/></Variables><Cases><Case guid="${G(81)}" name="Marie"><CodeRef targetGUID="${CODE}"/><SourceRef targetGUID="${SOURCE}"/><SelectionRef targetGUID="${G(1)}"/><SelectionRef targetGUID="${G(2)}"/></Case></Cases>`,
      inside: `<VariableValue><VariableRef targetGUID="${variable}"/><IntegerValue>34</IntegerValue></VariableValue>`,
    });
    const { session, report } = await importXml(xml);
    const skips = describeSkips(report);
    expect(skips).toMatch(/variable values of «texte»: Âge = 34: REFI puts them on the source/u);
    expect(skips).toMatch(
      /case «Marie»: its 1 code and 2 selections: a Verbatim case holds whole documents/u,
    );
    // What maps is kept: the case and its document.
    expect((await projectContent(session)).cases).toEqual([['Marie', '', ['texte']]]);
  });

  it('cuts a selection that ends after the text and says so', async () => {
    const start = TEXT.indexOf('Au revoir');
    const { session, report } = await importXml(
      project({
        inside: `<PlainTextSelection guid="${G(1)}" startPosition="${start}" endPosition="${TEXT.length + 40}">${coding(2)}</PlainTextSelection>`,
      }),
    );
    expect(await quotes(session)).toEqual(['Au revoir.']);
    expect(report.warnings.join('\n')).toMatch(
      new RegExp(
        `reaches outside the text \\(${start}–${TEXT.length + 40}, the text has ${TEXT.length} positions\\); it was cut`,
        'u',
      ),
    );
  });
});

describe('REFI-QDA line breaks counted by ATLAS.ti', () => {
  it('reads offsets that count a CRLF as one, and says so', async () => {
    const raw = 'Première ligne.\r\nBonjour tout le monde.\r\nFin de la ligne.';
    const asOne = (word: string) =>
      raw.indexOf(word) - (raw.slice(0, raw.indexOf(word)).split('\r\n').length - 1);
    const session = await newProject('atlas');
    const report = await call(session, 'exchange/importProject', {
      name: 'a.qdpx',
      base64: zipBase64({
        'project.qde': qde({
          origin: 'ATLAS.ti 9',
          selections: [
            [asOne('Bonjour'), asOne('Bonjour') + 'Bonjour tout'.length],
            [asOne('Fin'), asOne('Fin') + 'Fin de la ligne'.length],
          ],
        }),
        [`sources/${SOURCE}.txt`]: raw,
      }),
    });
    expect(report).toMatchObject({
      positions: 'code-points',
      lineBreaks: 'crlf-as-one',
      positionsDecidedBy: 'boundaries',
    });
    expect((await quotes(session)).sort()).toEqual(['Bonjour tout', 'Fin de la ligne']);
  });
});

describe('REFI-QDA codes and names', () => {
  it('reads colours with alpha, without # and short with alpha; paints and warns about an unreadable one', async () => {
    const code = (n: number, color: string) =>
      `<Code guid="${G(n)}" name="c${n}" isCodable="true" color="${color}"/>`;
    const xml = project({}).replace(
      '</Codes>',
      `${code(10, '#FF336699')}${code(11, '112233')}${code(12, '#abcd')}${code(13, 'bleu')}</Codes>`,
    );
    const { session, report } = await importXml(xml);
    const colours = Object.fromEntries((await call(session, 'codes/list', {})).map((c) => [c.name, c.color]));
    // «mot» has no colour, «c13» an unreadable one: the first two palette colours.
    expect(colours).toEqual({
      mot: '#e6194b',
      c10: '#336699',
      c11: '#112233',
      c12: '#aabbcc',
      c13: '#3cb44b',
    });
    expect(report.warnings).toContain(
      'The colour «bleu» of the code «c13» is unreadable; it gets a colour of the palette.',
    );
  });

  it('names a source named by a GUID or by nothing after its file, else its first words', async () => {
    const guidName = '66653866-6334-3535-3435-366637306566';
    const { session, report } = await importXml(
      project({ source: `name="${guidName}"` }).replace(
        '</Sources>',
        `<TextSource guid="${G(92)}" name="" plainTextPath="internal://entretien-marie.txt"/></Sources>`,
      ),
      { 'sources/entretien-marie.txt': 'Oui.' },
    );
    const names = (await call(session, 'documents/list', {})).map((document) => document.name).sort();
    // The first file is named by a GUID too, so the first words name it.
    expect(names).toEqual(['Bonjour à tous. Merci de venir.…', 'entretien-marie']);
    expect(report.warnings.join('\n')).toMatch(
      new RegExp(`named by a GUID \\(${guidName}\\) was named «Bonjour`, 'u'),
    );
  });

  it('keeps a source name that already ends in .txt as its file name (ATLAS.ti), without a second .txt', async () => {
    const { session } = await importXml(project({ source: 'name="entretien-3.txt"' }));
    const [document] = await call(session, 'documents/list', {});
    const detail = await call(session, 'documents/get', { id: document?.id ?? 0 });
    expect(detail.sourceName).toBe('entretien-3.txt');
  });
});
