// Types of startPlan.mjs, for the test that imports it.
export const CACHED_FETCH_TIMEOUT_MS: number;
export const NETWORK_FETCH_TIMEOUT_MS: number;
export const ONLINE_PROBE_TIMEOUT_MS: number;

export interface StartArgs {
  readonly forceWeb: boolean;
  readonly mayDownload: boolean;
  readonly openBrowser: boolean;
  readonly appArgs: string[];
}
export function parseStartArgs(argv: readonly string[], env?: Record<string, string | undefined>): StartArgs;

export type ElectronPlan =
  | { readonly action: 'electron' }
  | { readonly action: 'web'; readonly why: string }
  | { readonly action: 'download'; readonly timeoutMs: number; readonly source: 'cache' | 'network' };
export function electronPlan(facts: {
  forceWeb: boolean;
  installed: boolean;
  mayDownload: boolean;
  cached: boolean;
  online: boolean;
}): ElectronPlan;

export function electronCacheDir(
  platform: string,
  env: Record<string, string | undefined>,
  home: string,
): string;
export function electronZipName(version: string, platform: string, arch: string): string;
export function cacheHasElectron(cacheDir: string, zipName: string): boolean;
export function downloadHost(env: Record<string, string | undefined>): string;
export function hostAnswers(
  host: string,
  options?: { timeoutMs?: number; resolve?: (host: string) => Promise<unknown> },
): Promise<boolean>;

export interface ElectronDeps {
  locateElectron(): string | null;
  cacheHasElectron(): boolean;
  isOnline(): Promise<boolean>;
  fetchElectron(timeoutMs: number): { ok: boolean; reason: string };
  say(line: string): void;
}
export function chooseElectron(
  options: { forceWeb: boolean; mayDownload: boolean },
  deps: ElectronDeps,
): Promise<{ path: string | null; why?: string }>;

export function webShellArgs(appArgs: readonly string[], defaultFolder: string): string[];
export function serveUrlOf(line: string): string | null;
export function browserOpener(
  platform: string,
  url: string,
): { command: string; args: string[]; verbatim?: boolean };
