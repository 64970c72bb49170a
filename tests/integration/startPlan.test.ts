import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  browserOpener,
  cacheHasElectron,
  CACHED_FETCH_TIMEOUT_MS,
  chooseElectron,
  downloadHost,
  electronCacheDir,
  electronPlan,
  electronZipName,
  hostAnswers,
  NETWORK_FETCH_TIMEOUT_MS,
  parseStartArgs,
  serveUrlOf,
  webShellArgs,
  type ElectronDeps,
} from '../../scripts/lib/startPlan.mjs';
import { makeTempDir } from '../support/tempDir.ts';

// Issue 14, trap 9: `npm start` without Electron opens the browser itself and does not wait a
// minute for a download that cannot happen. Electron, its cache and the network are mocked.

function deps(overrides: Partial<ElectronDeps> = {}): ElectronDeps {
  return {
    locateElectron: vi.fn(() => null),
    cacheHasElectron: vi.fn(() => false),
    isOnline: vi.fn(() => Promise.resolve(true)),
    fetchElectron: vi.fn(() => ({ ok: false, reason: 'getaddrinfo ENOTFOUND github.com' })),
    say: vi.fn(),
    ...overrides,
  };
}

const ASK = { forceWeb: false, mayDownload: true };

describe('Electron or the browser', () => {
  it('runs an installed Electron without probing anything', async () => {
    const mocked = deps({ locateElectron: vi.fn(() => '/e/electron') });
    expect(await chooseElectron(ASK, mocked)).toEqual({ path: '/e/electron' });
    expect(mocked.isOnline).not.toHaveBeenCalled();
    expect(mocked.fetchElectron).not.toHaveBeenCalled();
  });

  it('offline with an empty cache, goes to the browser at once: no download is tried', async () => {
    const mocked = deps({ isOnline: vi.fn(() => Promise.resolve(false)) });
    const chosen = await chooseElectron(ASK, mocked);
    expect(chosen.path).toBeNull();
    expect(chosen.why).toMatch(/no network and no Electron in the download cache/u);
    expect(mocked.fetchElectron).not.toHaveBeenCalled();
  });

  it('unpacks from the cache with a short limit, even offline', async () => {
    const mocked = deps({
      cacheHasElectron: vi.fn(() => true),
      isOnline: vi.fn(() => Promise.resolve(false)),
      fetchElectron: vi.fn(() => ({ ok: true, reason: '' })),
      locateElectron: vi.fn<() => string | null>().mockReturnValueOnce(null).mockReturnValue('/e/electron'),
    });
    expect(await chooseElectron(ASK, mocked)).toEqual({ path: '/e/electron', why: '' });
    expect(mocked.fetchElectron).toHaveBeenCalledWith(CACHED_FETCH_TIMEOUT_MS);
    expect(mocked.isOnline).not.toHaveBeenCalled();
  });

  it('online, downloads with a limit well under a minute and says why it gave up', async () => {
    const mocked = deps();
    expect(await chooseElectron(ASK, mocked)).toEqual({
      path: null,
      why: 'getaddrinfo ENOTFOUND github.com',
    });
    expect(mocked.fetchElectron).toHaveBeenCalledWith(NETWORK_FETCH_TIMEOUT_MS);
    expect(NETWORK_FETCH_TIMEOUT_MS).toBeLessThan(60_000);
    expect(mocked.say).toHaveBeenCalledWith(expect.stringContaining(`${NETWORK_FETCH_TIMEOUT_MS / 1000} s`));
  });

  it('--web and --no-download never look for Electron', async () => {
    const web = deps();
    expect((await chooseElectron({ forceWeb: true, mayDownload: true }, web)).path).toBeNull();
    expect(web.locateElectron).not.toHaveBeenCalled();
    const noDownload = deps();
    expect(await chooseElectron({ forceWeb: false, mayDownload: false }, noDownload)).toEqual({
      path: null,
      why: 'downloading was turned off',
    });
    expect(noDownload.isOnline).not.toHaveBeenCalled();
  });

  it('plans each case', () => {
    const facts = { forceWeb: false, installed: false, mayDownload: true, cached: false, online: true };
    expect(electronPlan({ ...facts, installed: true })).toEqual({ action: 'electron' });
    expect(electronPlan({ ...facts, online: false }).action).toBe('web');
    expect(electronPlan({ ...facts, online: false, cached: true })).toMatchObject({
      action: 'download',
      source: 'cache',
    });
    expect(electronPlan(facts)).toMatchObject({ action: 'download', source: 'network' });
  });
});

