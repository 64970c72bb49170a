import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../support/requiredTool.ts';
import { cli } from '../support/cli.ts';
import { call } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import {
  REFI_SAMPLES,
  newProject,
  projectContent,
  SHARED_REFI,
  seededProject,
  unzipText,
  validate,
  XMLLINT,
  zipBase64,
} from './refiFixture.ts';

describe('REFI-QDA round trip', () => {
  it('export then import into a new project gives the same documents, codes, codings, memos, cases and sets', async () => {
    const source = await seededProject();
    const file = await call(source, 'exchange/exportProject', {});
    const target = await newProject('target');
    const report = await call(target, 'exchange/importProject', {
      name: file.fileName,
      base64: file.content,
    });
    expect(report).toMatchObject({
      // Users: Léa and Hugo who coded, and the tester who wrote the memos.
      kept: { documents: 1, codes: 3, codings: 2, memos: 3, cases: 1, users: 3, sets: 2 },
      skipped: [],
      warnings: [],
    });
    const expected = await projectContent(source);
    // The fixture really holds what is compared (so this test can fail).
    expect(expected.codings).toHaveLength(2);
    expect(expected.cases[0]?.[1]).toBe('Genre=Femme;Âge=34');
    expect(JSON.stringify(expected.turns)).toContain('"Marie"');
    expect(await projectContent(target)).toEqual(expected);

    // The same file twice changes nothing.
    const again = await call(target, 'exchange/importProject', { name: file.fileName, base64: file.content });
    expect(again.added).toEqual({ documents: 0, codes: 0, codings: 0, memos: 0, cases: 0 });
    expect(await projectContent(target)).toEqual(expected);
  });

  it('carries speaker turns in a side file that other tools ignore, and drops turns that no longer fit', async () => {
    const source = await seededProject();
    const file = await call(source, 'exchange/exportProject', {});
    const files = unzipText(file.content);
    expect(Object.keys(files)).toContain('verbatim-turns.json');
    const { turns } = await projectContent(source);
    const importWith = async (changed: Record<string, string>) => {
      const target = await newProject('turns');
      const report = await call(target, 'exchange/importProject', {
        name: 'p.qdpx',
        base64: zipBase64({ ...files, ...changed }),
      });
      return { report, turns: (await projectContent(target)).turns };
    };
    // As another tool would re-export it: no side file, the text split into paragraphs.
    const withoutSidecar = Object.fromEntries(
      Object.entries(files).filter(([name]) => name !== 'verbatim-turns.json'),
    );
    const target = await newProject('no-sidecar');
    await call(target, 'exchange/importProject', { name: 'p.qdpx', base64: zipBase64(withoutSidecar) });
    const plain = (await projectContent(target)).turns;
    expect(JSON.stringify(plain)).not.toContain('"Marie"');
    expect(plain).not.toEqual(turns);
    // A side file that is not ours, or that no longer fits the text, is reported and ignored.
    const broken = await importWith({ 'verbatim-turns.json': '{"format":"x"}' });
    expect(broken.report.warnings.join(' ')).toMatch(/verbatim-turns\.json is unreadable/u);
    expect(broken.turns).toEqual(plain);
    const sourcePath = Object.keys(files).find((name) => name.startsWith('sources/')) ?? '';
    const edited = await importWith({ [sourcePath]: `${files[sourcePath] ?? ''} (edited)` });
    expect(edited.report.warnings.join(' ')).toMatch(/speaker turns of .* do not fit its text/u);
  });

  it('keeps each coding on the same characters after an emoji', async () => {
    const source = await seededProject();
    const file = await call(source, 'exchange/exportProject', {});
    const target = await newProject('emoji');
    await call(target, 'exchange/importProject', { name: file.fileName, base64: file.content });
    const [before] = await call(source, 'documents/list', {});
    const [after] = await call(target, 'documents/list', {});
    const ranges = async (session: typeof source, id: number) =>
      (await call(session, 'codings/ofDocument', { documentId: id }))
        .map((coding) => [coding.start, coding.end, coding.quote])
        .sort();
    expect(await ranges(target, after?.id ?? 0)).toEqual(await ranges(source, before?.id ?? 0));
  });

  it('carries a codebook (.qdc) with its hierarchy, definitions and code groups', async () => {
    const source = await seededProject();
    const codebook = await call(source, 'exchange/exportCodebook', {});
    const target = await newProject('codebook');
    const report = await call(target, 'exchange/importCodebook', {
      name: 'grille.qdc',
      base64: Buffer.from(codebook.content).toString('base64'),
    });
    expect(report.added.codes).toBe(3);
    expect(report.kept.sets).toBe(1);
    const [want, got] = [await projectContent(source), await projectContent(target)];
    expect(got.codes).toEqual(want.codes);
    expect(got.codeGroups).toEqual(want.codeGroups);
  });

  it('carries archived codes through a codebook (.qdc), and keeps other tools’ folders active', async () => {
    const source = await seededProject();
    const codes = await call(source, 'codes/list', {});
    // An archived parent (isolement is inside conditions) and an archived leaf.
    for (const name of ['conditions', 'opacité'])
      await call(source, 'codes/update', {
        id: codes.find((code) => code.name === name)?.id ?? 0,
        archived: true,
      });
    const codebook = await call(source, 'exchange/exportCodebook', {});
    const archived = async (session: typeof source) =>
      (await call(session, 'codes/list', {})).map((code) => [code.name, code.archived]).sort();
    const target = await newProject('archived');
    await call(target, 'exchange/importCodebook', {
      name: 'grille.qdc',
      base64: Buffer.from(codebook.content).toString('base64'),
    });
    expect(await archived(target)).toEqual([
      ['conditions', true],
      ['isolement', false],
      ['opacité', true],
    ]);
    // The same file from another tool: a non-codable code with sub-codes is a folder.
    const foreign = await newProject('foreign');
    await call(foreign, 'exchange/importCodebook', {
      name: 'other.qdc',
      base64: Buffer.from(codebook.content.replace(/origin="Verbatim[^"]*"/u, 'origin="NVivo"')).toString(
        'base64',
      ),
    });
    expect(await archived(foreign)).toEqual([
      ['conditions', false],
      ['isolement', false],
      ['opacité', true],
    ]);
  });

  it('carries archived codes through a project (.qdpx)', async () => {
    const source = await seededProject();
    const opacity = (await call(source, 'codes/list', {})).find((code) => code.name === 'opacité');
    await call(source, 'codes/update', { id: opacity?.id ?? 0, archived: true });
    const exported = await call(source, 'exchange/exportProject', {});
    const target = await newProject('archived-project');
    await call(target, 'exchange/importProject', { name: 'p.qdpx', base64: exported.content });
    const codes = await call(target, 'codes/list', {});
    expect(codes.filter((code) => code.archived).map((code) => code.name)).toEqual(['opacité']);
  });

  it('keeps every quote of each sample through import, export and import again', async (context) => {
    requireTool(context, REFI_SAMPLES);
    requireTool(context, XMLLINT);
    const samples = readdirSync(join(SHARED_REFI, 'samples')).filter((name) => name.endsWith('.qdpx'));
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      const first = await newProject('first');
      const base64 = readFileSync(join(SHARED_REFI, 'samples', sample)).toString('base64');
      await call(first, 'exchange/importProject', { name: sample, base64 });
      const exported = await call(first, 'exchange/exportProject', {});
      // What other tools wrote, once ours, is valid against the schema.
      const qde = unzipText(exported.content)['project.qde'] ?? '';
      expect({ sample, validity: validate('Project-mrt2019.xsd', qde, 'project.qde') }).toEqual({
        sample,
        validity: 'valid',
      });
      const second = await newProject('second');
      await call(second, 'exchange/importProject', { name: exported.fileName, base64: exported.content });
      const [a, b] = [await projectContent(first), await projectContent(second)];
      expect({ sample, codings: b.codings, texts: b.texts, codes: b.codes.length }).toEqual({
        sample,
        codings: a.codings,
        texts: a.texts,
        codes: a.codes.length,
      });
    }
  });
});

