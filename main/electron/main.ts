import { existsSync } from 'node:fs';
import { writeFileAtomically } from '../../app/util/atomicWrite.ts';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  session as electronSession,
  shell,
  utilityProcess,
  type BrowserWindow,
} from 'electron';
import { createRecentProjectsStore } from '../recentProjects.ts';
import { appPaths, findElectronNativeBinding } from './appPaths.ts';
import { registerAppScheme, serveApp } from './appProtocol.ts';
import { backendDispatchers } from './backendClient.ts';
import { forkBackend } from './backendFork.ts';
import { CHOOSE_CHANNEL, DROP_CHANNEL, MENU_CHANNEL, type MenuEvent } from './channels.ts';
import { createChooseHandler, createDropHandler } from './chooseHandler.ts';
import { chooseFileFor } from './exportDialogs.ts';
import { ChosenPaths } from './chosenPaths.ts';
import { electronDialogs } from './dialogs.ts';
import { createOpenLinkHandler, registerOpenLinkHandler } from './externalLinks.ts';
import { createCallHandler, registerCallHandler } from './ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import { createMenuActions, type AppActions } from './menuActions.ts';
import { hardenSession, hardenWebContents, isSafeExternalUrl } from './security.ts';
import { projectPathFromArgv } from './singleInstance.ts';
import { nativeStrings } from './strings.ts';
import { createTeamKeychain, withTeamKeychain } from './teamKeychain.ts';
import { createMainWindow } from './window.ts';

/**
 * Electron entry (bundled to out/main/electron-main.cjs). Wires the pieces: one window,
 * one backend utility process that owns the ProjectSession and runs the same `dispatch`
 * the web shell and CLI use (backend.ts), one IPC channel into it, the native menu, and
 * the security guards.
 */
function openExternal(url: string): void {
  // Re-checked here: this is the last step before handing a URL to the operating system.
  if (!isSafeExternalUrl(url)) return;
  shell
    .openExternal(url)
    .catch((error: unknown) => console.error(`[verbatim] could not open ${url}:`, error));
}

function startVerbatim(): void {
  // A second launch (double-clicking a .verbatim file) hands its argv to this instance and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Every renderer sandboxed, whatever a future window's options say.
  app.enableSandbox();
  // app://verbatim must be declared before ready; it is served once ready (below).
  registerAppScheme(protocol);

  const appRoot = app.getAppPath();
  const paths = appPaths(appRoot);
  const nativeBinding = findElectronNativeBinding({
    appRoot,
    resourcesPath: process.resourcesPath,
    isPackaged: app.isPackaged,
  });
  if (!nativeBinding) {
    console.warn(
      '[verbatim] .electron-native/better_sqlite3.node is missing; projects will fail to open unless ' +
        'node_modules/better-sqlite3 happens to be built for Electron. Run `npm start` to build it.',
    );
  }
  const userData = app.getPath('userData');
  // dispatch runs in a utility process that owns the session: no call holds the windows.
  const backend = forkBackend((...args) => utilityProcess.fork(...args), paths.backend, {
    userData,
    nativeBinding: nativeBinding ?? null,
  });
  let backendRunning = true;
  backend.onClose(() => (backendRunning = false));
  // Paths from the page are handles of files the user chose in a native dialog; they are
  // resolved here, in main, before a call goes to the backend.
  const chosen = new ChosenPaths();
  const recent = createRecentProjectsStore(userData);
  const dispatchers = backendDispatchers(backend, chosen, () => recent.list());
  // Team passwords: kept encrypted with the OS keychain, handed to the backend on open.
  const keychain = createTeamKeychain(safeStorage, userData);
  const fromRenderer = withTeamKeychain(dispatchers.fromRenderer, keychain);
  const fromShell = withTeamKeychain(dispatchers.fromShell, keychain);
  const { close } = dispatchers;

  let window: BrowserWindow | null = null;
  let actions: AppActions | null = null;
  let pendingProject = projectPathFromArgv(process.argv, process.cwd());

  const notify = (event: MenuEvent): void => {
    if (window && !window.isDestroyed()) window.webContents.send(MENU_CHANNEL, event);
  };

  const openWindow = (): void => {
    window = createMainWindow({
      preloadPath: paths.preload,
      indexUrl: paths.indexUrl,
      strings: nativeStrings(app.getLocale()),
    });
    window.on('closed', () => {
      window = null;
      chosen.clear();
    });
  };

  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, paths.indexUrl, openExternal),
  );

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    } else if (app.isReady()) {
      openWindow();
    }
    const path = projectPathFromArgv(argv, workingDirectory);
    if (path === null) return;
    if (actions) void actions.openProjectAt(path);
    else pendingProject = path;
  });

  // macOS delivers double-clicked files this way, possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (actions) void actions.openProjectAt(path);
    else pendingProject = path;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (window === null && app.isReady()) openWindow();
  });
  // Closing the database checkpoints the WAL, leaving one self-contained .verbatim file:
  // main waits for the backend to close the project and exit, then quits.
  app.on('will-quit', (event) => {
    if (!backendRunning) return;
    event.preventDefault();
    backend.onClose(() => app.quit());
    close();
  });

  app
    .whenReady()
    .then(async () => {
      const missing = [paths.indexHtml, paths.preload, paths.backend].filter((path) => !existsSync(path));
      if (missing.length > 0) {
        dialog.showErrorBox(
          'Verbatim',
          `The interface has not been built (missing ${missing.join(', ')}). Run \`npm run build\` or \`npm start\`.`,
        );
        app.quit();
        return;
      }
      hardenSession(electronSession.defaultSession, paths.indexUrl);
      serveApp(electronSession.defaultSession.protocol, paths.rendererDir);
      registerCallHandler(
        ipcMain,
        createCallHandler({ dispatch: fromRenderer, getWindow: () => window, indexUrl: paths.indexUrl }),
      );
      const locale = app.getLocale();
      const dialogs = electronDialogs(() => window);
      const documentsDir = app.getPath('documents');
      ipcMain.handle(
        CHOOSE_CHANNEL,
        createChooseHandler({
          getWindow: () => window,
          indexUrl: paths.indexUrl,
          chosen,
          ask: (purpose, suggestedName) =>
            chooseFileFor({ dialogs, locale, documentsDir }, purpose, suggestedName),
        }),
      );
      ipcMain.handle(
        DROP_CHANNEL,
        createDropHandler({ getWindow: () => window, indexUrl: paths.indexUrl, chosen }),
      );
      registerOpenLinkHandler(
        ipcMain,
        createOpenLinkHandler({ getWindow: () => window, indexUrl: paths.indexUrl, openExternal }),
      );

      actions = createMenuActions({
        dispatch: fromShell,
        dialogs,
        notify,
        writeTextFile: async (path, content) => writeFileAtomically(path, content),
        locale,
        documentsDir,
        appVersion: app.getVersion(),
        runtimeVersions: {
          electron: process.versions.electron,
          chrome: process.versions.chrome,
          node: process.versions.node,
        },
      });
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({ locale, isDev: !app.isPackaged, platform: process.platform, actions }),
        ),
      );

      // Opened before the window exists, so the renderer's first project/current sees it.
      if (pendingProject !== null) {
        const path = pendingProject;
        pendingProject = null;
        await actions.openProjectAt(path);
      }
      openWindow();
    })
    .catch((error: unknown) => {
      console.error('[verbatim] startup failed:', error);
      dialog.showErrorBox(
        'Verbatim',
        `Verbatim could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
      app.quit();
    });
}

startVerbatim();
