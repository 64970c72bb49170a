import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { WireResult } from '../../app/errors.ts';
import {
  BRIDGE_GLOBAL,
  CALL_CHANNEL,
  CHOOSE_CHANNEL,
  DROP_CHANNEL,
  isMenuEvent,
  MENU_CHANNEL,
  OPEN_LINK_CHANNEL,
  type ChoosePurpose,
  type ChosenFile,
  type MenuEvent,
} from './channels.ts';

/**
 * What the renderer sees as `window.verbatim`. Deliberately tiny: one generic call, one
 * request for a native file dialog (answered with handles, never paths) and one
 * subscription. No ipcRenderer, no channel names and no Electron event objects cross the
 * context bridge, so page script cannot talk to other channels or reach `event.sender`.
 */
export interface VerbatimBridge {
  call(name: string, input: unknown): Promise<WireResult<unknown>>;
  /** Shows the native dialog; the chosen file's handle (none when cancelled). */
  choose(purpose: ChoosePurpose): Promise<WireResult<readonly ChosenFile[]>>;
  /** A file the user dropped on the window, as a handle (refused for a File the page made). */
  handleForDrop(file: File): Promise<WireResult<readonly ChosenFile[]>>;
  /** Subscribes to native-menu notifications; returns the unsubscribe function. */
  onMenu(callback: (event: MenuEvent) => void): () => void;
  /** Opens a web link the user just clicked in the system browser (main checks the click). */
  openLink(url: string): Promise<boolean>;
}

export const verbatimBridge: VerbatimBridge = {
  call: (name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input) as Promise<WireResult<unknown>>,
  choose: (purpose) =>
    ipcRenderer.invoke(CHOOSE_CHANNEL, purpose) as Promise<WireResult<readonly ChosenFile[]>>,
  handleForDrop: (file) => {
    // Only a file dropped or picked from the disk has a path; one the page made has ''.
    const path = webUtils.getPathForFile(file);
    if (path === '') {
      return Promise.resolve({
        ok: false,
        error: { code: 'NOT_ALLOWED', message: 'Only a file dropped from your disk can be used.' },
      });
    }
    return ipcRenderer.invoke(DROP_CHANNEL, path) as Promise<WireResult<readonly ChosenFile[]>>;
  },
  onMenu: (callback) => {
    const listener = (_event: IpcRendererEvent, message: unknown): void => {
      if (isMenuEvent(message)) callback(message);
    };
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, listener);
    };
  },
  openLink: (url) => ipcRenderer.invoke(OPEN_LINK_CHANNEL, String(url)) as Promise<boolean>,
};

// Runs once when the sandboxed preload loads (bundled to out/main/preload.cjs).
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, verbatimBridge);
