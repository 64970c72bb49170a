import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BrowserWindow, IpcMainInvokeEvent, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf, JobStatus, OperationName } from '../../app/contract/index.ts';
import { exportFileName } from '../../app/contract/exportFileName.ts';
import type { WireResult } from '../../app/errors.ts';
import type { ProjectSession } from '../../app/session.ts';
import { fillLargeProject } from '../bench/largeProject.ts';
import { exportFixture, zipEntriesWithoutTimes as entries } from './exportFixture.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import type { ChoosePurpose, ChosenFile } from '../../main/electron/channels.ts';
import { createChooseHandler } from '../../main/electron/chooseHandler.ts';
import { ChosenPaths, electronDispatchers } from '../../main/electron/chosenPaths.ts';
import { chooseFileFor } from '../../main/electron/exportDialogs.ts';
import { createCallHandler } from '../../main/electron/ipc.ts';
import type { Dialogs } from '../../main/electron/menuActions.ts';

/**
 * Issue #15 in the desktop app: the page asks for a save handle (the native dialog proposes
 * the export's own name), then runs the export job with it; the backend streams the file to
 * the chosen path, with progress and cancel. Electron is mocked: the save dialog answers the
 * proposed name in a folder of the test's.
 */
vi.mock('electron', () => ({}));

const indexUrl = 'file:///opt/Verbatim/resources/app.asar/out/renderer/index.html';

