import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../support/requiredTool.ts';
import { cli } from '../support/cli.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { call, callError } from '../support/session.ts';
import { REFI_SAMPLES, newProject, SHARED_REFI, zipBase64 } from './refiFixture.ts';

/** `verbatim import`: REFI-QDA projects however they arrive, and one JSON document. */

const CODE = 'c2000000-0000-4000-8000-000000000001';
const SOURCE = 'a2000000-0000-4000-8000-000000000001';
const QDE =
  '<Project xmlns="urn:QDA-XML:project:1.0" name="autre"><Users><User guid="f2000000-0000-4000-8000-000000000001" name="Inès"/></Users>' +
  `<CodeBook><Codes><Code guid="${CODE}" name="salut" isCodable="true"/></Codes></CodeBook><Sources>` +
  `<TextSource guid="${SOURCE}" name="texte" plainTextPath="internal://${SOURCE}.txt">` +
  '<PlainTextSelection guid="b2000000-0000-4000-8000-000000000001" startPosition="0" endPosition="7" creatingUser="f2000000-0000-4000-8000-000000000001">' +
  `<Coding guid="d2000000-0000-4000-8000-000000000001"><CodeRef targetGUID="${CODE}"/></Coding>` +
  '</PlainTextSelection></TextSource></Sources></Project>';
const TEXT = 'Bonjour tout le monde.';

interface ImportJson {
  documents: { id: number; name: string; length: number }[];
  refi: { file: string; added: { codings: number }; coders: { name: string; codings: number }[] }[];
  failed: { file: string; message: string }[];
}

async function codingsOf(project: string): Promise<number> {
  const codes = JSON.parse((await cli('codes', project, '--json')).stdout) as { codings: number }[];
  return codes.reduce((sum, code) => sum + code.codings, 0);
}

describe('verbatim import', () => {
  it('prints exactly one JSON document for a mix of transcripts, REFI-QDA files and refused files', async () => {
    const dir = makeTempDir('cli-import-json');
    const qdpx = join(dir, 'autre.qdpx');
    writeFileSync(
      qdpx,
      Buffer.from(zipBase64({ 'project.qde': QDE, [`sources/${SOURCE}.txt`]: TEXT }), 'base64'),
    );
    const transcript = join(dir, 'entretien.txt');
    writeFileSync(transcript, 'Marie : Oui.\n');
    const broken = join(dir, 'broken.qdpx');
    writeFileSync(broken, 'not a zip');
    const run = await cli('import', join(dir, 'mix.verbatim'), qdpx, transcript, broken, '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as ImportJson;
    expect(json.documents.map((document) => document.name)).toEqual(['entretien']);
    expect(json.refi).toMatchObject([
      { file: 'autre.qdpx', added: { codings: 1 }, coders: [{ name: 'Inès', codings: 1 }] },
    ]);
    expect(json.failed).toEqual([
      { file: 'broken.qdpx', message: expect.stringMatching(/damaged/u) as string },
    ]);
  });

  it('imports a .qdpx renamed .zip, and an unzipped project folder', async () => {
    const dir = makeTempDir('cli-import-zip');
    const zip = join(dir, 'autre.zip');
    writeFileSync(
      zip,
      Buffer.from(zipBase64({ 'project.qde': QDE, [`sources/${SOURCE}.txt`]: TEXT }), 'base64'),
    );
    const fromZip = join(dir, 'from-zip.verbatim');
    const run = await cli('import', fromZip, zip);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/Imported autre\.zip: 1 documents, 1 codes, 1 codings added/u);
    expect(run.stdout).toMatch(/Coders: Inès \(1 codings\)/u);
    expect(await codingsOf(fromZip)).toBe(1);

    const folder = join(dir, 'autre');
    mkdirSync(join(folder, 'sources'), { recursive: true });
    writeFileSync(join(folder, 'project.qde'), QDE);
    writeFileSync(join(folder, 'sources', `${SOURCE}.txt`), TEXT);
    // Media beside the texts are never read.
    writeFileSync(join(folder, 'sources', 'video.mp4'), Buffer.alloc(1024));
    const fromFolder = join(dir, 'from-folder.verbatim');
    const unzipped = await cli('import', fromFolder, folder, '--json');
    expect(unzipped.code).toBe(0);
    expect((JSON.parse(unzipped.stdout) as ImportJson).refi).toMatchObject([
      { file: 'autre', added: { codings: 1 } },
    ]);
    expect(await codingsOf(fromFolder)).toBe(1);

    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const refused = await cli('import', join(dir, 'none.verbatim'), empty);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/has no project\.qde: it is not an unzipped REFI-QDA project/u);
    const missing = await cli('import', join(dir, 'from-zip.verbatim'), join(dir, 'absent.zip'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Not imported: absent\.zip: It cannot be read: it does not exist/u);
  });

  it('imports a real NVivo project renamed .zip', async (context) => {
    requireTool(context, REFI_SAMPLES);
    const dir = makeTempDir('cli-import-nvivo');
    const zip = join(dir, 'nvivo.zip');
    writeFileSync(
      zip,
      readFileSync(join(SHARED_REFI, 'samples', 'nvivo-mac-12.7.0_hu-comments_utf16-lf.qdpx')),
    );
    const run = await cli('import', join(dir, 'nvivo.verbatim'), zip, '--json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ImportJson).refi[0]?.added.codings).toBeGreaterThan(200);
  });
});

describe("the interface's REFI-QDA import", () => {
  it('takes a .qdpx renamed .zip, and still refuses another kind of file', async () => {
    const session = await newProject('zip');
    const base64 = zipBase64({ 'project.qde': QDE, [`sources/${SOURCE}.txt`]: TEXT });
    const report = await call(session, 'exchange/importProject', { name: 'autre.zip', base64 });
    expect(report.added.codings).toBe(1);
    expect(
      (await callError(session, 'exchange/importProject', { name: 'autre.docx', base64 })).message,
    ).toMatch(/as \.qdpx files/u);
  });
});
