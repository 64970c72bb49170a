import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy.ts';
import { makeTempDir } from '../../tests/support/tempDir.ts';
import { APP_INDEX_URL, createAppRequestHandler, registerAppScheme, serveApp } from './appProtocol.ts';

vi.mock('electron', () => ({}));

const root = makeTempDir('app-protocol');
const rendererDir = join(root, 'out', 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Verbatim</title>');
writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'export {};');
writeFileSync(join(root, 'secret.txt'), 'outside the interface');

const handle = createAppRequestHandler(rendererDir);
const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('is declared privileged as a standard, secure scheme that does not bypass the CSP', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    const [[schemes]] = registerSchemesAsPrivileged.mock.calls as [
      [{ scheme: string; privileges: object }[]],
    ];
    expect(schemes).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
    expect(schemes[0]?.privileges).not.toHaveProperty('bypassCSP');
  });

  it('is handled in the session by the file server of out/renderer', async () => {
    const handleScheme = vi.fn();
    serveApp({ handle: handleScheme }, rendererDir);
    expect(handleScheme).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = handleScheme.mock.calls[0]?.[1] as (request: Request) => Response;
    expect(await handler(new Request(APP_INDEX_URL)).text()).toContain('<title>Verbatim</title>');
  });

  it('serves the interface with its content type and the documented CSP', async () => {
    const index = get(APP_INDEX_URL);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const script = get('app://verbatim/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export {};');
  });

  it('never serves a file outside out/renderer', async () => {
    for (const url of [
      'app://verbatim/../secret.txt',
      'app://verbatim/%2e%2e/secret.txt',
      'app://verbatim/..%2fsecret.txt',
      'app://verbatim/..%5csecret.txt',
      'app://verbatim/assets/%2e%2e/%2e%2e/secret.txt',
      'app://verbatim/%00index.html',
    ]) {
      const response = get(url);
      expect(await response.text(), url).not.toContain('outside the interface');
    }
  });

  it('answers only GET and HEAD, and only for its own host', async () => {
    expect(get(APP_INDEX_URL, 'POST').status).toBe(405);
    expect(get('app://elsewhere/index.html').status).toBe(404);
    const head = get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
