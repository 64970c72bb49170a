import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportBatchReport } from '../../app/contract/types.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const file = (name: string, text: string | Uint8Array) => ({
  name,
  base64: Buffer.from(text).toString('base64'),
});

async function project() {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('batch'), 'b.verbatim') });
  return session;
}

describe('batch import as a job', () => {
  it('imports with progress, skips duplicates with a reason, and reports bad files without stopping', async () => {
    const session = await project();
    await call(session, 'documents/importFiles', { files: [file('deja.txt', 'Q: Bonjour ?\nR: Oui.')] });
    const { jobId } = await call(session, 'documents/importBatch', {
      files: [
        file('a.txt', 'Q: Un ?\nR: Deux.'),
        file('copie.txt', 'Q: Bonjour ?\r\nR: Oui.'),
        file('bad.txt', new Uint8Array([0, 1, 2])),
        file('b.md', 'Texte.'),
      ],
    });
    const status = await session.jobs.wait(jobId);
    expect(status).toMatchObject({ state: 'done', done: 4, total: 4 });
    const report = status.result as ImportBatchReport;
    expect(report.imported.map((d) => d.name)).toEqual(['a', 'b']);
    expect(report.skipped[0]?.message).toMatch(/same text as «deja»/u);
    expect(report.failed[0]?.file).toBe('bad.txt');
    expect((await call(session, 'jobs/status', { id: jobId })).state).toBe('done');
  });

  it('leaves nothing behind when cancelled', async () => {
    const session = await project();
    const files = Array.from({ length: 50 }, (_, i) =>
      file(`f${i}.txt`, `Q: Question ${i} ?\nR: Réponse ${i}.`),
    );
    const { jobId } = await call(session, 'documents/importBatch', { files });
    // Let a few files go in, then cancel.
    while ((await call(session, 'jobs/status', { id: jobId })).done < 3)
      await new Promise((r) => setImmediate(r));
    await call(session, 'jobs/cancel', { id: jobId });
    expect((await session.jobs.wait(jobId)).state).toBe('cancelled');
    expect(await call(session, 'documents/list', {})).toEqual([]);
  });
});
