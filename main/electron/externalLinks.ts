import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { OPEN_LINK_CHANNEL } from './channels.ts';
import { untrustedSenderReason } from './ipc.ts';
import { isSafeExternalUrl, type OpenExternal } from './security.ts';
import { gesturesOf } from './userGesture.ts';

export interface OpenLinkOptions {
  readonly getWindow: () => BrowserWindow | null;
  /** app://verbatim/index.html: only our own page may ask. */
  readonly indexUrl: string;
  readonly openExternal: OpenExternal;
  /** The clock of the gesture tracker (tests). */
  readonly now?: () => number;
}

export type OpenLinkHandler = (
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  url: unknown,
) => boolean;

/**
 * The renderer's way to open a link the user clicked (a link in a memo) in the system
 * browser. Opens only when the caller is our window's top frame, the address is plain
 * http(s), and the window received a real click or key press in the last seconds, once per
 * gesture: script in the page cannot open addresses on its own.
 */
export function createOpenLinkHandler(options: OpenLinkOptions): OpenLinkHandler {
  return (event, url) => {
    const reason = untrustedSenderReason(event, options.getWindow(), options.indexUrl);
    const refusal =
      reason ??
      (typeof url !== 'string' || !isSafeExternalUrl(url)
        ? 'only web addresses (http, https) are opened'
        : !gesturesOf(event.sender, options.now).consume()
          ? 'no click or key press came just before'
          : null);
    if (refusal !== null || typeof url !== 'string') {
      console.warn(`[verbatim] a link was not opened: ${refusal}.`);
      return false;
    }
    options.openExternal(url);
    return true;
  };
}

export function registerOpenLinkHandler(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handler: OpenLinkHandler,
): () => void {
  ipcMain.handle(OPEN_LINK_CHANNEL, handler);
  return () => ipcMain.removeHandler(OPEN_LINK_CHANNEL);
}
