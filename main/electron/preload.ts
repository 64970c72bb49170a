import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { WireResult } from '../../app/errors.ts';
import {
  BRIDGE_GLOBAL,
  CALL_CHANNEL,
  isMenuEvent,
  MENU_CHANNEL,
  OPEN_LINK_CHANNEL,
  type MenuEvent,
} from './channels.ts';

/**
 * What the renderer sees as `window.verbatim`. Deliberately tiny: one generic call and one
 * subscription. No ipcRenderer, no channel names and no Electron event objects cross the
 * context bridge, so page script cannot talk to other channels or reach `event.sender`.
 */
export interface VerbatimBridge {
  call(name: string, input: unknown): Promise<WireResult<unknown>>;
  /** Subscribes to native-menu notifications; returns the unsubscribe function. */
  onMenu(callback: (event: MenuEvent) => void): () => void;
  /** Opens a web link the user just clicked in the system browser (main checks the click). */
  openLink(url: string): Promise<boolean>;
}

export const verbatimBridge: VerbatimBridge = {
  call: (name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input) as Promise<WireResult<unknown>>,
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
