import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from './menuActions.ts';

/**
 * Electron's dialogs behind the narrow Dialogs interface, attached to the window when it
 * exists (so they are modal to it) and free-standing otherwise (e.g. an error at startup).
 */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  const parent = (): BrowserWindow | null => {
    const window = getWindow();
    return window && !window.isDestroyed() ? window : null;
  };
  return {
    async save(options) {
      const window = parent();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    async open(options) {
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async info(options) {
      const window = parent();
      const box = { type: 'info' as const, ...options };
      await (window ? dialog.showMessageBox(window, box) : dialog.showMessageBox(box));
    },
    error(title, message) {
      dialog.showErrorBox(title, message);
    },
  };
}
