import { BrowserWindow, dialog, type BrowserWindowConstructorOptions } from 'electron';
import type { NativeStrings } from './strings.ts';

/**
 * The window's options. The renderer gets no Node.js: context isolation keeps the preload's
 * world apart from the page's, the sandbox limits the preload itself to a few modules, and
 * the page reaches the backend only through window.verbatim.call.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 500,
    title: 'Verbatim',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

/** `indexUrl` is app://verbatim/index.html, served from out/renderer by appProtocol.ts. */
export function createMainWindow(options: {
  preloadPath: string;
  indexUrl: string;
  strings: NativeStrings;
}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath));
  window.once('ready-to-show', () => window.show());
  // The page refuses to unload while a transcript has unsaved edits (beforeunload); Electron
  // would then keep the window open without a word, so it asks, as a browser does.
  window.webContents.on('will-prevent-unload', (event) => {
    const { strings } = options;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: strings.unsavedEditsTitle,
      message: strings.unsavedEditsMessage,
      buttons: [strings.leaveWithoutSaving, strings.keepEditing],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault();
  });
  window.loadURL(options.indexUrl).catch((error: unknown) => {
    console.error(
      `[verbatim] could not load ${options.indexUrl}; build the interface with npm run build:renderer.`,
      error,
    );
  });
  return window;
}
