import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../app/contract/types.ts';
import { AppError } from '../../app/errors.ts';
import { runInWorker } from '../../app/jobs/worker/runInWorker.ts';
import { fillLargeProject } from '../bench/largeProject.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { exportFixture } from './exportFixture.ts';
import { unzipText } from './refiFixture.ts';

/** Entries of a .qdpx without the export's own time. */
function entries(file: ExportedFile): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipText(file.content)).map(([name, text]) => [
      name,
      text.replace(/creationDateTime="[^"]+"(?=><Users)/u, ''),
    ]),
  );
}

describe('the .qdpx export as a job (the interface: progress and a stop button)', () => {
  it('reports progress per document and ends with the file of the direct export', async () => {
    const session = await exportFixture();
    const { jobId } = await call(session, 'exchange/exportProjectJob', {});
    const status = await session.jobs.wait(jobId);
    expect(status.state).toBe('done');
    // Two passes over the three documents: their texts, then their codings in project.qde.
    expect([status.done, status.total]).toEqual([6, 6]);
    const file = status.result as ExportedFile;
    expect(file.fileName).toBe('terrain.qdpx');
    expect(entries(file)).toEqual(entries(await call(session, 'exchange/exportProject', {})));
  });

  it('stops when cancelled', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('qdpx-job'), 'grand.verbatim') });
    fillLargeProject(session.db(), { documents: 60, words: 1500, codes: 30, codings: 2500 });
    const { jobId } = await call(session, 'exchange/exportProjectJob', {});
    await call(session, 'jobs/cancel', { id: jobId });
    const status = await session.jobs.wait(jobId);
    expect(status.state).toBe('cancelled');
    expect(status.result).toBeNull();
    session.close();
  });
});

describe('a job worker that cannot open the project', () => {
  it('says so as opening it would (the session module loaded on that path only)', async () => {
    const session = await exportFixture();
    const path = session.db().name;
    // Moved away after the call: the worker's own connection finds no project there.
    renameSync(path, `${path}.moved`);
    const failure = await runInWorker('qdpx', {}, session).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'NOT_FOUND', translated: { key: 'openNotFound' } });
    renameSync(`${path}.moved`, path);
    session.close();
  });
});
