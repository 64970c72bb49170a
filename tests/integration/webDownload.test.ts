import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../app/contract/api.ts';
import type { ProjectSession } from '../../app/session.ts';
import { AppError } from '../../app/errors.ts';
import { CLI_CALLER } from '../../app/operationAccess.ts';
import { streamToFile } from '../../app/exports/stream/byteSink.ts';
import { attachmentHeader, streamDownload, type RunExport } from '../../main/web/downloads.ts';
import { startWebServer, type RunningWebServer } from '../../main/web/server.ts';
import { fileNameOf } from '../../renderer/analysis/download.ts';
import { fillLargeProject } from '../bench/largeProject.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { zipEntriesAsText } from '../support/zipEntries.ts';

interface Download {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly chunks: readonly Buffer[];
  readonly body: Buffer;
}

let server: RunningWebServer;
let session: ProjectSession;
const dir = makeTempDir('web-download');

function post(path: string, input: unknown, headers: Record<string, string> = {}): Promise<Download> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Verbatim-Token': server.token, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, chunks, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

/** The private folders the downloads wrote to before streaming them (none since they stream). */
function downloadFolders(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('verbatim-download-'));
}

/** A request whose connection is cut before the end: what the client saw. */
function postUntilCut(
  url: string,
  input: unknown,
): Promise<{ status: number; received: number; cut: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      let received = 0;
      res.on('data', (chunk: Buffer) => (received += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, received, cut: false }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, received, cut: true }));
      res.on('aborted', () => resolve({ status: res.statusCode ?? 0, received, cut: true }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

/** A server that answers every request with `streamDownload` run by `run` (an export that fails). */
async function serverWith(run: RunExport): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    void streamDownload(
      session,
      'exports/excerpts',
      {},
      res,
      (status, result) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(result));
      },
      { caller: CLI_CALLER, run },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An export that writes `bytes` to its `out` (the response), then fails. */
function failingAfter(bytes: number): RunExport {
  return (_session, _name, input) => {
    const { out } = input as { out: string };
    try {
      streamToFile(out, { fileName: 'x.csv', mimeType: 'text/csv' }, (sink) => {
        sink.write(Buffer.alloc(bytes, 0x61));
        throw new AppError('DISK_ERROR', 'The disk failed half-way.');
      });
    } catch (error) {
      return Promise.resolve({ ok: false, error: { code: 'DISK_ERROR', message: (error as Error).message } });
    }
    return Promise.resolve({ ok: true, data: null });
  };
}

beforeAll(async () => {
  session = testSession();
  await call(session, 'project/create', { path: join(dir, 'Entretiens été.verbatim') });
  // Enough excerpts for a CSV of several hundred kilobytes: more than one chunk on the wire.
  fillLargeProject(session.db(), { documents: 4, words: 3000, codes: 6, codings: 3000 });
  server = await startWebServer({ session, staticDir: join(dir, 'static'), projectDir: dir });
});
afterAll(async () => {
  await server.close();
  session.close();
});

describe('web shell downloads (/download/<operation>)', () => {
  it('streams the excerpts file in chunks, named in Content-Disposition, not base64 in JSON', async () => {
    const before = downloadFolders();
    const input: InputOf<'exports/excerpts'> = {
      format: 'csv',
      language: 'fr',
      citation: ['document', 'speaker'],
    };
    const download = await post('/download/exports/excerpts', input);
    const inJson = await call(session, 'exports/excerpts', input);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('text/csv');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="${inJson.fileName.normalize('NFD').replace(/[^\x20-\x7e]/gu, '')}"; filename*=UTF-8''${encodeURIComponent(inJson.fileName)}`,
    );
    expect(inJson.fileName).toContain('été');
    // The same bytes as the file the JSON answer carries, sent as several chunks as they
    // are made (no length known ahead), with no temporary file on the way.
    expect(download.body.toString('utf8')).toBe(inJson.content);
    expect(download.chunks.length).toBeGreaterThan(1);
    expect(download.headers['transfer-encoding']).toBe('chunked');
    expect(downloadFolders()).toEqual(before);
  });

  it('sends the same bytes as the export written to a file (from the worker of a large project)', async () => {
    const input: InputOf<'exports/excerpts'> = { format: 'csv', language: 'en', groupBy: 'document' };
    const out = join(dir, 'same.csv');
    const written = await call(session, 'exports/excerptsToFile', { ...input, out });
    const download = await post('/download/exports/excerpts', input);
    expect(download.status).toBe(200);
    expect(download.body.length).toBe(written.bytes);
    expect(download.body.equals(readFileSync(out))).toBe(true);
    expect(download.body.length).toBeGreaterThan(256 * 1024);
  });

  it('cuts the connection of an export that fails after its first bytes, and answers one that fails before', async () => {
    const after = await serverWith(failingAfter(300 * 1024));
    try {
      const seen = await postUntilCut(after.url, {});
      // Headers and some bytes went out: the browser must not take the rest as complete.
      expect(seen.status).toBe(200);
      expect(seen.received).toBeGreaterThan(0);
      expect(seen.cut).toBe(true);
    } finally {
      await after.close();
    }
    const before = await serverWith(failingAfter(10));
    try {
      const seen = await postUntilCut(before.url, {});
      expect(seen).toMatchObject({ status: 422, cut: false });
    } finally {
      await before.close();
    }
  });

  it('streams the .qdpx of the project', async () => {
    const download = await post('/download/exchange/exportProject', {});
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(download.headers['content-disposition']).toMatch(/filename\*=UTF-8''.*\.qdpx$/u);
    expect(download.body.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it('sends the small exports (codebook, .qdc, matrix, summary grid) as downloads, not in JSON', async () => {
    const cases = [
      ['exports/codebook', { format: 'docx', language: 'fr' }],
      ['exports/codebook', { format: 'csv' }],
      ['exchange/exportCodebook', {}],
      ['exports/matrix', { matrix: { columns: 'documents', measure: 'count' }, format: 'xlsx' }],
      [
        'exports/matrix',
        { matrix: { columns: 'documents', measure: 'count' }, format: 'csv', percent: 'row' },
      ],
      ['summaries/export', { format: 'xlsx' }],
    ] as const;
    for (const [name, input] of cases) {
      const download = await post(`/download/${name}`, input);
      const inJson = await call(session, name, input as never);
      expect(download.status, name).toBe(200);
      expect(download.headers['content-type'], name).toBe(inJson.mimeType);
      expect(fileNameOf(String(download.headers['content-disposition']), ''), name).toBe(inJson.fileName);
      const bytes = Buffer.from(inJson.content, inJson.encoding === 'base64' ? 'base64' : 'utf8');
      // A .docx or .xlsx carries the time it was made: its entries, that time aside, must agree.
      if (inJson.encoding === 'base64')
        expect(zipEntriesAsText(download.body), name).toEqual(zipEntriesAsText(bytes));
      else expect(download.body.equals(bytes), name).toBe(true);
    }
    const failed = await post('/download/exports/matrix', {
      matrix: { columns: 'documents', measure: 'presence' },
      format: 'csv',
      percent: 'row',
    });
    expect(failed.status).toBe(422);
  });

  it('writes nowhere the page names: an `out` it sends is ignored', async () => {
    const elsewhere = join(dir, 'chosen-by-the-page.csv');
    const download = await post('/download/exports/excerpts', { format: 'csv', out: elsewhere });
    expect(download.status).toBe(200);
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('refuses a request without the session cookie or token, and an unknown download', async () => {
    const refused = await post(
      '/download/exports/excerpts',
      { format: 'csv' },
      { 'X-Verbatim-Token': 'wrong' },
    );
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body.toString('utf8'))).toMatchObject({ ok: false });
    const unknown = await post('/download/exports/excerptText', { codingId: 1 });
    expect(unknown.status).toBe(404);
  });

  it('answers a failed export as the API does, in JSON', async () => {
    const failed = await post('/download/exports/excerpts', { format: 'csv', citation: ['attr:Nope'] });
    expect(failed.status).toBe(422);
    expect(JSON.parse(failed.body.toString('utf8'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('names the file so that the page reads the name back, accents kept', () => {
    for (const name of ['Entretiens-été-extraits.csv', 'study.qdpx', "l'enquête (2024) « été ».docx"]) {
      expect(fileNameOf(attachmentHeader(name), 'export')).toBe(name);
    }
    expect(fileNameOf('attachment; filename="study.csv"', 'export')).toBe('study.csv');
    expect(fileNameOf(null, 'export')).toBe('export');
  });
});
