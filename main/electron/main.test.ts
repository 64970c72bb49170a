import type { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { WireResult } from '../../app/errors.ts';
import { existsSync } from 'node:fs';
import { dialog } from 'electron';
import { CALL_CHANNEL, CHOOSE_CHANNEL, DROP_CHANNEL, MENU_CHANNEL, OPEN_LINK_CHANNEL } from './channels.ts';

/**
 * main.ts wired against a fake Electron: checks the startup sequence end to end (lock,
 * sandbox, session guards, IPC into the real dispatch, menu, window, second instance),
 * which the per-module tests cannot see.
 */
type FakeWebContents = EventEmitter & { send: Mock; mainFrame: { url: string; parent: null } };

const fake = vi.hoisted(() => {
  const state = {
    root: '',
    lock: true,
    ready: Promise.resolve(),
    app: undefined as unknown as EventEmitter & Record<string, unknown>,
    windows: [] as {
      options: unknown;
      webContents: FakeWebContents;
      calls: string[];
    }[],
    ipcHandlers: new Map<string, (...args: unknown[]) => Promise<WireResult<unknown>>>(),
    menuTemplate: undefined as unknown,
    hardened: { permissions: false, beforeRequest: false, headers: false },
    errorBoxes: [] as string[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
    /** Backend processes forked by main, each a worker thread running the real backend. */
    backends: [] as { modulePath: string; worker: Worker }[],
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const { vi: vitest } = await import('vitest');
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: vitest.fn(() => fake.lock),
    quit: vitest.fn(),
    enableSandbox: vitest.fn(),
    getAppPath: () => fake.root,
    getPath: (name: string) => `${fake.root}/${name}`,
    getLocale: () => 'fr-FR',
    getVersion: () => '0.1.0',
    isPackaged: false,
    isReady: () => true,
    whenReady: () => fake.ready,
  });
  fake.app = app as unknown as typeof fake.app;

  class BrowserWindow extends Emitter {
    readonly webContents: FakeWebContents;
    readonly record: (typeof fake.windows)[number];
    constructor(options: unknown) {
      super();
      const calls: string[] = [];
      const webContents = Object.assign(new Emitter(), {
        send: vitest.fn(),
        mainFrame: { url: 'app://verbatim/index.html', parent: null },
      });
      this.webContents = webContents;
      this.record = { options, webContents, calls };
      fake.windows.push(this.record);
    }
    loadURL(url: string) {
      this.record.calls.push(`loadURL ${url}`);
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => true;
    restore = () => this.record.calls.push('restore');
    focus = () => this.record.calls.push('focus');
    show = () => this.record.calls.push('show');
  }

  const { startSourceWorker } = await import('../../app/jobs/worker/startWorker.ts');
  const standIn = new URL('../../tests/support/desktopBackendStandIn.ts', import.meta.url);
  const utilityProcess = {
    fork: (modulePath: string, args: string[]) => {
      const worker = startSourceWorker(standIn, JSON.parse(args[0] ?? '{}'));
      fake.backends.push({ modulePath, worker });
      const child = Object.assign(new Emitter(), {
        postMessage: (message: unknown) => worker.postMessage(message),
        kill: () => void worker.terminate(),
      });
      worker.on('online', () => child.emit('spawn'));
      worker.on('message', (message) => child.emit('message', message));
      worker.on('exit', (code) => child.emit('exit', code));
      return child;
    },
  };

  return {
    app,
    BrowserWindow,
    utilityProcess,
    // No OS keychain in these tests: team passwords are never kept (teamKeychain.test.ts).
    safeStorage: {
      isEncryptionAvailable: () => false,
      encryptString: () => Buffer.alloc(0),
      decryptString: () => '',
    },
    dialog: {
      showErrorBox: (_title: string, message: string) => fake.errorBoxes.push(message),
      showSaveDialog: vitest.fn(),
      showOpenDialog: vitest.fn(),
      showMessageBox: vitest.fn(),
    },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => Promise<WireResult<unknown>>) =>
        fake.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => {
        fake.menuTemplate = template;
        return { template };
      },
      setApplicationMenu: vitest.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
    },
    session: {
      defaultSession: {
        protocol: {
          handle: (scheme: string, handler: (request: Request) => Response) =>
            fake.protocolHandlers.set(scheme, handler),
        },
        setPermissionRequestHandler: () => (fake.hardened.permissions = true),
        setPermissionCheckHandler: vitest.fn(),
        webRequest: {
          onBeforeRequest: () => (fake.hardened.beforeRequest = true),
          onHeadersReceived: () => (fake.hardened.headers = true),
        },
      },
    },
    shell: { openExternal: vitest.fn(async () => undefined) },
  };
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

function build(root: string): void {
  mkdirSync(join(root, 'out/renderer'), { recursive: true });
  mkdirSync(join(root, 'out/main'), { recursive: true });
  writeFileSync(join(root, 'out/renderer/index.html'), '<!doctype html>');
  writeFileSync(join(root, 'out/main/preload.cjs'), '');
  writeFileSync(join(root, 'out/main/backend.cjs'), '');
}

async function start(): Promise<void> {
  vi.resetModules();
  await import('./main.ts');
  await flush();
}

function callFromWindow(name: string, input: unknown, frameUrl?: string): Promise<WireResult<unknown>> {
  const window = fake.windows.at(-1);
  const handler = fake.ipcHandlers.get(CALL_CHANNEL);
  if (!window || !handler) throw new Error('not started');
  const mainFrame = window.webContents.mainFrame;
  const frame = frameUrl === undefined ? mainFrame : { url: frameUrl, parent: null };
  return handler({ sender: window.webContents, senderFrame: frame }, name, input);
}

/** The page asks main for a native dialog; the (fake) user picks `path`. */
async function chooseFromWindow(purpose: string, path: string): Promise<WireResult<unknown>> {
  const window = fake.windows.at(-1);
  const handler = fake.ipcHandlers.get(CHOOSE_CHANNEL);
  if (!window || !handler) throw new Error('not started');
  const answer = { canceled: false, filePath: path, filePaths: [path] };
  if (purpose === 'createProject') vi.mocked(dialog.showSaveDialog).mockResolvedValueOnce(answer);
  else vi.mocked(dialog.showOpenDialog).mockResolvedValueOnce(answer);
  return handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, purpose);
}

async function handleFor(purpose: string, path: string): Promise<string> {
  const chosen = await chooseFromWindow(purpose, path);
  if (!chosen.ok) throw new Error(chosen.error.message);
  const [file] = chosen.data as { handle: string; name: string }[];
  if (!file) throw new Error('nothing chosen');
  return file.handle;
}

beforeEach(() => {
  fake.root = mkdtempSync(join(tmpdir(), 'verbatim-electron-'));
  fake.lock = true;
  fake.ready = Promise.resolve();
  fake.windows.length = 0;
  fake.ipcHandlers.clear();
  fake.menuTemplate = undefined;
  fake.hardened = { permissions: false, beforeRequest: false, headers: false };
  fake.errorBoxes.length = 0;
  fake.privilegedSchemes.length = 0;
  fake.protocolHandlers.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
  // Quitting asks each backend to close its project and exit; main waits for it.
  const exited = fake.backends.map(({ worker }) => new Promise((resolve) => worker.once('exit', resolve)));
  fake.app?.emit('will-quit', { preventDefault: () => undefined });
  await Promise.all(exited);
  fake.backends.length = 0;
  fake.app?.removeAllListeners();
  rmSync(fake.root, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('Electron main', () => {
  it('quits at once when another instance holds the lock', async () => {
    fake.lock = false;
    build(fake.root);
    await start();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('starts sandboxed and hardened, with one IPC channel, the menu and one window', async () => {
    build(fake.root);
    await start();
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.hardened).toEqual({ permissions: true, beforeRequest: true, headers: true });
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      [CALL_CHANNEL, CHOOSE_CHANNEL, DROP_CHANNEL, OPEN_LINK_CHANNEL].sort(),
    );
    expect((fake.menuTemplate as { label: string }[]).map((menu) => menu.label)).toContain('Fichier');
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0];
    expect(window?.options).toMatchObject({
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        preload: join(fake.root, 'out/main/preload.cjs'),
      },
    });
    expect(window?.calls).toContain('loadURL app://verbatim/index.html');
  });

  it('serves the interface from app://verbatim out of out/renderer, never from file://', async () => {
    build(fake.root);
    await start();
    expect(fake.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    const handler = fake.protocolHandlers.get('app');
    const index = await handler?.(new Request('app://verbatim/index.html'));
    expect(index?.status).toBe(200);
    expect(await index?.text()).toBe('<!doctype html>');
    expect(fake.windows[0]?.calls.some((call) => call.includes('file:') || call.startsWith('loadFile'))).toBe(
      false,
    );
  });

  it('routes calls from the window to the real dispatch and refuses foreign pages', async () => {
    build(fake.root);
    await start();
    await expect(callFromWindow('project/current', {})).resolves.toEqual({ ok: true, data: null });
    const foreign = await callFromWindow('project/current', {}, 'https://evil.example/');
    expect(foreign.ok).toBe(false);
    const unknown = await callFromWindow('nope/nothing', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('a second launch with a project file focuses the window, opens it and tells the renderer', async () => {
    build(fake.root);
    await start();
    const path = join(fake.root, 'study.verbatim');
    const handle = await handleFor('createProject', path);
    expect(await callFromWindow('project/create', { path: handle })).toMatchObject({ ok: true });
    expect(await callFromWindow('project/close', {})).toMatchObject({ ok: true });

    fake.app.emit('second-instance', {}, ['verbatim', '--some-switch', 'study.verbatim'], fake.root);
    // The backend answers in order: once this call is answered, the open is done.
    expect(await callFromWindow('project/current', {})).toMatchObject({
      ok: true,
      data: { path, name: 'study' },
    });
    const window = fake.windows[0];
    expect(window?.calls).toEqual(expect.arrayContaining(['restore', 'focus']));
    expect(window?.webContents.send).toHaveBeenCalledWith(MENU_CHANNEL, 'project-changed');
    // Opening remembered it in the userData recent list.
    expect(await callFromWindow('project/recent', {})).toEqual({ ok: true, data: [path] });
  });

  it('keeps backups in the config folder of the CLI, so `verbatim pseudonymise` purges them', async () => {
    const previous = process.env.VERBATIM_CONFIG_DIR;
    const configDir = join(fake.root, 'shared-config');
    process.env.VERBATIM_CONFIG_DIR = configDir;
    try {
      build(fake.root);
      await start();
      const handle = await handleFor('createProject', join(fake.root, 'study.verbatim'));
      expect(await callFromWindow('project/create', { path: handle })).toMatchObject({ ok: true });
      const listed = await callFromWindow('project/backups', {});
      expect(listed).toMatchObject({ ok: true, data: [expect.objectContaining({ reason: 'open' })] });
      expect(existsSync(join(configDir, 'backups'))).toBe(true);
      expect(existsSync(join(fake.root, 'userData', 'backups'))).toBe(false);
    } finally {
      if (previous === undefined) delete process.env.VERBATIM_CONFIG_DIR;
      else process.env.VERBATIM_CONFIG_DIR = previous;
    }
  });

  it('runs dispatch in a forked backend, and quits once it has closed the project', async () => {
    build(fake.root);
    await start();
    expect(fake.backends.map(({ modulePath }) => modulePath)).toEqual([
      join(fake.root, 'out/main/backend.cjs'),
    ]);
    const path = join(fake.root, 'quit.verbatim');
    const handle = await handleFor('createProject', path);
    expect(await callFromWindow('project/create', { path: handle })).toMatchObject({ ok: true });
    expect(existsSync(`${path}-wal`)).toBe(true);
    const [backend] = fake.backends;
    const exited = new Promise((resolve) => backend?.worker.once('exit', resolve));
    const preventDefault = vi.fn();
    fake.app.emit('will-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    await exited;
    // Closed by the backend: the WAL is checkpointed into the one .verbatim file.
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(fake.app['quit']).toHaveBeenCalled();
    fake.backends.length = 0;
  });

  it('takes paths from the page only as handles of files chosen in a native dialog', async () => {
    build(fake.root);
    await start();
    const typed = join(fake.root, 'typed.verbatim');
    expect(await callFromWindow('project/create', { path: typed })).toMatchObject({
      ok: false,
      error: { code: 'NOT_ALLOWED' },
    });
    expect(existsSync(typed)).toBe(false);
    // The Linux save dialog leaves the extension out; main adds it before handing a handle.
    const handle = await handleFor('createProject', join(fake.root, 'chosen'));
    expect(handle).not.toContain(fake.root);
    expect(await callFromWindow('project/create', { path: handle })).toMatchObject({
      ok: true,
      data: { path: join(fake.root, 'chosen.verbatim') },
    });
    // A handle serves only the purpose it was chosen for, and only for a .verbatim file.
    const refusedCall = { ok: false, error: { code: 'NOT_ALLOWED' } };
    expect(await callFromWindow('project/open', { path: handle })).toMatchObject(refusedCall);
    expect(await callFromWindow('project/saveCopy', { path: handle })).toMatchObject(refusedCall);
    const opened = await handleFor('openProject', join(fake.root, 'chosen.verbatim'));
    expect(await callFromWindow('project/saveCopy', { path: opened })).toMatchObject(refusedCall);
    expect(await callFromWindow('documents/importPaths', { paths: [opened] })).toMatchObject(refusedCall);
    const notProject = await handleFor('openProject', join(fake.root, 'notes.txt'));
    expect(await callFromWindow('project/open', { path: notProject })).toMatchObject(refusedCall);
    expect(await callFromWindow('project/open', { path: opened })).toMatchObject({ ok: true });
    // A cancelled dialog gives no handle; an unknown purpose is refused.
    vi.mocked(dialog.showOpenDialog).mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const window = fake.windows.at(-1);
    const choose = fake.ipcHandlers.get(CHOOSE_CHANNEL);
    const event = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
    expect(await choose?.(event, 'openProject')).toEqual({ ok: true, data: [] });
    expect(await choose?.(event, 'readAnyFile')).toMatchObject({ ok: false });
    // …and a foreign page cannot ask for a dialog at all.
    expect(
      await choose?.(
        { ...event, senderFrame: { url: 'https://evil.example/', parent: null } },
        'openProject',
      ),
    ).toMatchObject({ ok: false });
  });

  it('turns a file dropped on the window into a handle, for our page only', async () => {
    build(fake.root);
    await start();
    const path = join(fake.root, 'Dropped.VERBATIM');
    const created = await handleFor('createProject', path);
    expect(await callFromWindow('project/create', { path: created })).toMatchObject({ ok: true });
    const window = fake.windows.at(-1);
    const drop = fake.ipcHandlers.get(DROP_CHANNEL);
    const event = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
    const dropped = await drop?.(event, path);
    if (!dropped?.ok) throw new Error('the drop was refused');
    const [file] = dropped.data as { handle: string; name: string }[];
    expect(file?.name).toBe('Dropped.VERBATIM');
    // A dropped project is one to open: not a file to create, copy to or import.
    for (const [name, input] of [
      ['project/create', { path: file?.handle }],
      ['project/saveCopy', { path: file?.handle }],
      ['documents/importPaths', { paths: [file?.handle] }],
    ] as const) {
      expect(await callFromWindow(name, input), name).toMatchObject({
        ok: false,
        error: { code: 'NOT_ALLOWED' },
      });
    }
    expect(await callFromWindow('project/open', { path: file?.handle })).toMatchObject({
      ok: true,
      data: { path },
    });
    expect(await drop?.(event, join(fake.root, 'notes.txt'))).toMatchObject({ ok: false });
    expect(await drop?.(event, 'relative/x.verbatim')).toMatchObject({ ok: false });
    const foreign = { ...event, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await drop?.(foreign, path)).toMatchObject({ ok: false });
  });

  it('refuses to start with an error box when the interface has not been built', async () => {
    await start();
    expect(fake.errorBoxes[0]).toContain('npm run build');
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});
