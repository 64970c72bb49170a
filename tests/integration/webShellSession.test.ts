import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/contentSecurityPolicy.ts';
import { startWebServer, type RunningWebServer } from '../../main/web/server.ts';
import { sendRaw } from '../support/rawHttp.ts';
import { testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const LIMIT = 4096;
let server: RunningWebServer;
const dir = makeTempDir('web-session');

beforeAll(async () => {
  const staticDir = join(dir, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Verbatim</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'export {};');
  server = await startWebServer({
    session: testSession(),
    staticDir,
    projectDir: dir,
    maxRequestBytes: LIMIT,
  });
});
afterAll(async () => server.close());

const cookieName = () => `verbatim_session_${server.port}`;
const json = { 'Content-Type': 'application/json' };

describe('the web shell trades the address token for a cookie', () => {
  it('answers the printed address with a 303 to the same page without the token, setting an HttpOnly SameSite=Strict cookie', async () => {
    const response = await sendRaw(server.port, `/?token=${server.token}`);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
    const [cookie = ''] = response.headers['set-cookie'] ?? [];
    const [pair, ...attributes] = cookie.split(';').map((part) => part.trim());
    expect(pair).toBe(`${cookieName()}=${server.token}`);
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/']));
    expect(response.headers['cache-control']).toBe('no-store');
    // The page itself never carries the token.
    const page = await sendRaw(server.port, '/');
    expect(page.body).not.toContain(server.token);
  });

  it('keeps other query parameters and drops only the token', async () => {
    const response = await sendRaw(server.port, `/?lang=fr&token=${server.token}`);
    expect(response.headers.location).toBe('/?lang=fr');
  });

  it('refuses a wrong token in the address, without a cookie', async () => {
    const response = await sendRaw(server.port, '/?token=not-the-token');
    expect(response.status).toBe(401);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.body).toContain('verbatim serve');
  });

  it('accepts API calls that carry the cookie, and refuses a wrong cookie or another port’s', async () => {
    const ok = await sendRaw(server.port, '/api/project/current', {
      method: 'POST',
      headers: { ...json, Cookie: `other=1; ${cookieName()}=${server.token}` },
      body: '{}',
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true });
    for (const cookie of [
      `${cookieName()}=wrong`,
      `verbatim_session_${server.port + 1}=${server.token}`,
      `${cookieName()}=`,
    ]) {
      const refused = await sendRaw(server.port, '/api/project/current', {
        method: 'POST',
        headers: { ...json, Cookie: cookie },
        body: '{}',
      });
      expect(refused.status, cookie).toBe(401);
    }
  });

  it('still accepts the X-Verbatim-Token header from programs that are not a browser', async () => {
    const ok = await sendRaw(server.port, '/api/project/current', {
      method: 'POST',
      headers: { ...json, 'X-Verbatim-Token': server.token },
      body: '{}',
    });
    expect(ok.status).toBe(200);
  });
});

describe('an oversize request body', () => {
  const auth = () => ({ ...json, 'X-Verbatim-Token': server.token });
  const big = JSON.stringify({ files: [{ name: 'big.txt', base64: 'A'.repeat(LIMIT * 4) }] });

  it('gets a 413 with a message the interface shows, whether its size is declared or not', async () => {
    const declared = await sendRaw(server.port, '/api/documents/importFiles', {
      method: 'POST',
      headers: auth(),
      body: big,
    });
    const chunks = Array.from({ length: 8 }, (_, index) => big.slice(index * LIMIT, (index + 1) * LIMIT));
    const chunked = await sendRaw(server.port, '/api/documents/importFiles', {
      method: 'POST',
      headers: auth(),
      body: chunks,
    });
    for (const response of [declared, chunked]) {
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body)).toEqual({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message:
            'The request is too large: the web shell accepts at most 4 KB at a time. Import fewer or smaller files at once, or use the desktop app or `verbatim import`.',
        },
      });
    }
    // The shell keeps answering afterwards.
    const after = await sendRaw(server.port, '/api/project/current', {
      method: 'POST',
      headers: auth(),
      body: '{}',
    });
    expect(after.status).toBe(200);
  });
});

describe('the pages the web shell serves', () => {
  it('carry the documented Content-Security-Policy', async () => {
    for (const path of ['/', '/assets/app.js']) {
      const response = await sendRaw(server.port, path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
