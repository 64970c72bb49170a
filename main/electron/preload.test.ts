import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BRIDGE_GLOBAL,
  CALL_CHANNEL,
  CHOOSE_CHANNEL,
  DROP_CHANNEL,
  MENU_CHANNEL,
  OPEN_LINK_CHANNEL,
} from './channels.ts';

type Listener = (event: unknown, message: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    // Electron gives a path only for files that come from the disk (dropped or picked).
    webUtils: { getPathForFile: vi.fn((file: { fromDisk?: string }) => file.fromDisk ?? '') },
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, data: 'from main' })),
      on: vi.fn((channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
  webUtils: electron.webUtils,
}));

interface ExposedBridge {
  call(name: string, input: unknown): Promise<unknown>;
  choose(purpose: string, suggestedName?: string): Promise<unknown>;
  handleForDrop(file: unknown): Promise<unknown>;
  onMenu(callback: (event: string) => void): () => void;
  openLink(url: string): Promise<unknown>;
}

async function loadPreload(): Promise<ExposedBridge> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('./preload.ts');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, ExposedBridge];
  expect(key).toBe(BRIDGE_GLOBAL);
  return api;
}

function emit(channel: string, message: unknown): void {
  // The Electron event object carries `sender`; the preload must not hand it on.
  for (const listener of electron.listeners.get(channel) ?? [])
    listener({ sender: 'ipcRenderer internals' }, message);
}

beforeEach(() => {
  electron.listeners.clear();
  electron.ipcRenderer.invoke.mockClear();
});

describe('preload', () => {
  it('exposes exactly one object, window.verbatim, with call, choose, handleForDrop, onMenu, openLink', async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual(['call', 'choose', 'handleForDrop', 'onMenu', 'openLink']);
    expect(typeof api.call).toBe('function');
    expect(typeof api.onMenu).toBe('function');
  });

  it('openLink(url) asks main on its own channel, with a string only', async () => {
    const api = await loadPreload();
    await api.openLink('https://example.org/');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      OPEN_LINK_CHANNEL,
      'https://example.org/',
    );
  });

  it('call(name, input) invokes the one call channel and returns the answer', async () => {
    const api = await loadPreload();
    await expect(api.call('codes/list', { a: 1 })).resolves.toEqual({ ok: true, data: 'from main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(CALL_CHANNEL, 'codes/list', { a: 1 });
  });

  it('choose(purpose) invokes the choose channel, whose answer holds handles, not paths', async () => {
    const api = await loadPreload();
    await api.choose('openProject');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(CHOOSE_CHANNEL, 'openProject');
    electron.ipcRenderer.invoke.mockClear();
    // An export's save dialog proposes the export's file name.
    await api.choose('exportExcerpts', 'terrain-extraits.docx');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      CHOOSE_CHANNEL,
      'exportExcerpts',
      'terrain-extraits.docx',
    );
  });

  it('handleForDrop sends main the path of a file from the disk, and refuses a File the page made', async () => {
    const api = await loadPreload();
    await api.handleForDrop({ fromDisk: '/home/ana/study.verbatim' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      DROP_CHANNEL,
      '/home/ana/study.verbatim',
    );
    electron.ipcRenderer.invoke.mockClear();
    await expect(api.handleForDrop({ name: '/home/ana/.ssh/authorized_keys' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('onMenu delivers known menu events only, without the Electron event object', async () => {
    const api = await loadPreload();
    const received: unknown[][] = [];
    api.onMenu((...args) => received.push(args));
    emit(MENU_CHANNEL, 'project-changed');
    emit(MENU_CHANNEL, 'documents-changed');
    emit(MENU_CHANNEL, 'rm -rf');
    emit(MENU_CHANNEL, { toString: () => 'project-changed' });
    emit('some-other-channel', 'project-changed');
    expect(received).toEqual([['project-changed'], ['documents-changed']]);
  });

  it('onMenu returns a function that unsubscribes that callback only', async () => {
    const api = await loadPreload();
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = api.onMenu(first);
    api.onMenu(second);
    unsubscribeFirst();
    emit(MENU_CHANNEL, 'project-changed');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith('project-changed');
    expect(electron.listeners.get(MENU_CHANNEL)?.size).toBe(1);
  });
});