describe('REFI-QDA from the command line', () => {
  it('exports .qdpx and .qdc, and imports them into another project by extension', async () => {
    const source = await seededProject();
    const path = source.path ?? '';
    source.close();
    const dir = makeTempDir('refi-cli');
    const qdpx = join(dir, 'projet.qdpx');
    const qdc = join(dir, 'grille.qdc');
    expect((await cli('export', path, '--format', 'qdpx', '--out', qdpx)).code).toBe(0);
    expect((await cli('export', path, '--format', 'qdc', '--out', qdc)).code).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(qdpx)))).toContain('project.qde');
    expect(readFileSync(qdc, 'utf8')).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    const target = join(dir, 'cible.verbatim');
    expect((await cli('new', target)).code).toBe(0);
    const run = await cli('import', target, qdpx, qdc);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Imported projet\.qdpx: 1 documents, 3 codes, 2 codings added \(positions: code-points\)/u,
    );
    expect(run.stdout).toMatch(/Imported grille\.qdc: 0 documents, 0 codes/u);
    expect((await cli('export', path, '--format', 'pdf', '--out', qdpx)).code).toBe(2);

    // What was skipped, and warnings, go to stderr.
    const partial = join(dir, 'partiel.qdpx');
    writeFileSync(
      partial,
      Buffer.from(
        zipBase64({
          'project.qde':
            '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>' +
            '<PDFSource guid="a0000000-0000-4000-8000-000000000008" name="scan.pdf" path="internal://scan.pdf"/>' +
            '<TextSource guid="a0000000-0000-4000-8000-000000000001" name="vide" plainTextPath="internal://vide.txt"/>' +
            '</Sources></Project>',
          'sources/vide.txt': '\n',
        }),
        'base64',
      ),
    );
    const mixed = await cli('import', target, partial);
    expect(mixed.code).toBe(0);
    expect(mixed.stderr).toMatch(/Skipped scan\.pdf: PDF sources are not imported/u);
    expect(mixed.stderr).toMatch(/Warning: «vide» has no text/u);
  });
});
