import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_PROCESS_TEST_TIMEOUT_MS, cli, cliProcess } from '../support/cli.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { zipBase64 } from './refiFixture.ts';

const dir = makeTempDir('cli');
const project = join(dir, 'study.verbatim');
const transcript = join(dir, 'entretien-01.txt');
const other = join(dir, 'notes.md');

/** The smallest REFI-QDA project another tool could give: one text, one code, one coding. */
const TINY_QDE =
  '<Project xmlns="urn:QDA-XML:project:1.0" name="autre"><CodeBook><Codes>' +
  '<Code guid="d0000000-0000-4000-8000-000000000001" name="salut" isCodable="true"/></Codes></CodeBook><Sources>' +
  '<TextSource guid="d0000000-0000-4000-8000-000000000002" name="texte" plainTextPath="internal://t.txt">' +
  '<PlainTextSelection guid="d0000000-0000-4000-8000-000000000003" startPosition="0" endPosition="7">' +
  '<Coding guid="d0000000-0000-4000-8000-000000000004"><CodeRef targetGUID="d0000000-0000-4000-8000-000000000001"/></Coding>' +
  '</PlainTextSelection></TextSource></Sources></Project>';

beforeAll(async () => {
  writeFileSync(
    transcript,
    'Enquêteur : Comment s’organise votre journée ?\nMarie : Je code le soir, c’est opaque 🙃.\nEnquêteur : Seule ?\nMarie : Oui, seule.\n',
  );
  writeFileSync(other, 'Premier paragraphe.\n\nSecond paragraphe.\n');
  expect((await cli('new', project)).code).toBe(0);
});

