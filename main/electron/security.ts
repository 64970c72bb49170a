import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy.ts';
import type { Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';

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
 * Whether `url` is the app's own index document (query and fragment ignored, so hash
 * routing stays possible). Windows paths compare case-insensitively because Chromium and
 * Node may spell the drive letter differently.
 */
export function isAppDocumentUrl(
  url: string,
  indexUrl: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  const candidate = parse(url);
  const index = parse(indexUrl);
  if (!candidate || !index || candidate.protocol !== 'file:' || index.protocol !== 'file:') return false;
  if (candidate.host !== index.host) return false;
  const a = decodedPath(candidate);
  const b = decodedPath(index);
  if (a === null || b === null) return false;
  return platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
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

/** Requests the renderer may make: its own files, in-memory data, the dev tools. */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return ['file:', 'data:', 'blob:', 'devtools:'].includes(parsed.protocol);
}

/**
 * Permissions a page can ask for. Verbatim needs none except writing plain text to the
 * clipboard ("copy excerpt"), and only from its own document.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string, indexUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppDocumentUrl(requestingUrl, indexUrl);
}

/** Applies the navigation rules to any web contents the app creates. */
export function hardenWebContents(contents: WebContents, indexUrl: string, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openExternal));
  contents.on('will-navigate', (event, url) => handleNavigation(event, url, indexUrl, openExternal));
  contents.on('will-redirect', (event, url) => handleNavigation(event, url, indexUrl, openExternal));
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
