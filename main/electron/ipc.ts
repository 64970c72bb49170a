import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { WireResult } from '../../app/errors.ts';
import { CALL_CHANNEL } from './channels.ts';
import { isAppDocumentUrl } from './security.ts';

/** The backend as seen by a transport: `dispatch` with the session already bound. */
export type Dispatcher = (name: string, input: unknown) => Promise<WireResult<unknown>>;

export type CallHandler = (
  event: IpcMainInvokeEvent,
  name: unknown,
  input: unknown,
) => Promise<WireResult<unknown>>;

export interface CallHandlerOptions {
  readonly dispatch: Dispatcher;
  /** The app's one window, or null while it does not exist. */
  readonly getWindow: () => BrowserWindow | null;
  /** file:// URL of out/renderer/index.html. */
  readonly indexUrl: string;
}

function refused(message: string): WireResult<unknown> {
  return { ok: false, error: { code: 'INVALID_INPUT', message } };
}

/**
 * Why a call is not from our own page, or null when it is. IPC is reachable from any
 * frame of any web contents that has a preload with ipcRenderer; the checks make sure
 * only the top frame of our window, showing our own index.html, can reach the backend,
 * even if a navigation or an injected frame slipped through the other guards.
 */
export function untrustedSenderReason(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow | null,
  indexUrl: string,
): string | null {
  if (!window || window.isDestroyed()) return 'the Verbatim window is not open';
  if (event.sender !== window.webContents) return 'the call does not come from the Verbatim window';
  const frame = event.senderFrame;
  // null when the frame navigated away or was destroyed before the message was handled.
  if (!frame) return 'the calling frame no longer exists';
  if (frame.parent !== null) return 'the call comes from an embedded frame';
  if (!isAppDocumentUrl(frame.url, indexUrl)) return 'the calling page is not the Verbatim interface';
  return null;
}

/**
 * The handler of the one IPC channel. Checks the sender, then hands name and input to the
 * same `dispatch` the web shell and CLI use, which validates the input against the
 * contract. Never throws: a refusal is a WireResult error like any other.
 */
export function createCallHandler(options: CallHandlerOptions): CallHandler {
  return async (event, name, input) => {
    const reason = untrustedSenderReason(event, options.getWindow(), options.indexUrl);
    if (reason !== null) {
      console.warn(`[verbatim] refused an IPC call: ${reason}.`);
      return refused(`Call refused: ${reason}.`);
    }
    if (typeof name !== 'string') return refused('The operation name must be a string.');
    return options.dispatch(name, input);
  };
}

/** Registers the handler on the one channel; returns a function that removes it. */
export function registerCallHandler(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handler: CallHandler,
): () => void {
  ipcMain.handle(CALL_CHANNEL, handler);
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}