describe('verbatim CLI', { timeout: CLI_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('imports files and prints the documents as JSON', async () => {
    const run = await cli('import', project, transcript, other, '--json');
    expect(run.code).toBe(0);
    const { documents } = JSON.parse(run.stdout) as {
      documents: { id: number; name: string; length: number }[];
    };
    expect(documents.map((document) => document.name)).toEqual(['entretien-01', 'notes']);
    expect(documents[0]?.length).toBeGreaterThan(20);
  });

  it('prints a document with its UTF-16 segments', async () => {
    const run = await cli('text', project, 'entretien-01', '--json');
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout) as {
      text: string;
      segments: { start: number; end: number; speaker: string }[];
    };
    expect(document.segments.map((segment) => segment.speaker)).toEqual([
      'Enquêteur',
      'Marie',
      'Enquêteur',
      'Marie',
    ]);
    expect(document.segments.map((segment) => document.text.slice(segment.start, segment.end))[1]).toBe(
      'Je code le soir, c’est opaque 🙃.',
    );
  });

  it('codes single passages and JSONL batches, then reports codes and co-occurrence', async () => {
    const document = JSON.parse((await cli('text', project, 'entretien-01', '--json')).stdout) as {
      id: number;
      text: string;
    };
    const at = (needle: string) =>
      [document.text.indexOf(needle), document.text.indexOf(needle) + needle.length] as const;
    const [s1, e1] = at('c’est opaque');
    expect(
      (
        await cli(
          'code',
          project,
          '--doc',
          'entretien-01',
          '--start',
          String(s1),
          '--end',
          String(e1),
          '--code',
          'opacity',
        )
      ).code,
    ).toBe(0);
    const [s2, e2] = at('opaque 🙃');
    const [s3, e3] = at('seule');
    const jsonl = join(dir, 'codings.jsonl');
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ doc: document.id, start: s2, end: e2, code: 'éthique', coder: 'bob' }),
        '',
        JSON.stringify({ doc: 'entretien-01', start: s3, end: e3, code: 'isolation' }),
      ].join('\n'),
    );
    const batch = await cli('code', project, '--jsonl', jsonl);
    expect(batch.stderr).toBe('');
    expect(batch.code).toBe(0);

    const codes = JSON.parse((await cli('codes', project, '--json')).stdout) as {
      name: string;
      codings: number;
      parent: number | null;
    }[];
    expect(codes.map(({ name, codings, parent }) => [name, codings, parent]).sort()).toEqual([
      ['isolation', 1, null],
      ['opacity', 1, null],
      ['éthique', 1, null],
    ]);

    const cooccur = JSON.parse(
      (await cli('cooccur', project, '--scope', 'overlap', '--json')).stdout,
    ) as unknown;
    expect(cooccur).toEqual({
      scope: 'overlap',
      codes: [
        { name: 'isolation', n: 1 },
        { name: 'opacity', n: 1 },
        { name: 'éthique', n: 1 },
      ],
      pairs: [{ a: 'opacity', b: 'éthique', count: 1, c: 1 }],
    });
  });

  it('rejects a whole JSONL batch when one line does not fit, naming the line', async () => {
    const before = (await cli('codes', project, '--json')).stdout;
    const jsonl = join(dir, 'bad.jsonl');
    const text = (
      JSON.parse((await cli('text', project, 'entretien-01', '--json')).stdout) as { text: string }
    ).text;
    const emoji = text.indexOf('🙃');
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ doc: 'entretien-01', start: 0, end: 3, code: 'new code' }),
        JSON.stringify({ doc: 'entretien-01', start: emoji + 1, end: emoji + 2, code: 'new code' }),
      ].join('\n'),
    );
    const run = await cli('code', project, '--jsonl', jsonl);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Line 2: .*surrogate pair/u);
    writeFileSync(jsonl, `${JSON.stringify({ doc: 'entretien-01', start: 0, end: 99999, code: 'x' })}\n`);
    expect((await cli('code', project, '--jsonl', jsonl)).stderr).toMatch(/Line 1: .*outside the document/u);
    writeFileSync(jsonl, `${JSON.stringify({ doc: 'nope', start: 0, end: 1, code: 'x' })}\n`);
    expect((await cli('code', project, '--jsonl', jsonl)).stderr).toMatch(
      /Line 1: There is no document "nope"/u,
    );
    expect((await cli('codes', project, '--json')).stdout).toBe(before);
  });

  it('exports Markdown for all codes or one code', async () => {
    const all = join(dir, 'all.md');
    expect((await cli('export', project, '--format', 'md', '--out', all)).code).toBe(0);
    // Grouped by code in codebook order (the order the codes were made here), not alphabetically.
    const order = ['opacity', 'éthique', 'isolation'].map((name) =>
      readFileSync(all, 'utf8').indexOf(`## ${name}`),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const one = join(dir, 'one.md');
    expect(
      (await cli('export', project, '--format', 'md', '--out', one, '--code', 'Opacity', '--lang', 'fr'))
        .code,
    ).toBe(0);
    const content = readFileSync(one, 'utf8');
    expect(content).toContain('# Extraits codés');
    expect(content).toContain('> c’est opaque');
    expect(content).not.toContain('isolation');
  });

  it('distinguishes bad usage (exit 2) from failures (exit 1), on stderr', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('code', project, '--start', 'x')).code).toBe(2);
    expect((await cli('cooccur', project, '--scope', 'sideways')).code).toBe(2);
    const missing = await cli('codes', join(dir, 'missing.verbatim'), '--json');
    expect([missing.code, missing.stdout]).toEqual([1, '']);
    expect(missing.stderr).toMatch(/No project file/u);
    const notProject = await cli('codes', transcript);
    expect(notProject.code).toBe(1);
    expect(notProject.stderr).toMatch(/not a Verbatim project/u);
    const existing = await cli('new', project);
    expect(existing.stderr).toMatch(/already exists/u);
  });

  it('answers --help of any command with that command’s usage, on stdout, exit 0', async () => {
    const serve = await cli('serve', '--help');
    expect([serve.code, serve.stderr]).toEqual([0, '']);
    expect(serve.stdout).toContain('verbatim serve [FILE] [--dir DIR] [--port N]');
    expect(serve.stdout).not.toContain('verbatim codes');
    // A command of several forms lists them all, with the lines under them.
    const exported = await cli('export', project, '-h');
    expect(exported.code).toBe(0);
    expect(exported.stdout.match(/ {2}verbatim export /gu)).toHaveLength(3);
    expect(exported.stdout).toContain('[--csv-cells exact|spreadsheet] [--skip-scan]');
    // After `--`, "--help" is an argument like any other: here a search for it.
    expect((await cli('search', project, '--', '--help')).stdout).not.toContain('Usage:');
  });

  it('imports the good files and exits 1 naming the refused ones', async () => {
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    const run = await cli('import', project, binary, other);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/photo\.txt looks like a binary file/u);
    // notes.md was imported by the first test: its text is in the project, so it is skipped.
    expect(run.stderr).toMatch(/Skipped: notes\.md has the same text as «notes», already in the project\./u);
  });

  it('imports into a new project, REFI-QDA files and transcripts alike', async () => {
    const folder = makeTempDir('cli-new');
    const qdpx = join(folder, 'autre.qdpx');
    writeFileSync(
      qdpx,
      Buffer.from(
        zipBase64({ 'project.qde': TINY_QDE, 'sources/t.txt': 'Bonjour tout le monde.' }),
        'base64',
      ),
    );
    const fromRefi = join(folder, 'from-refi.verbatim');
    const run = await cli('import', fromRefi, qdpx);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/Imported autre\.qdpx: 1 documents, 1 codes, 1 codings added/u);
    expect(JSON.parse((await cli('codes', fromRefi, '--json')).stdout)).toMatchObject([
      { name: 'salut', codings: 1 },
    ]);
    // Into the project it just created: a second run opens it, and adds nothing twice.
    const again = await cli('import', fromRefi, qdpx, transcript);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 documents, 0 codes, 0 codings added/u);
    expect(again.stdout).toMatch(/Imported entretien-01/u);

    const fromText = join(folder, 'from-text.verbatim');
    expect((await cli('import', fromText, transcript)).code).toBe(0);
    expect(JSON.parse((await cli('text', fromText, 'entretien-01', '--json')).stdout)).toHaveProperty(
      'segments',
    );
  });

  it('never overwrites a file that is not a project, and leaves nothing behind when it fails', async () => {
    const folder = makeTempDir('cli-new-bad');
    const notes = join(folder, 'notes.verbatim');
    writeFileSync(notes, 'mes notes, pas un projet');
    const refused = await cli('import', notes, transcript);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not a Verbatim project/u);
    expect(readFileSync(notes, 'utf8')).toBe('mes notes, pas un projet');

    // A missing FILE is created only under a .verbatim name: `import x.qdpx y.qdpx` is a slip.
    const slip = await cli('import', join(folder, 'x.qdpx'), transcript);
    expect(slip.code).toBe(1);
    expect(slip.stderr).toMatch(/\.verbatim extension/u);
    expect(existsSync(join(folder, 'x.qdpx'))).toBe(false);

    // Nothing could be imported: the project this run created is removed.
    const broken = join(folder, 'broken.qdpx');
    writeFileSync(broken, 'not a zip');
    const empty = join(folder, 'empty.verbatim');
    const failed = await cli('import', empty, broken);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/Not imported: broken\.qdpx/u);
    expect(readdirSync(folder).filter((name) => name.startsWith('empty'))).toEqual([]);
  });

  it('works as a real executable with exit codes and one JSON document on stdout', () => {
    const fresh = join(makeTempDir('cli-bin'), 'bin.verbatim');
    expect(cliProcess('new', fresh).code).toBe(0);
    expect(existsSync(fresh)).toBe(true);
    const run = cliProcess('import', fresh, transcript, '--json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { documents: unknown[] }).documents).toHaveLength(1);
    const bad = cliProcess('text', fresh, 'nope', '--json');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/no document "nope"/u);
    expect(cliProcess('import').code).toBe(2);
  });
});

describe('verbatim serve --dir', () => {
  it('refuses a folder that does not exist before starting anything', async () => {
    const missing = join(makeTempDir('serve-dir'), 'nowhere');
    const run = await cli('serve', '--dir', missing);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`The folder ${missing} does not exist.`);
    expect(run.stdout).toBe('');
  });
});