describe('the flags of npm start', () => {
  it('keeps its own flags and passes the rest on', () => {
    expect(parseStartArgs(['--web', 'study.verbatim', '--no-browser'], {})).toEqual({
      forceWeb: true,
      mayDownload: true,
      openBrowser: false,
      appArgs: ['study.verbatim'],
    });
    expect(
      parseStartArgs([], { VERBATIM_NO_ELECTRON_DOWNLOAD: '1', VERBATIM_NO_BROWSER: '1' }),
    ).toMatchObject({
      mayDownload: false,
      openBrowser: false,
    });
  });
});

describe('the web shell', () => {
  it('names a project folder, never the current one by default', () => {
    expect(webShellArgs([], '/home/ana')).toEqual(['serve', '--dir', '/home/ana']);
    expect(webShellArgs(['--port', '8080'], '/home/ana')).toEqual([
      'serve',
      '--port',
      '8080',
      '--dir',
      '/home/ana',
    ]);
    expect(webShellArgs(['/data/study.verbatim'], '/home/ana')).toEqual(['serve', '/data/study.verbatim']);
    expect(webShellArgs(['--dir', '/data'], '/home/ana')).toEqual(['serve', '--dir', '/data']);
  });

  it('finds the address in what `verbatim serve` prints', () => {
    expect(serveUrlOf('http://127.0.0.1:41234/?token=abc_-9')).toBe('http://127.0.0.1:41234/?token=abc_-9');
    expect(serveUrlOf('Verbatim is running. Open this address in your browser:')).toBeNull();
    expect(serveUrlOf('see http://example.org/')).toBeNull();
  });

  it('opens it with the platform’s own opener', () => {
    const url = 'http://127.0.0.1:5/?token=t&x=1';
    expect(browserOpener('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserOpener('darwin', url)).toEqual({ command: 'open', args: [url] });
    expect(browserOpener('win32', url)).toEqual({
      command: 'cmd',
      args: ['/c', 'start', '""', 'http://127.0.0.1:5/?token=t^&x=1'],
      verbatim: true,
    });
  });
});

describe('the network and the download cache', () => {
  it('finds the zip in Electron’s cache, in its hashed sub-folder', () => {
    const cache = makeTempDir('electron-cache');
    const zip = electronZipName('39.2.7', 'linux', 'x64');
    expect(zip).toBe('electron-v39.2.7-linux-x64.zip');
    expect(cacheHasElectron(cache, zip)).toBe(false);
    mkdirSync(join(cache, 'abc123'));
    writeFileSync(join(cache, 'abc123', zip), 'zip');
    expect(cacheHasElectron(cache, zip)).toBe(true);
    expect(cacheHasElectron(join(cache, 'none'), zip)).toBe(false);
  });

  it('knows where each platform keeps that cache', () => {
    expect(electronCacheDir('linux', {}, '/home/a')).toBe('/home/a/.cache/electron');
    expect(electronCacheDir('linux', { XDG_CACHE_HOME: '/c' }, '/home/a')).toBe('/c/electron');
    expect(electronCacheDir('darwin', {}, '/Users/a')).toBe('/Users/a/Library/Caches/electron');
    expect(electronCacheDir('linux', { electron_config_cache: '/x' }, '/home/a')).toBe('/x');
  });

  it('probes the mirror’s host when one is set, and gives up on a silent network', async () => {
    expect(downloadHost({})).toBe('github.com');
    expect(downloadHost({ ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' })).toBe(
      'npmmirror.com',
    );
    expect(await hostAnswers('github.com', { resolve: () => Promise.resolve({}) })).toBe(true);
    expect(await hostAnswers('github.com', { resolve: () => Promise.reject(new Error('ENOTFOUND')) })).toBe(
      false,
    );
    // A resolver that never answers: the probe's own limit decides.
    expect(
      await hostAnswers('github.com', { timeoutMs: 10, resolve: () => new Promise(() => undefined) }),
    ).toBe(false);
  });
});
