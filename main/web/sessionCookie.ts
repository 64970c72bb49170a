import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The web shell's token travels once in the printed address (`/?token=…`). The server trades
 * it for a cookie and redirects to the same address without it, so the token does not stay
 * in the address bar, the history, bookmarks or screenshots, and page script never sees it:
 * - HttpOnly: `document.cookie` does not show it, so an injected script cannot read it;
 * - SameSite=Strict: the browser never attaches it to a request started by another site;
 * - the port is in its name: cookies ignore ports, so two shells on 127.0.0.1 (two projects
 *   served at once) would otherwise overwrite each other's.
 * Scripts and tests that are not a browser keep sending the X-Verbatim-Token header.
 */
export function sessionCookieName(port: number): string {
  return `verbatim_session_${port}`;
}

export function sessionCookie(token: string, port: number): string {
  return `${sessionCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined || given === '') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/** An API call is authorised by the session cookie (the browser) or the token header (scripts). */
export function requestIsAuthorised(request: IncomingMessage, token: string, port: number): boolean {
  const header = request.headers['x-verbatim-token'];
  return (
    sameSecret(typeof header === 'string' ? header : undefined, token) ||
    sameSecret(cookieValue(request, sessionCookieName(port)), token)
  );
}

export type TokenExchange =
  | { readonly kind: 'none' }
  | { readonly kind: 'accepted'; readonly location: string; readonly cookie: string }
  | { readonly kind: 'refused' };

/**
 * A page request whose address carries `token`: the right token becomes the cookie and a 303
 * to the same address without it; a wrong one is refused rather than silently ignored (the
 * interface would load and then fail every call).
 */
export function exchangeToken(url: URL, token: string, port: number): TokenExchange {
  const given = url.searchParams.get('token');
  if (given === null) return { kind: 'none' };
  if (!sameSecret(given, token)) return { kind: 'refused' };
  const clean = new URL(url.href);
  clean.searchParams.delete('token');
  return {
    kind: 'accepted',
    location: `${clean.pathname}${clean.search}${clean.hash}`,
    cookie: sessionCookie(token, port),
  };
}
