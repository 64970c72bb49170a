import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy.ts';
import { APP_INDEX_URL } from './appProtocol.ts';
import {
  afterUserGesture,
  handleNavigation,
  handleWindowOpen,
  hardenSession,
  hardenWebContents,
  isAppDocumentUrl,
  isSafeExternalUrl,
} from './security.ts';

vi.mock('electron', () => ({}));

const indexUrl = APP_INDEX_URL;
/** What the window loaded before app://: the comparison still holds for file: URLs. */
const fileIndexUrl = 'file:///home/ana/My%20Apps/verbatim/out/renderer/index.html';

function preventable() {
  return { preventDefault: vi.fn() };
}

describe('isAppDocumentUrl', () => {
  it('accepts the index document, with any query or fragment', () => {
    expect(isAppDocumentUrl(fileIndexUrl, fileIndexUrl)).toBe(true);
    expect(isAppDocumentUrl(`${fileIndexUrl}#/codes`, fileIndexUrl)).toBe(true);
    expect(isAppDocumentUrl(`${fileIndexUrl}?x=1`, fileIndexUrl)).toBe(true);
    // Same path, spelled with a literal space instead of %20.
    expect(isAppDocumentUrl('file:///home/ana/My Apps/verbatim/out/renderer/index.html', fileIndexUrl)).toBe(
      true,
    );
  });

  it('refuses other files, other schemes and garbage', () => {
    for (const url of [
      'file:///home/ana/My%20Apps/verbatim/out/renderer/evil.html',
      'file:///home/ana/Downloads/index.html',
      'file://remote-host/home/ana/My%20Apps/verbatim/out/renderer/index.html',
      'https://example.org/out/renderer/index.html',
      'http://127.0.0.1:5173/',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppDocumentUrl(url, fileIndexUrl), url).toBe(false);
    }
  });

  it('accepts the app:// index and refuses every other document', () => {
    expect(isAppDocumentUrl('app://verbatim/index.html#/codes', indexUrl)).toBe(true);
    for (const url of [
      'app://verbatim/other.html',
      'app://evil/index.html',
      'file:///index.html',
      'https://verbatim/index.html',
    ])
      expect(isAppDocumentUrl(url, indexUrl), url).toBe(false);
  });

  it('compares Windows paths case-insensitively only on Windows', () => {
    const windowsIndex = 'file:///C:/Program%20Files/Verbatim/resources/app.asar/out/renderer/index.html';
    const lowerDrive = 'file:///c:/Program%20Files/Verbatim/resources/app.asar/out/renderer/index.html';
    expect(isAppDocumentUrl(lowerDrive, windowsIndex, 'win32')).toBe(true);
    expect(isAppDocumentUrl(lowerDrive, windowsIndex, 'linux')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('allows plain web links', () => {
    expect(isSafeExternalUrl('https://www.refi-qda.org/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/a?b=c')).toBe(true);
  });

  it('refuses schemes that run or open local things, and credentials in URLs', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'vbscript:msgbox',
      'data:text/html,hi',
      'https://user:pass@example.org/',
      'https://user@example.org/',
      'http://',
      'nonsense',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('window.open', () => {
  it('always denies a new Electron window', () => {
    const openExternal = vi.fn();
    expect(handleWindowOpen({ url: 'https://example.org/' }, openExternal)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'file:///etc/passwd' }, openExternal)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: indexUrl }, openExternal)).toEqual({ action: 'deny' });
  });

  it('hands validated web links to the system browser, nothing else', () => {
    const openExternal = vi.fn();
    handleWindowOpen({ url: 'https://example.org/' }, openExternal);
    handleWindowOpen({ url: 'file:///etc/passwd' }, openExternal);
    handleWindowOpen({ url: 'javascript:alert(1)' }, openExternal);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/');
  });
});

describe('navigation', () => {
  it('lets the app document reload or change its fragment', () => {
    const event = preventable();
    const openExternal = vi.fn();
    handleNavigation(event, `${indexUrl}#/documents`, indexUrl, openExternal);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation elsewhere and opens web links in the browser instead', () => {
    const openExternal = vi.fn();
    const web = preventable();
    handleNavigation(web, 'https://example.org/paper', indexUrl, openExternal);
    expect(web.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/paper');

    const local = preventable();
    handleNavigation(local, 'file:///home/ana/Downloads/trap.html', indexUrl, openExternal);
    expect(local.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledOnce();
  });
});

describe('hardenWebContents', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    let windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = Object.assign(emitter, {
      setWindowOpenHandler: (handler: typeof windowOpenHandler) => {
        windowOpenHandler = handler;
      },
    });
    return { contents, openWindow: (url: string) => windowOpenHandler?.({ url }) };
  }

  it('installs the window-open handler and blocks will-navigate, will-redirect and webviews', () => {
    const { contents, openWindow } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as unknown as WebContents, indexUrl, openExternal);

    expect(openWindow('https://example.org/')).toEqual({ action: 'deny' });
    // No click came before: a script opened it, so nothing reaches the browser.
    expect(openExternal).not.toHaveBeenCalled();
    contents.emit('input-event', {}, { type: 'mouseDown' });
    expect(openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/');
    // One click, one link.
    openWindow('https://example.org/second');
    expect(openExternal).toHaveBeenCalledOnce();

    for (const name of ['will-navigate', 'will-redirect']) {
      const blocked = preventable();
      contents.emit(name, blocked, 'https://evil.example/');
      expect(blocked.preventDefault, name).toHaveBeenCalledOnce();
      const allowed = preventable();
      contents.emit(name, allowed, indexUrl);
      expect(allowed.preventDefault, name).not.toHaveBeenCalled();
    }

    const webview = preventable();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('afterUserGesture', () => {
  function contentsAt(clock: { now: number }) {
    const contents = new EventEmitter();
    const openExternal = vi.fn();
    const open = afterUserGesture(contents as unknown as WebContents, openExternal, () => clock.now);
    const input = (type: string) => contents.emit('input-event', {}, { type });
    return { open, openExternal, input };
  }

  it('opens a link only within five seconds of a click or key press, once', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const clock = { now: 1_000_000 };
    const { open, openExternal, input } = contentsAt(clock);
    open('https://example.org/never');
    input('mouseMove');
    input('mouseWheel');
    open('https://example.org/moved');
    expect(openExternal).not.toHaveBeenCalled();

    input('keyDown');
    clock.now += 4_000;
    open('https://example.org/typed');
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/typed');

    input('mouseDown');
    clock.now += 5_001;
    open('https://example.org/late');
    expect(openExternal).toHaveBeenCalledOnce();
  });
});

describe('hardenSession', () => {
  type PermissionRequest = (
    contents: { getURL(): string },
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl: string },
  ) => void;
  type PermissionCheck = (
    contents: unknown,
    permission: string,
    origin: string,
    details: { requestingUrl?: string },
  ) => boolean;
  type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
  type HeadersReceived = (
    details: { responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
  ) => void;

  function install() {
    const handlers: {
      request?: PermissionRequest;
      check?: PermissionCheck;
      beforeRequest?: BeforeRequest;
      headers?: HeadersReceived;
    } = {};
    const session = {
      setPermissionRequestHandler: (handler: PermissionRequest) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: PermissionCheck) => (handlers.check = handler),
      webRequest: {
        onBeforeRequest: (handler: BeforeRequest) => (handlers.beforeRequest = handler),
        onHeadersReceived: (handler: HeadersReceived) => (handlers.headers = handler),
      },
    };
    hardenSession(session as unknown as Session, indexUrl);
    return handlers;
  }

  function requestPermission(handlers: ReturnType<typeof install>, permission: string, url: string): boolean {
    let granted: boolean | undefined;
    handlers.request?.({ getURL: () => url }, permission, (value) => (granted = value), {
      requestingUrl: url,
    });
    if (granted === undefined) throw new Error('the permission callback was not called');
    return granted;
  }

  it('denies every permission request (camera, notifications, geolocation...)', () => {
    const handlers = install();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fullscreen',
      'midi',
      'hid',
      'serial',
    ]) {
      expect(requestPermission(handlers, permission, indexUrl), permission).toBe(false);
      expect(handlers.check?.({}, permission, 'file:///', { requestingUrl: indexUrl }), permission).toBe(
        false,
      );
    }
  });

  it('allows clipboard writes from the app document only', () => {
    const handlers = install();
    expect(requestPermission(handlers, 'clipboard-sanitized-write', indexUrl)).toBe(true);
    expect(requestPermission(handlers, 'clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(requestPermission(handlers, 'clipboard-read', indexUrl)).toBe(false);
  });

  it('cancels any request that would leave the machine', () => {
    const handlers = install();
    const cancelled = (url: string): boolean | undefined => {
      let response: { cancel?: boolean } | undefined;
      handlers.beforeRequest?.({ url }, (value) => (response = value));
      return response?.cancel;
    };
    expect(cancelled(indexUrl)).toBe(false);
    expect(cancelled('app://verbatim/assets/index-abc.js')).toBe(false);
    // Not the disk, not another app:// host.
    expect(cancelled('file:///home/ana/.ssh/id_rsa')).toBe(true);
    expect(cancelled('app://elsewhere/index.html')).toBe(true);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/api/project/open')).toBe(true);
    expect(cancelled('wss://example.org/socket')).toBe(true);
  });

  it('adds the Content-Security-Policy header, keeping the other headers', () => {
    const handlers = install();
    let headers: Record<string, string[]> | undefined;
    handlers.headers?.(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers?.['Content-Type']).toEqual(['text/html']);
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows no inline or evaluated script and no remote origin', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/u);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/u);
  });
});
