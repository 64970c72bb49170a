import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../app/contract/api.ts';
import { JobCancelled, type JobControl } from '../../app/jobs/registry.ts';
import { runInWorker } from '../../app/jobs/worker/runInWorker.ts';
import { streamToFile } from '../../app/exports/stream/byteSink.ts';
import { fillLargeProject } from '../bench/largeProject.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { exportFixture, zipEntriesWithoutTimes as entries } from './exportFixture.ts';

describe('exports streamed to a path (the command line)', () => {
  it('write the file the interface downloads, whole, under its path', async () => {
    const session = await exportFixture();
    const folder = makeTempDir('export-to-file');
    const inputs: InputOf<'exports/excerpts'>[] = [
      { format: 'csv', groupBy: 'case', includeMemos: true, citation: ['case', 'attr:Âge', 'speaker'] },
      { format: 'docx', language: 'fr', includeMemos: true, quoteMarks: true },
      { format: 'md', language: 'fr' },
    ];
    for (const input of inputs) {
      const out = join(folder, `excerpts.${input.format}`);
      const written = await call(session, 'exports/excerptsToFile', { ...input, out });
      const download = await call(session, 'exports/excerpts', input);
      expect(written).toEqual({ fileName: download.fileName, path: out, bytes: statSync(out).size });
      const bytes = readFileSync(out);
      if (download.encoding === 'base64')
        expect(entries(bytes)).toEqual(entries(Buffer.from(download.content, 'base64')));
      else expect(bytes.toString('utf8')).toBe(download.content);
    }
    const out = join(folder, 'terrain.qdpx');
    const written = await call(session, 'exchange/exportProjectToFile', { out });
    const download = await call(session, 'exchange/exportProject', {});
    expect(written).toEqual({ fileName: 'terrain.qdpx', path: out, bytes: statSync(out).size });
    expect(entries(readFileSync(out))).toEqual(entries(Buffer.from(download.content, 'base64')));
    // Nothing else is left beside the files (no temporary file).
    expect(readdirSync(folder).sort()).toEqual([
      'excerpts.csv',
      'excerpts.docx',
      'excerpts.md',
      'terrain.qdpx',
    ]);
  });

  it('leaves no partial file when the writer stops half-way, and the previous file whole', () => {
    const folder = makeTempDir('export-stopped');
    const out = join(folder, 'excerpts.csv');
    writeFileSync(out, 'the previous export');
    expect(() =>
      streamToFile(out, { fileName: 'excerpts.csv', mimeType: 'text/csv' }, (sink) => {
        sink.write(Buffer.alloc(3 << 20, 0x61));
        // Several blocks already on disk, beside the destination.
        expect(readdirSync(folder)).toHaveLength(2);
        throw new JobCancelled();
      }),
    ).toThrow(JobCancelled);
    expect(readFileSync(out, 'utf8')).toBe('the previous export');
    expect(readdirSync(folder)).toEqual(['excerpts.csv']);
  });

  it('a cancelled export job stops in its worker, removes its file and keeps the previous one', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('export-cancel'), 'grand.verbatim') });
    fillLargeProject(session.db(), { documents: 60, words: 1500, codes: 30, codings: 2500 });
    const folder = makeTempDir('export-cancelled');
    const out = join(folder, 'grand-excerpts.docx');
    writeFileSync(out, 'the previous export');
    const seen: number[] = [];
    const control: JobControl = { progress: (done) => seen.push(done), cancelled: false };
    // Cancelled before the worker starts: it opens the file, writes until its first step, sees
    // the flag there and stops by itself (an export to a path is not killed mid-write).
    const cancel = new AbortController();
    cancel.abort();
    for (const [task, input, stoppedAt] of [
      ['excerptsToFile', { format: 'docx' as const, out }, 100],
      ['qdpxToFile', { out: join(folder, 'grand.qdpx') }, 10],
    ] as const) {
      seen.length = 0;
      await expect(runInWorker(task, input, session, control, cancel.signal)).rejects.toBeInstanceOf(
        JobCancelled,
      );
      // It had written up to its first step (100 excerpts, 10 documents) when it stopped.
      expect(seen).toEqual([0, stoppedAt]);
    }
    expect(readFileSync(out, 'utf8')).toBe('the previous export');
    expect(existsSync(join(folder, 'grand.qdpx'))).toBe(false);
    expect(readdirSync(folder)).toEqual(['grand-excerpts.docx']);
    session.close();
  });
});