function desktop(session: ProjectSession, folder: string) {
  const asked: SaveDialogOptions[] = [];
  const dialogs: Dialogs = {
    save: (options) => {
      asked.push(options);
      return Promise.resolve(join(folder, basename(options.defaultPath ?? 'none')));
    },
    open: () => Promise.resolve([]),
    info: () => Promise.resolve(),
    error: () => undefined,
  };
  const webContents = { id: 1 };
  const window = { webContents, isDestroyed: () => false } as unknown as BrowserWindow;
  const event = {
    sender: webContents,
    senderFrame: { url: indexUrl, parent: null },
  } as unknown as IpcMainInvokeEvent;
  const chosen = new ChosenPaths();
  const deps = { dialogs, locale: 'fr-FR', documentsDir: '/home/someone/Documents' };
  const choose = createChooseHandler({
    getWindow: () => window,
    indexUrl,
    chosen,
    ask: (purpose, suggestedName) => chooseFileFor(deps, purpose, suggestedName),
  });
  const callHandler = createCallHandler({
    dispatch: electronDispatchers(session, chosen).fromRenderer,
    getWindow: () => window,
    indexUrl,
  });
  return {
    asked,
    async choose(purpose: ChoosePurpose, suggestedName: string): Promise<ChosenFile> {
      const answer = await choose(event, purpose, suggestedName);
      if (!answer.ok || !answer.data[0]) throw new Error(`no file chosen: ${JSON.stringify(answer)}`);
      return answer.data[0];
    },
    async call<N extends OperationName>(name: N, input: InputOf<N>): Promise<unknown> {
      const result: WireResult<unknown> = await callHandler(event, name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.data;
    },
  };
}

async function finished(session: ProjectSession, jobId: string): Promise<JobStatus> {
  await session.jobs.wait(jobId);
  return call(session, 'jobs/status', { id: jobId });
}

describe('exports in the desktop app go straight to the file chosen in the save dialog', () => {
  it('writes the bytes the download had, at the chosen path named in the export language', async () => {
    const session = await exportFixture();
    const folder = makeTempDir('desktop-export');
    const app = desktop(session, folder);
    const inputs: InputOf<'exports/excerpts'>[] = [
      { format: 'csv', language: 'fr', groupBy: 'case', includeMemos: true },
      { format: 'md', language: 'fr' },
      { format: 'html', language: 'en' },
      { format: 'docx', language: 'fr', quoteMarks: true },
    ];
    for (const input of inputs) {
      // What the interface proposes (renderer/exports/saveToChosenFile.ts).
      const proposed = exportFileName('terrain', 'excerpts', input.language ?? 'en', input.format);
      const target = await app.choose('exportExcerpts', proposed);
      const { jobId } = (await app.call('exports/excerptsToFileJob', { ...input, out: target.handle })) as {
        jobId: string;
      };
      const status = await finished(session, jobId);
      const download = await call(session, 'exports/excerpts', input);
      const path = join(folder, download.fileName);
      expect(status).toMatchObject({ state: 'done', result: { fileName: download.fileName, path } });
      // Progress was reported: every excerpt, counted.
      expect(status.total).toBeGreaterThan(0);
      expect(status.done).toBe(status.total);
      const bytes = readFileSync(path);
      if (download.encoding === 'base64')
        expect(entries(bytes)).toEqual(entries(Buffer.from(download.content, 'base64')));
      else expect(bytes.toString('utf8')).toBe(download.content);
    }
    expect(app.asked.map((options) => basename(options.defaultPath ?? ''))).toEqual([
      'terrain-extraits.csv',
      'terrain-extraits.md',
      'terrain-excerpts.html',
      'terrain-extraits.docx',
    ]);

    const target = await app.choose('exportProject', 'terrain.qdpx');
    const { jobId } = (await app.call('exchange/exportProjectToFileJob', { out: target.handle })) as {
      jobId: string;
    };
    expect(await finished(session, jobId)).toMatchObject({
      state: 'done',
      result: { fileName: 'terrain.qdpx' },
    });
    const download = await call(session, 'exchange/exportProject', {});
    expect(entries(readFileSync(join(folder, 'terrain.qdpx')))).toEqual(
      entries(Buffer.from(download.content, 'base64')),
    );
    for (const input of [
      { format: 'md', language: 'fr' },
      { format: 'docx', language: 'en' },
    ] as const) {
      const proposed = exportFileName('terrain', 'codebook', input.language, input.format);
      const target = await app.choose('exportCodebook', proposed);
      const { jobId } = (await app.call('exports/codebookToFileJob', { ...input, out: target.handle })) as {
        jobId: string;
      };
      const status = await finished(session, jobId);
      const download = await call(session, 'exports/codebook', input);
      expect(status).toMatchObject({
        state: 'done',
        done: 1,
        total: 1,
        result: { fileName: download.fileName },
      });
      const bytes = readFileSync(join(folder, download.fileName));
      if (download.encoding === 'base64')
        expect(entries(bytes)).toEqual(entries(Buffer.from(download.content, 'base64')));
      else expect(bytes.toString('utf8')).toBe(download.content);
    }
    // The small exports (.qdc, matrix, summary grid) the same way: the save dialog, a job.
    const matrix = { matrix: { columns: 'documents', measure: 'count' }, format: 'csv' } as const;
    for (const [purpose, job, json, input] of [
      ['exportQdc', 'exchange/exportCodebookToFileJob', 'exchange/exportCodebook', {}],
      ['exportMatrix', 'exports/matrixToFileJob', 'exports/matrix', matrix],
      ['exportSummaries', 'summaries/exportToFileJob', 'summaries/export', { format: 'xlsx' }],
    ] as const) {
      const download = await call(session, json, input as never);
      const target = await app.choose(purpose, download.fileName);
      const { jobId } = (await app.call(job, { ...input, out: target.handle })) as { jobId: string };
      expect(await finished(session, jobId)).toMatchObject({
        state: 'done',
        result: { fileName: download.fileName, path: join(folder, download.fileName) },
      });
      const bytes = readFileSync(join(folder, download.fileName));
      if (download.encoding === 'base64')
        expect(entries(bytes)).toEqual(entries(Buffer.from(download.content, 'base64')));
      else expect(bytes.toString('utf8')).toBe(download.content);
    }
    // Nothing else beside the files: no temporary file left behind.
    expect(readdirSync(folder).sort()).toEqual(
      [
        'terrain-extraits.csv',
        'terrain-extraits.md',
        'terrain-excerpts.html',
        'terrain-extraits.docx',
        'terrain.qdpx',
        'terrain-grille-de-codes.md',
        'terrain-codebook.docx',
        'terrain-codebook.qdc',
        'matrix-documents-count.csv',
        'terrain-summary-grid.xlsx',
      ].sort(),
    );
    session.close();
  });

  it('a stopped export leaves no partial file and keeps the previous one', { timeout: 120_000 }, async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('desktop-cancel'), 'grand.verbatim') });
    fillLargeProject(session.db(), { documents: 20, words: 800, codes: 10, codings: 1000 });
    const folder = makeTempDir('desktop-cancelled');
    const previous = join(folder, 'grand-extraits.docx');
    writeFileSync(previous, 'the previous export');
    const app = desktop(session, folder);
    for (const [name, purpose, proposed, input] of [
      ['exports/excerptsToFileJob', 'exportExcerpts', 'grand-extraits.docx', { format: 'docx' }],
      ['exchange/exportProjectToFileJob', 'exportProject', 'grand.qdpx', {}],
    ] as const) {
      const target = await app.choose(purpose, proposed);
      const { jobId } = (await app.call(name, { ...input, out: target.handle } as InputOf<typeof name>)) as {
        jobId: string;
      };
      // Stopped as the user would (the dialog's Stop button): the worker sees it at its first step.
      await app.call('jobs/cancel', { id: jobId });
      expect(await finished(session, jobId)).toMatchObject({ state: 'cancelled' });
    }
    expect(readFileSync(previous, 'utf8')).toBe('the previous export');
    expect(readdirSync(folder)).toEqual(['grand-extraits.docx']);
    session.close();
  });
});
