import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportBatchReport } from '../../app/contract/types.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const file = (name: string, bytes: string | Uint8Array) => ({
  name,
  base64: Buffer.from(bytes).toString('base64'),
});

const FIRST =
  'Enquêteur : Bonjour Marie Dupont.\nMarie : Bonjour. Écrivez-moi à marie.dupont@exemple.fr.\nEnquêteur : Merci.\nMarie : De rien.';
const SECOND = 'Q : Vous connaissez Marie Dupont ?\nR : Oui, elle habite 69003 Lyon.\nQ : Merci.';

async function project() {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('preview'), 'p.verbatim') });
  return session;
}

describe('import preview', () => {
  it('reads every file, counts speakers, flags duplicates and bad files, and stores nothing', async () => {
    const session = await project();
    await call(session, 'documents/importFiles', { files: [file('deja.txt', SECOND)] });
    const latin1 = Uint8Array.from([...'Q : Où est le café ?\nR : Là.'].map((char) => char.charCodeAt(0)));
    const preview = await call(session, 'documents/previewImport', {
      files: [
        file('e1.txt', FIRST),
        file('copie.txt', SECOND),
        file('latin.txt', latin1),
        file('vide.txt', ''),
      ],
    });
    const [first, copy, latin, empty] = preview.files;
    expect(first).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      segmentCount: 4,
      speakers: [
        { label: 'Enquêteur', turns: 2 },
        { label: 'Marie', turns: 2 },
      ],
      duplicateOf: null,
    });
    expect(copy).toMatchObject({ ok: true, duplicateOf: 'deja' });
    expect(latin).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(empty).toMatchObject({ ok: false, message: 'vide.txt is empty.' });
    expect((await call(session, 'documents/list', {})).map((document) => document.name)).toEqual(['deja']);

    const overridden = await call(session, 'documents/previewImport', {
      files: [{ ...file('latin.txt', latin1), encoding: 'windows-1252' }],
    });
    expect(overridden.files[0]).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      excerpt: 'Où est le café ?\n\nLà.',
    });
  });

  it('groups likely identifiers across the batch, with their sources', async () => {
    const session = await project();
    const preview = await call(session, 'documents/previewImport', {
      files: [file('e1.txt', FIRST), file('e2.txt', SECOND)],
    });
    const byText = new Map(preview.findings.map((group) => [group.text, group]));
    expect(byText.get('Marie Dupont')).toMatchObject({ kind: 'name', count: 2, sources: ['e1', 'e2'] });
    expect(byText.get('marie.dupont@exemple.fr')).toMatchObject({ kind: 'email', count: 1 });
    expect(byText.get('69003 Lyon')).toMatchObject({ kind: 'postcode', count: 1, sources: ['e2'] });
  });

  it('imports with speakers mapped and accepted identifiers replaced in every file', async () => {
    const session = await project();
    const { jobId } = await call(session, 'documents/importBatch', {
      files: [file('e1.txt', FIRST), file('e2.txt', SECOND)],
      speakerMap: { Enquêteur: 'Interviewer', Q: 'Interviewer', Marie: '[Participante 3]' },
      replacements: [
        { variants: ['Marie Dupont', 'Marie'], replacement: '[Participante 3]' },
        { variants: ['marie.dupont@exemple.fr'], replacement: '[e-mail]' },
      ],
    });
    const status = await session.jobs.wait(jobId);
    const report = status.result as ImportBatchReport;
    expect(report.imported).toHaveLength(2);
    const [e1, e2] = await Promise.all(
      report.imported.map((document) => call(session, 'documents/get', { id: document.id })),
    );
    expect(e1?.text).toBe(
      'Bonjour [Participante 3].\n\nBonjour. Écrivez-moi à [e-mail].\n\nMerci.\n\nDe rien.',
    );
    expect(e1?.segments.map((segment) => segment.speaker)).toEqual([
      'Interviewer',
      '[Participante 3]',
      'Interviewer',
      '[Participante 3]',
    ]);
    expect(e2?.text).toContain('Vous connaissez [Participante 3] ?');
    expect(e2?.segments.map((segment) => segment.speaker)).toEqual(['Interviewer', 'R', 'Interviewer']);
  });

  it('refuses a 200 MB file by its size, before reading it, and imports the rest', async () => {
    const session = await project();
    const dir = makeTempDir('huge');
    const huge = join(dir, 'enorme.txt');
    // A sparse file: 200 MB on paper, nothing on disk.
    const handle = openSync(huge, 'w');
    ftruncateSync(handle, 200 * 1024 * 1024);
    closeSync(handle);
    const small = join(dir, 'petit.txt');
    const smallHandle = openSync(small, 'w');
    closeSync(smallHandle);
    const report = await call(session, 'documents/importPaths', { paths: [huge, small] });
    expect(report.failed.map((failure) => failure.message)).toEqual([
      'enorme.txt is 200.0 MB; Verbatim imports files up to 16 MB. Split it into several documents.',
      'petit.txt is empty.',
    ]);
    expect(await call(session, 'documents/list', {})).toEqual([]);
  });
});
