import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy.ts';
import { readStaticFile } from '../web/staticFiles.ts';

/**
 * The window shows the interface from app://verbatim/, not file://. A file:// page shares its
 * origin with every file on the disk (a script in it could fetch ~/.ssh/… where file access is
 * granted) and header hooks do not always apply to it; app://verbatim is an origin of its own,
 * served only from out/renderer, and every response carries the CSP header.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'verbatim';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The only document allowed to call the backend. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs and a real origin; secure: a secure context (the clipboard API needs
 * one); supportFetchAPI + corsEnabled: module scripts load. Not bypassCSP: the policy applies.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/** Must run before the app is ready (Electron accepts it only then). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * Answers app://verbatim/<path> with the file at <path> inside `rendererDir`, confined there by
 * the same function the web shell uses (readStaticFile: no `..`, no encoded escape, unknown
 * paths get index.html). Reads only; another host under app:// gets nothing.
 */
export function createAppRequestHandler(rendererDir: string): (request: Request) => Response {
  return (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed.');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad address.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found.');
    const file = readStaticFile(rendererDir, url.pathname);
    if (!file) return plain(404, 'Not found. Build the interface first: npm run build:renderer');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** After ready: app:// serves out/renderer in this session. */
export function serveApp(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
