// The decisions of `npm start` (scripts/start.mjs), kept apart from the side effects so that
// tests/integration/startPlan.test.ts can check each one with Electron and the network mocked.
import { existsSync, readdirSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { join } from 'node:path';

/** Extracting a runtime already in the download cache: a few seconds, so a short limit. */
export const CACHED_FETCH_TIMEOUT_MS = 20_000;
/** Downloading it (about 100 MB): long enough for a normal connection, not a minute of waiting. */
export const NETWORK_FETCH_TIMEOUT_MS = 30_000;
/** How long to wait for a DNS answer before calling the network down. */
export const ONLINE_PROBE_TIMEOUT_MS = 3_000;

const OWN_FLAGS = new Set(['--web', '--no-download', '--no-browser']);

/** What `npm start -- …` asks for: its own flags, and what goes on to the app or the shell. */
export function parseStartArgs(argv, env = {}) {
  return {
    forceWeb: argv.includes('--web'),
    mayDownload: !argv.includes('--no-download') && !env.VERBATIM_NO_ELECTRON_DOWNLOAD,
    openBrowser: !argv.includes('--no-browser') && !env.VERBATIM_NO_BROWSER,
    appArgs: argv.filter((flag) => !OWN_FLAGS.has(flag)),
  };
}

/**
 * Electron, a download first, or the browser. `cached`: the runtime's zip is in Electron's
 * download cache; `online`: the download host answered. Offline with an empty cache, no
 * download is tried at all: it could only time out.
 */
export function electronPlan({ forceWeb, installed, mayDownload, cached, online }) {
  if (forceWeb) return { action: 'web', why: '--web' };
  if (installed) return { action: 'electron' };
  if (!mayDownload) return { action: 'web', why: 'downloading was turned off' };
  if (cached) return { action: 'download', timeoutMs: CACHED_FETCH_TIMEOUT_MS, source: 'cache' };
  if (!online) return { action: 'web', why: 'there is no network and no Electron in the download cache' };
  return { action: 'download', timeoutMs: NETWORK_FETCH_TIMEOUT_MS, source: 'network' };
}

/** Electron's download cache (as @electron/get computes it with env-paths). */
export function electronCacheDir(platform, env, home) {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'electron');
}

/** The zip @electron/get caches for this version, platform and architecture. */
export function electronZipName(version, platform, arch) {
  return `electron-v${version}-${platform}-${arch}.zip`;
}

/** Whether the cache holds that zip (in a sub-folder named after its URL's hash). */
export function cacheHasElectron(cacheDir, zipName) {
  if (!existsSync(cacheDir)) return false;
  try {
    return readdirSync(cacheDir, { withFileTypes: true }).some(
      (entry) =>
        (entry.isFile() && entry.name === zipName) ||
        (entry.isDirectory() && existsSync(join(cacheDir, entry.name, zipName))),
    );
  } catch {
    return false;
  }
}

/** The host a download would reach: the mirror's when one is set, else GitHub's. */
export function downloadHost(env) {
  const mirror = env.ELECTRON_MIRROR ?? env.electron_mirror;
  if (mirror) {
    try {
      return new URL(mirror).hostname;
    } catch {
      return 'github.com';
    }
  }
  return 'github.com';
}

/** True when the host's name resolves within the time limit: a cheap "is there a network". */
export async function hostAnswers(host, { timeoutMs = ONLINE_PROBE_TIMEOUT_MS, resolve = lookup } = {}) {
  let timer;
  const timeout = new Promise((settle) => {
    timer = setTimeout(() => settle(false), timeoutMs);
  });
  try {
    return await Promise.race([
      resolve(host).then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Which Electron to run, downloading it first when that can work: resolves to
 * { path } or { path: null, why }. `deps` does the looking (tests give mocks).
 */
export async function chooseElectron(options, deps) {
  const installed = options.forceWeb ? null : deps.locateElectron();
  const needsProbe = !options.forceWeb && !installed && options.mayDownload;
  const cached = needsProbe ? deps.cacheHasElectron() : false;
  const online = needsProbe && !cached ? await deps.isOnline() : false;
  const plan = electronPlan({ ...options, installed: installed !== null, cached, online });
  if (plan.action === 'electron') return { path: installed };
  if (plan.action === 'web') return { path: null, why: plan.why };
  deps.say(
    plan.source === 'cache'
      ? `The Electron runtime is not installed; unpacking it from the download cache (up to ${plan.timeoutMs / 1000} s)…`
      : `The Electron runtime is not installed; trying to download it (up to ${plan.timeoutMs / 1000} s)…`,
  );
  const fetched = deps.fetchElectron(plan.timeoutMs);
  return fetched.ok ? { path: deps.locateElectron(), why: '' } : { path: null, why: fetched.reason };
}

/** The web shell's arguments: a project folder is always given, never the current one by default. */
export function webShellArgs(appArgs, defaultFolder) {
  // A project file names its folder too; the values of --port and --dir are not files.
  const withValue = new Set(['--port', '--dir']);
  const file = appArgs.some((arg, index) => !arg.startsWith('-') && !withValue.has(appArgs[index - 1] ?? ''));
  const namesFolder = file || appArgs.some((arg) => arg === '--dir' || arg.startsWith('--dir='));
  return ['serve', ...appArgs, ...(namesFolder ? [] : ['--dir', defaultFolder])];
}

/** The address `verbatim serve` prints on a line of its own, or null for any other line. */
export function serveUrlOf(line) {
  const match = /^(http:\/\/127\.0\.0\.1:\d+\/\S*)$/u.exec(line.trim());
  return match ? match[1] : null;
}

/** The platform's own way to open an address in the default browser. */
export function browserOpener(platform, url) {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is a window title, hence the "".
  // Verbatim arguments: Node would otherwise quote the "" and the escaped & again.
  if (platform === 'win32')
    return { command: 'cmd', args: ['/c', 'start', '""', url.replaceAll('&', '^&')], verbatim: true };
  return { command: 'xdg-open', args: [url] };
}
