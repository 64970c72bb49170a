import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type RunningWebServer } from '../../main/web/server.ts';
import { testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

let server: RunningWebServer;
const dir = makeTempDir('web');
const staticDir = join(dir, 'static');
writeFileSync(join(dir, 'secret.txt'), 'outside the static folder');

interface RawResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP request, so that Host and Origin can be forged as an attacker would. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiHeaders = (extra: Record<string, string> = {}) => ({
  'Content-Type': 'application/json',
  'X-Verbatim-Token': server.token,
  ...extra,
});

beforeAll(async () => {
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Verbatim</title>');
  server = await startWebServer({ session: testSession(), staticDir, projectDir: dir });
});
afterAll(async () => server.close());

describe('web shell server', () => {
  it('listens on 127.0.0.1 with a token in the address it prints', () => {
    expect(server.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{20,}$`, 'u'),
    );
  });

  it('answers API calls with the wire format', async () => {
    const path = join(dir, 'web.verbatim');
    const created = await send('/api/project/create', {
      method: 'POST',
      headers: apiHeaders(),
      body: JSON.stringify({ path }),
    });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, data: { path, documentCount: 0 } });
    const failed = await send('/api/documents/get', {
      method: 'POST',
      headers: apiHeaders(),
      body: JSON.stringify({ id: 5 }),
    });
    expect(JSON.parse(failed.body)).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'There is no document with id 5 in this project.',
        // The interface translates the message by its key (issue 14, trap 8).
        key: 'documentNotFound',
        params: { id: 5 },
      },
    });
  });

  it('refuses calls without the token, from another origin, or to another host name', async () => {
    const body = '{}';
    expect(
      (
        await send('/api/codes/list', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await send('/api/codes/list', {
          method: 'POST',
          headers: apiHeaders({ 'X-Verbatim-Token': 'wrong' }),
          body,
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await send('/api/codes/list', {
          method: 'POST',
          headers: apiHeaders({ Origin: 'http://evil.example' }),
          body,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await send('/api/codes/list', {
          method: 'POST',
          headers: apiHeaders({ Host: `evil.example:${server.port}` }),
          body,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await send('/api/codes/list', {
          method: 'POST',
          headers: apiHeaders({ 'Content-Type': 'text/plain' }),
          body,
        })
      ).status,
    ).toBe(415);
    expect((await send('/api/codes/list', { method: 'GET', headers: apiHeaders() })).status).toBe(405);
    expect(
      (await send('/api/codes/list', { method: 'POST', headers: apiHeaders(), body: '{not json' })).status,
    ).toBe(400);
  });

  it('serves the interface with a CSP and never a file outside it', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/static/../../secret.txt',
    ]) {
      const response = await send(path);
      expect(response.body).not.toContain('outside the static folder');
    }
  });
});
