import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WireResult } from '../../app/errors.ts';
import { CALL_CHANNEL } from './channels.ts';
import { createCallHandler, registerCallHandler, type Dispatcher } from './ipc.ts';

// ipc.ts only needs Electron's types; the mock makes sure no test reaches the real module.
vi.mock('electron', () => ({}));

const indexUrl = 'file:///opt/Verbatim/resources/app.asar/out/renderer/index.html';

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

function fakeWindow(options: { destroyed?: boolean } = {}) {
  const webContents = { id: 1 };
  const mainFrame: FakeFrame = { url: indexUrl, parent: null };
  const window = { webContents, isDestroyed: () => options.destroyed ?? false } as unknown as BrowserWindow;
  return { window, webContents, mainFrame };
}

function event(sender: unknown, senderFrame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

function setup(windowOptions: { destroyed?: boolean } = {}) {
  const { window, webContents, mainFrame } = fakeWindow(windowOptions);
  const dispatch = vi.fn<Dispatcher>(async (name) => ({ ok: true, data: { echoed: name } }));
  const handler = createCallHandler({ dispatch, getWindow: () => window, indexUrl });
  return { handler, dispatch, webContents, mainFrame };
}

function expectRefused(result: WireResult<unknown>, fragment: string): void {
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toContain(fragment);
  }
}

describe('createCallHandler', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    return () => warn.mockRestore();
  });

  it('dispatches a call from the top frame of our window showing our index.html', async () => {
    const { handler, dispatch, webContents, mainFrame } = setup();
    const result = await handler(event(webContents, mainFrame), 'codes/list', {});
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('codes/list', {});
    expect(result).toEqual({ ok: true, data: { echoed: 'codes/list' } });
  });

  it('accepts hash routes and queries of the index document', async () => {
    const { handler, dispatch, webContents } = setup();
    await handler(
      event(webContents, { url: `${indexUrl}?lang=fr#/documents/3`, parent: null }),
      'documents/list',
      {},
    );
    expect(dispatch).toHaveBeenCalledOnce();
  });

  it('passes the dispatcher result through unchanged, errors included', async () => {
    const { handler, dispatch, webContents, mainFrame } = setup();
    dispatch.mockResolvedValueOnce({
      ok: false,
      error: { code: 'NO_PROJECT', message: 'No project is open' },
    });
    expect(await handler(event(webContents, mainFrame), 'codes/list', {})).toEqual({
      ok: false,
      error: { code: 'NO_PROJECT', message: 'No project is open' },
    });
  });

  it('refuses calls from another web contents', async () => {
    const { handler, dispatch, mainFrame } = setup();
    const result = await handler(event({ id: 2 }, mainFrame), 'project/open', { path: '/etc/passwd' });
    expectRefused(result, 'does not come from the Verbatim window');
    expect(dispatch).not.toHaveBeenCalled();
    // Refusals are logged: they mean a guard elsewhere failed.
    expect(warn).toHaveBeenCalledOnce();
  });

  it('refuses calls from a foreign page loaded in our window', async () => {
    const { handler, dispatch, webContents } = setup();
    for (const url of [
      'https://evil.example/index.html',
      'file:///tmp/downloaded/index.html',
      'file:///opt/Verbatim/resources/app.asar/out/renderer/other.html',
      'data:text/html,<script>1</script>',
      'about:blank',
    ]) {
      expectRefused(
        await handler(event(webContents, { url, parent: null }), 'codes/list', {}),
        'not the Verbatim interface',
      );
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses calls from an embedded frame, even one showing our own document', async () => {
    const { handler, dispatch, webContents, mainFrame } = setup();
    const child: FakeFrame = { url: indexUrl, parent: mainFrame };
    expectRefused(await handler(event(webContents, child), 'codes/list', {}), 'embedded frame');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses calls whose frame is gone', async () => {
    const { handler, dispatch, webContents } = setup();
    expectRefused(await handler(event(webContents, null), 'codes/list', {}), 'no longer exists');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses everything while the window is missing or destroyed', async () => {
    const dispatch = vi.fn<Dispatcher>();
    const none = createCallHandler({ dispatch, getWindow: () => null, indexUrl });
    expectRefused(await none(event({}, { url: indexUrl, parent: null }), 'codes/list', {}), 'not open');
    const { handler, webContents, mainFrame } = setup({ destroyed: true });
    expectRefused(await handler(event(webContents, mainFrame), 'codes/list', {}), 'not open');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a non-string operation name before dispatching', async () => {
    const { handler, dispatch, webContents, mainFrame } = setup();
    expectRefused(
      await handler(event(webContents, mainFrame), { toString: () => 'codes/list' }, {}),
      'must be a string',
    );
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('registerCallHandler', () => {
  it('registers exactly the one channel and can remove it', () => {
    const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
    const handler = vi.fn();
    const unregister = registerCallHandler(ipcMain, handler);
    expect(ipcMain.handle).toHaveBeenCalledExactlyOnceWith(CALL_CHANNEL, handler);
    unregister();
    expect(ipcMain.removeHandler).toHaveBeenCalledExactlyOnceWith(CALL_CHANNEL);
  });
});
