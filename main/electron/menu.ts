import type { MenuItemConstructorOptions } from 'electron';
import { nativeStrings } from './strings.ts';

/** What the menu items do; implemented in menuActions.ts, faked in tests. */
export interface MenuActions {
  newProject(): Promise<void> | void;
  openProject(): Promise<void> | void;
  importTranscripts(): Promise<void> | void;
  exportExcerpts(): Promise<void> | void;
  /** Asks the renderer to undo: in a text field the field's own undo, else the project's history. */
  undo(): Promise<void> | void;
  redo(): Promise<void> | void;
  about(): Promise<void> | void;
}

export interface MenuTemplateOptions {
  /** app.getLocale(). */
  readonly locale: string;
  /** Unpackaged run: adds reload and developer tools. */
  readonly isDev: boolean;
  readonly platform: NodeJS.Platform;
  readonly actions: MenuActions;
}

/** Menu item ids, so that tests and code can find items without depending on labels. */
export const MENU_IDS = {
  newProject: 'new-project',
  openProject: 'open-project',
  importTranscripts: 'import-transcripts',
  exportExcerpts: 'export-excerpts',
  undo: 'undo',
  redo: 'redo',
  quit: 'quit',
  about: 'about',
  reload: 'reload',
  toggleDevTools: 'toggle-dev-tools',
} as const;

function run(action: () => Promise<void> | void): () => void {
  return () => {
    // Menu clicks have no caller to report to; actions show their own error dialogs.
    Promise.resolve()
      .then(action)
      .catch((error: unknown) => console.error('[verbatim] menu action failed:', error));
  };
}

/**
 * The application menu as a plain template: a pure function of locale, mode, platform and
 * actions, so the labels and wiring are unit-tested without Electron.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const t = nativeStrings(options.locale);
  const { actions } = options;
  const isMac = options.platform === 'darwin';

  const about: MenuItemConstructorOptions = { id: MENU_IDS.about, label: t.about, click: run(actions.about) };
  const quit: MenuItemConstructorOptions = { id: MENU_IDS.quit, label: t.quit, role: 'quit' };

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      {
        id: MENU_IDS.newProject,
        label: t.newProject,
        accelerator: 'CmdOrCtrl+N',
        click: run(actions.newProject),
      },
      {
        id: MENU_IDS.openProject,
        label: t.openProject,
        accelerator: 'CmdOrCtrl+O',
        click: run(actions.openProject),
      },
      { type: 'separator' },
      {
        id: MENU_IDS.importTranscripts,
        label: t.importTranscripts,
        accelerator: 'CmdOrCtrl+I',
        click: run(actions.importTranscripts),
      },
      {
        id: MENU_IDS.exportExcerpts,
        label: t.exportExcerpts,
        accelerator: 'CmdOrCtrl+E',
        click: run(actions.exportExcerpts),
      },
      // macOS keeps Quit in the application menu.
      ...(isMac ? [] : [{ type: 'separator' } as const, quit]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      // Not the native roles: those only undo typing, and the project's changes (codings,
      // codes, memos) are undone by the history in the backend.
      { id: MENU_IDS.undo, label: t.undo, accelerator: 'CmdOrCtrl+Z', click: run(actions.undo) },
      {
        id: MENU_IDS.redo,
        label: t.redo,
        accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y',
        click: run(actions.redo),
      },
      { type: 'separator' },
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(options.isDev
        ? [
            { id: MENU_IDS.reload, label: t.reload, role: 'reload' } as const,
            { id: MENU_IDS.toggleDevTools, label: t.toggleDevTools, role: 'toggleDevTools' } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { label: t.resetZoom, role: 'resetZoom' },
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: t.toggleFullScreen, role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = { label: t.help, role: 'help', submenu: isMac ? [] : [about] };

  if (!isMac) return [file, edit, view, help];
  const appMenu: MenuItemConstructorOptions = {
    label: 'Verbatim',
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      quit,
    ],
  };
  return [appMenu, file, edit, view, { label: t.window, role: 'windowMenu' }, help];
}
