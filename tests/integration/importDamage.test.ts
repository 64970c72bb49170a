import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportNote } from '../../app/contract/types.ts';
import { cli } from '../support/cli.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/**
 * No silent damage on import (issue 12, item 9): a cue without a valid timing line, an
 * invalid byte in a UTF-8 file and a re-run of an interrupted import are each reported,
 * in the review dialog's preview and in the CLI's output (text and JSON).
 */
const upload = (name: string, bytes: string | Uint8Array) => ({
  name,
  base64: Buffer.from(bytes).toString('base64'),
});

const BROKEN_SRT = [
  '1',
  '00:00:01,000 --> 00:00:04,000',
  'Enquêtrice: Vous travaillez le soir ?',
  '',
  '2',
  '00:00:05,000 -> 00:00:09,000',
  'Marie: Oui, après le dîner, quand les enfants dorment.',
  '',
  '3',
  '00:00:10,000 --> 00:00:12,000',
  'Enquêtrice: Merci.',
  '',
].join('\n');

/** French UTF-8 with one byte damaged on line 2 (0xFF is never valid UTF-8). */
function damagedUtf8(): Uint8Array {
  const text =
    'Enquêteur : Où travaillez-vous ?\nMarie : À la maison, près de la fenêtre.\nEnquêteur : Très bien.\n';
  const bytes = new TextEncoder().encode(text);
  const at = bytes.indexOf(0x2e, bytes.indexOf(0x0a) + 1); // the full stop of line 2
  return new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
}

const noteSummary = (notes: readonly ImportNote[]) => notes.map((note) => [note.key, note.count, note.where]);

async function newProject() {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('damage'), 'p.verbatim') });
  return session;
}

describe('import reports damage instead of hiding it', () => {
  it('reports a subtitle cue left out, with its line, in the preview and the CLI', async () => {
    const session = await newProject();
    const preview = await call(session, 'documents/previewImport', { files: [upload('e.srt', BROKEN_SRT)] });
    const [file] = preview.files;
    expect(file?.ok && noteSummary(file.notes)).toEqual([['droppedCues', 1, '5']]);

    const dir = makeTempDir('damage-cli');
    const srt = join(dir, 'e.srt');
    writeFileSync(srt, BROKEN_SRT);
    const run = await cli('import', join(dir, 'p.verbatim'), srt);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Note: 1 cue left out: no valid timing line (line 5 of the file).');
  });

  it('keeps a UTF-8 file with one invalid byte as UTF-8, the byte shown as U+FFFD, and says where', async () => {
    const session = await newProject();
    const preview = await call(session, 'documents/previewImport', {
      files: [upload('damaged.txt', damagedUtf8())],
    });
    const [file] = preview.files;
    expect(file).toMatchObject({ ok: true, encoding: 'utf-8' });
    expect(file?.ok && noteSummary(file.notes)).toEqual([['invalidBytes', 1, '2']]);
    expect(file?.ok && file.excerpt).toContain('À la maison, près de la fenêtre\uFFFD.');

    const dir = makeTempDir('damage-cli');
    const path = join(dir, 'damaged.txt');
    writeFileSync(path, damagedUtf8());
    const project = join(dir, 'p.verbatim');
    const run = await cli('import', project, path, '--json');
    expect(run.code).toBe(0);
    const [document] = (JSON.parse(run.stdout) as { documents: { notes: ImportNote[] }[] }).documents;
    expect(document?.notes.map((note) => note.text)).toEqual([
      '1 invalid byte in this UTF-8 file, shown as � (line 2); check the text there.',
    ]);
    const text = (JSON.parse((await cli('text', project, 'damaged', '--json')).stdout) as { text: string })
      .text;
    expect(text).toContain('Où travaillez-vous ?');
    expect(text).not.toMatch(/Ã/u);
  });

  it('says where a survey CSV has invalid bytes, kept as UTF-8', async () => {
    const session = await newProject();
    const csv = Buffer.concat([
      Buffer.from('id;réponse\n1;Très bien, merci\n2;Pas très ', 'utf8'),
      Buffer.from([0xff]),
      Buffer.from('sûr\n', 'utf8'),
    ]);
    const preview = await call(session, 'documents/previewTable', {
      name: 'enquete.csv',
      base64: csv.toString('base64'),
    });
    expect(preview.encoding).toBe('utf-8');
    expect(noteSummary(preview.notes)).toEqual([['invalidBytes', 1, '3']]);
  });

  it('skips, on a re-run of an interrupted CLI import, the documents already in the project', async () => {
    const dir = makeTempDir('damage-rerun');
    const project = join(dir, 'p.verbatim');
    const paths = ['a', 'b', 'c'].map((name, index) => {
      const path = join(dir, `${name}.txt`);
      writeFileSync(path, `Q : Question ${index} ?\nR : Réponse ${index}.\n`);
      return path;
    });
    const [a = '', b = '', c = ''] = paths;
    expect((await cli('import', project, a, b)).code).toBe(0);
    // Interrupted after a and b; re-run with the whole list.
    const rerun = await cli('import', project, a, b, c);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/^Imported c \(/u);
    expect(rerun.stdout).not.toMatch(/Imported [ab] /u);
    expect(rerun.stderr).toContain('Skipped: a.txt has the same text as «a», already in the project.');
    expect(rerun.stderr).toContain('Skipped: b.txt has the same text as «b», already in the project.');

    const again = await cli('import', project, a, '--allow-duplicates', '--json');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { documents: unknown[] }).documents).toEqual([
      expect.objectContaining({ name: 'a', duplicateOf: 'a', notes: [] }) as unknown,
    ]);
    // In --json, a skipped duplicate is in the one document too, not only on stderr.
    const skipped = await cli('import', project, b, '--json');
    expect((JSON.parse(skipped.stdout) as { skipped: { file: string }[] }).skipped).toEqual([
      expect.objectContaining({ message: expect.stringContaining('b.txt') as unknown }) as unknown,
    ]);
  });

  it('treats duplicates alike in the review dialog and in a background import', async () => {
    const session = await newProject();
    await call(session, 'documents/importFiles', { files: [upload('deja.txt', 'Q : Bonjour ?\nR : Oui.')] });
    const preview = await call(session, 'documents/previewImport', {
      files: [upload('copie.txt', 'Q : Bonjour ?\nR : Oui.')],
    });
    expect(preview.files[0]).toMatchObject({ ok: true, duplicateOf: 'deja' });
    const direct = await call(session, 'documents/importFiles', {
      files: [upload('copie.txt', 'Q : Bonjour ?\nR : Oui.')],
    });
    expect(direct.imported).toEqual([]);
    expect(direct.skipped).toEqual([
      {
        file: 'copie.txt',
        message: 'copie.txt has the same text as «deja», already in the project.',
        translated: { key: 'duplicateText', params: { file: 'copie.txt', name: 'deja' } },
      },
    ]);
  });
});
