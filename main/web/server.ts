import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../../app/dispatch.ts';
import type { WireResult } from '../../app/errors.ts';
import type { Caller } from '../../app/operationAccess.ts';
import type { ProjectSession } from '../../app/session.ts';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy.ts';
import { isStreamedDownload, streamDownload } from './downloads.ts';
import { webCaller } from './projectFolder.ts';
import { MAX_REQUEST_BYTES, readBody, RequestTooLarge } from './requestBody.ts';
import { hostIsAllowed, originIsAllowed } from './security.ts';
import { exchangeToken, requestIsAuthorised } from './sessionCookie.ts';
import { readStaticFile } from './staticFiles.ts';

export interface WebServerOptions {
  readonly session: ProjectSession;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  /**
   * The folder the shell was started for (the opened project's, or `serve --dir`): the page
   * may create, open and merge only .verbatim files inside it (main/web/projectFolder.ts).
   */
  readonly projectDir: string;
  /** 0 or absent: a random free port. */
  readonly port?: number;
  readonly token?: string;
  /** Largest API request body, MAX_REQUEST_BYTES unless given (tests give a small one). */
  readonly maxRequestBytes?: number;
}

export interface RunningWebServer {
  /** The address to open, token included. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, result: WireResult<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

function refuse(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { ok: false, error: { code: 'INVALID_INPUT', message } });
}

interface ApiOptions {
  readonly session: ProjectSession;
  readonly token: string;
  readonly port: number;
  readonly maxRequestBytes: number;
  readonly caller: Caller;
}

/** No input: the request was refused (and answered). */
const REFUSED = Symbol('refused');

function refused(response: ServerResponse, status: number, message: string): typeof REFUSED {
  refuse(response, status, message);
  return REFUSED;
}

/** The JSON input of an authorised POST (session cookie or token), or REFUSED once answered. */
async function authorisedInput(
  request: IncomingMessage,
  response: ServerResponse,
  options: ApiOptions,
): Promise<unknown> {
  if (request.method !== 'POST') return refused(response, 405, 'API calls use POST.');
  if (!requestIsAuthorised(request, options.token, options.port))
    return refused(response, 401, 'Missing or wrong access token.');
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return refused(response, 415, 'API calls send JSON.');
  }
  try {
    const body = await readBody(request, options.maxRequestBytes);
    return body.length === 0 ? {} : JSON.parse(body);
  } catch (error) {
    if (error instanceof RequestTooLarge) return refused(response, 413, error.message);
    return refused(response, 400, 'The request body is not valid JSON.');
  }
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
  options: ApiOptions,
): Promise<void> {
  const input = await authorisedInput(request, response, options);
  if (input === REFUSED) return;
  sendJson(response, 200, await dispatch(options.session, name, input, options.caller));
}

/**
 * `/download/<operation>`: the export that operation returns, streamed as a file download
 * (main/web/downloads.ts) instead of base64 in JSON; same input, same checks as /api.
 */
async function handleDownload(
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
  options: ApiOptions,
): Promise<void> {
  if (!isStreamedDownload(name)) return refuse(response, 404, `There is no download named ${name}.`);
  const input = await authorisedInput(request, response, options);
  if (input === REFUSED) return;
  await streamDownload(
    options.session,
    name,
    input,
    response,
    (status, result) => sendJson(response, status, result),
    { caller: options.caller },
  );
}

/**
 * `/?token=…` (the printed address): sets the session cookie and redirects to the same page
 * without the token (main/web/sessionCookie.ts). True when it answered the request.
 */
function tradeTokenForCookie(response: ServerResponse, url: URL, token: string, port: number): boolean {
  const exchange = exchangeToken(url, token, port);
  if (exchange.kind === 'none') return false;
  if (exchange.kind === 'refused') {
    response.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(
      'This address carries a wrong or outdated access token. Open the address that `verbatim serve` printed.',
    );
    return true;
  }
  response.writeHead(303, {
    Location: exchange.location,
    'Set-Cookie': exchange.cookie,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  response.end();
  return true;
}

/**
 * The web shell: the same handlers as the Electron window, over HTTP on 127.0.0.1 only,
 * with a random per-launch token. Used by `verbatim serve`, the start fallback and the
 * end-to-end tests.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const caller = webCaller(options.projectDir);
  options.session.shellFolder = caller.folder;
  let port = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!hostIsAllowed(request, port)) return refuse(response, 403, 'Unexpected Host header.');
    if (!originIsAllowed(request, port)) return refuse(response, 403, 'Cross-origin requests are refused.');
    const route = url.pathname.startsWith('/api/')
      ? { handle: handleApi, name: url.pathname.slice('/api/'.length) }
      : url.pathname.startsWith('/download/')
        ? { handle: handleDownload, name: url.pathname.slice('/download/'.length) }
        : null;
    if (route) {
      route
        .handle(request, response, route.name, {
          session: options.session,
          token,
          port,
          maxRequestBytes: options.maxRequestBytes ?? MAX_REQUEST_BYTES,
          caller,
        })
        .catch((error: unknown) => {
          console.error('[verbatim] web shell error:', error);
          if (!response.headersSent) refuse(response, 500, 'Internal error.');
          else response.destroy();
        });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(response, 405, 'Method not allowed.');
    if (tradeTokenForCookie(response, url, token, port)) return;
    const file = readStaticFile(options.staticDir, url.pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found. Build the interface first: npm run build:renderer');
      return;
    }
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
