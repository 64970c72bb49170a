import { EventEmitter } from 'node:events';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL } from './appProtocol.ts';
import { OPEN_LINK_CHANNEL } from './channels.ts';
import { createOpenLinkHandler, registerOpenLinkHandler } from './externalLinks.ts';

vi.mock('electron', () => ({}));

function world() {
  const clock = { now: 50_000 };
  const webContents = new EventEmitter();
  const window = { webContents, isDestroyed: () => false } as unknown as BrowserWindow;
  const openExternal = vi.fn();
  const handler = createOpenLinkHandler({
    getWindow: () => window,
    indexUrl: APP_INDEX_URL,
    openExternal,
    now: () => clock.now,
  });
  const event = (url = APP_INDEX_URL, sender: unknown = webContents) =>
    ({ sender, senderFrame: { url, parent: null } }) as unknown as IpcMainInvokeEvent;
  const click = () => webContents.emit('input-event', {}, { type: 'mouseDown' });
  return { clock, openExternal, handler, event, click };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the open-link channel', () => {
  it('opens a web link right after a real click in our window, once per click', () => {
    const { openExternal, handler, event, click } = world();
    expect(handler(event(), 'https://example.org/article')).toBe(false);
    click();
    expect(handler(event(), 'https://example.org/article')).toBe(true);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/article');
    expect(handler(event(), 'https://example.org/again')).toBe(false);
    expect(openExternal).toHaveBeenCalledOnce();
  });

  it('refuses a click that is too old', () => {
    const { clock, openExternal, handler, event, click } = world();
    handler(event(), 'https://example.org/');
    click();
    clock.now += 6_000;
    expect(handler(event(), 'https://example.org/')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses what is not a web address, even after a click', () => {
    const { openExternal, handler, event, click } = world();
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      42,
      null,
    ]) {
      click();
      expect(handler(event(), url), String(url)).toBe(false);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses other pages and other web contents', () => {
    const { openExternal, handler, event, click } = world();
    click();
    expect(handler(event('https://evil.example/'), 'https://example.org/')).toBe(false);
    expect(handler(event(APP_INDEX_URL, new EventEmitter()), 'https://example.org/')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('is registered on its own channel', () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    const { handler } = world();
    const remove = registerOpenLinkHandler(ipcMain, handler);
    expect(ipcMain.handle).toHaveBeenCalledWith(OPEN_LINK_CHANNEL, handler);
    remove();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(OPEN_LINK_CHANNEL);
  });
});
