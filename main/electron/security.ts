import type { Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy.ts';
import { APP_HOST, APP_SCHEME } from './appProtocol.ts';
import { gesturesOf } from './userGesture.ts';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is the app's own index document: same scheme, host and path as `indexUrl`
 * (app://verbatim/index.html; query and fragment ignored, so hash routing stays possible).
 * file: URLs are compared too (case-insensitively on Windows, where Chromium and Node may
 * spell the drive letter differently), but the window no longer loads from file:.
 */
export function isAppDocumentUrl(
  url: string,
  indexUrl: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  const candidate = parse(url);
  const index = parse(indexUrl);
  if (!candidate || !index || candidate.protocol !== index.protocol) return false;
  if (index.protocol !== 'file:' && index.protocol !== `${APP_SCHEME}:`) return false;
  if (candidate.host !== index.host) return false;
  const a = decodedPath(candidate);
  const b = decodedPath(index);
  if (a === null || b === null) return false;
  return platform === 'win32' && index.protocol === 'file:' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/**
 * Links the app may hand to the system browser: plain http(s) with a host and without
 * embedded credentials. Everything else (file:, javascript:, custom schemes that launch
 * other programs, smb: shares...) is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

export type OpenExternal = (url: string) => void;

/** setWindowOpenHandler: never a new Electron window; safe links go to the browser. */
export function handleWindowOpen(
  details: Pick<HandlerDetails, 'url'>,
  openExternal: OpenExternal,
): WindowOpenHandlerResponse {
  if (isSafeExternalUrl(details.url)) openExternal(details.url);
  return { action: 'deny' };
}

/**
 * will-navigate / will-redirect: the window only ever shows the app's own document. A
 * clicked web link is opened in the system browser instead of replacing the app.
 */
export function handleNavigation(
  event: Pick<Event, 'preventDefault'>,
  url: string,
  indexUrl: string,
  openExternal: OpenExternal,
): void {
  if (isAppDocumentUrl(url, indexUrl)) return;
  event.preventDefault();
  if (isSafeExternalUrl(url)) openExternal(url);
}

/**
 * Requests the renderer may make: its own files (app://verbatim only, not file:, so no page
 * can read the disk), in-memory data, the dev tools.
 */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  return ['data:', 'blob:', 'devtools:'].includes(parsed.protocol);
}

/**
 * Permissions a page can ask for. Verbatim needs none except writing plain text to the
 * clipboard ("copy excerpt"), and only from its own document.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, indexUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppDocumentUrl(requestingUrl, indexUrl);
}

/**
 * `openExternal` for links followed in `contents`: only right after the user clicked or pressed
 * a key there (userGesture.ts), one link per gesture. A script that opens windows or navigates
 * on its own gets nothing.
 */
export function afterUserGesture(
  contents: Pick<WebContents, 'on'>,
  openExternal: OpenExternal,
  now?: () => number,
): OpenExternal {
  const gestures = gesturesOf(contents, now);
  return (url) => {
    if (gestures.consume()) openExternal(url);
    else console.warn('[verbatim] a link was not opened: no click or key press came just before it.');
  };
}

/** Applies the navigation rules to any web contents the app creates. */
export function hardenWebContents(contents: WebContents, indexUrl: string, openExternal: OpenExternal): void {
  const openClicked = afterUserGesture(contents, openExternal);
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openClicked));
  contents.on('will-navigate', (event, url) => handleNavigation(event, url, indexUrl, openClicked));
  contents.on('will-redirect', (event, url) => handleNavigation(event, url, indexUrl, openClicked));
  // <webview> is disabled in webPreferences; refusing attachment guards against a change there.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Session-wide guards: deny every permission request and check, refuse any request that
 * would leave the machine (the app is offline by design, so a request to the network can
 * only be a bug or an injection), and send the CSP as a header on top of the meta tag.
 */
export function hardenSession(session: Session, indexUrl: string): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl || webContents.getURL(), indexUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, indexUrl),
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}
