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
  type ChosenFile,
} from './channels.ts';
import type { VerbatimBridge } from '../../app/contract/bridge.ts';

/** What the renderer sees as `window.verbatim` (the type: app/contract/bridge.ts). */
export const verbatimBridge: VerbatimBridge<File> = {
  call: (name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input) as Promise<WireResult<unknown>>,
  // The proposed name only when there is one (an export's save dialog).
  choose: (purpose, suggestedName) =>
    ipcRenderer.invoke(
      CHOOSE_CHANNEL,
      purpose,
      ...(suggestedName === undefined ? [] : [suggestedName]),
    ) as Promise<WireResult<readonly ChosenFile[]>>,
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
