import type {
  ErrorCode,
  InputOf,
  OperationName,
  OutputOf,
  WireError,
  WireResult,
} from '../../app/contract/index.ts';
import type { ChoosePurpose, ChosenFile, VerbatimBridge } from '../../app/contract/index.ts';

/**
 * A failed call: `code` is one of the backend's error codes, `message` its English
 * explanation, `key` and `params` the same sentence for the interface's catalogue
 * (renderer/ui/messageOf.ts translates it).
 */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  readonly key: string | undefined;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(
    code: ErrorCode | 'NETWORK',
    message: string,
    key?: string,
    params?: Readonly<Record<string, string | number>>,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.key = key;
    this.params = params ?? {};
  }
}

function apiErrorOf(error: WireError): ApiError {
  return new ApiError(error.code, error.message, error.key, error.params);
}

/**
 * The web shell's token never reaches the page: the server traded it for an HttpOnly cookie
 * before serving it (main/web/sessionCookie.ts), and same-origin fetch sends that cookie.
 */
async function callOverHttp(name: string, input: unknown): Promise<WireResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch (error) {
    throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  try {
    return (await response.json()) as WireResult<unknown>;
  } catch {
    throw new ApiError('NETWORK', `The server answered ${response.status} without a result.`);
  }
}

/**
 * The renderer's only way to the backend: the Electron preload bridge when present,
 * else the web shell's HTTP endpoint. Same contract, same results.
 */
export async function call<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> {
  const result = window.verbatim ? await window.verbatim.call(name, input) : await callOverHttp(name, input);
  if (!result.ok) throw apiErrorOf(result.error);
  return result.data as OutputOf<N>;
}

/** Native-menu commands (Electron only); returns the unsubscribe function. */
export function onMenuCommand(callback: (command: string) => void): () => void {
  return window.verbatim ? window.verbatim.onMenu(callback) : () => undefined;
}

/**
 * In the desktop app, files are named by the user in native dialogs only: the page gets a
 * handle to put in a path field, never a path it could make up. False in the browser, where
 * the page names project files inside the folder the web shell was started for.
 */
export function hasNativeFileDialogs(): boolean {
  return window.verbatim?.choose !== undefined;
}

async function firstChosen(
  ask: (bridge: VerbatimBridge<File>) => Promise<WireResult<readonly ChosenFile[]>> | undefined,
): Promise<ChosenFile | null> {
  const pending = window.verbatim && ask(window.verbatim);
  if (!pending) throw new ApiError('NOT_ALLOWED', 'This window has no native file dialogs.');
  const result = await pending;
  if (!result.ok) throw apiErrorOf(result.error);
  return result.data[0] ?? null;
}

/**
 * Desktop app: the native dialog for `purpose` (an export's save dialog proposing
 * `suggestedName`); the chosen file, or null when cancelled.
 */
export function chooseFile(purpose: ChoosePurpose, suggestedName?: string): Promise<ChosenFile | null> {
  return firstChosen((bridge) => bridge.choose?.(purpose, suggestedName));
}

/** Desktop app: a file the user dropped on the window, as a handle for path fields. */
export function chosenByDrop(file: File): Promise<ChosenFile | null> {
  return firstChosen((bridge) => bridge.handleForDrop?.(file));
}
