import type { ErrorCode, InputOf, OperationName, OutputOf, WireResult } from '../../app/contract/index.ts';

/** A failed call: `code` is one of the backend's error codes, `message` its explanation. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK';
  constructor(code: ErrorCode | 'NETWORK', message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
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
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.data as OutputOf<N>;
}

/** Native-menu commands (Electron only); returns the unsubscribe function. */
export function onMenuCommand(callback: (command: string) => void): () => void {
  return window.verbatim ? window.verbatim.onMenu(callback) : () => undefined;
}
