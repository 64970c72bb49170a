import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appPaths, ELECTRON_NATIVE_BINDING, findElectronNativeBinding } from './appPaths.ts';
import { projectPathFromArgv } from './singleInstance.ts';
import { mainWindowOptions } from './window.ts';

vi.mock('electron', () => ({ BrowserWindow: vi.fn() }));

describe('projectPathFromArgv', () => {
  it('finds a project file among Electron and Chromium arguments', () => {
    expect(projectPathFromArgv(['/opt/Verbatim/verbatim', '/data/study.verbatim'], '/home/ana')).toBe(
      '/data/study.verbatim',
    );
    expect(
      projectPathFromArgv(
        ['electron', '.', '--allow-file-access-from-files', 'study.VERBATIM', '--enable-logging'],
        '/home/ana',
      ),
    ).toBe('/home/ana/study.VERBATIM');
  });

  it('resolves a relative path against the launching directory, not ours', () => {
    expect(projectPathFromArgv(['verbatim', 'projects/a.verbatim'], '/work/team')).toBe(
      '/work/team/projects/a.verbatim',
    );
  });

  it('ignores switches and other files, and returns null when none is given', () => {
    expect(projectPathFromArgv(['verbatim', '--open=x.verbatim', 'notes.txt'], '/')).toBeNull();
    expect(projectPathFromArgv([], '/')).toBeNull();
  });
});

describe('findElectronNativeBinding', () => {
  it('uses the app folder in development and the resources folder when packaged', () => {
    const seen: string[] = [];
    const exists = (path: string) => {
      seen.push(path);
      return true;
    };
    expect(
      findElectronNativeBinding({ appRoot: '/src/verbatim', resourcesPath: '/r', isPackaged: false, exists }),
    ).toBe(join('/src/verbatim', ELECTRON_NATIVE_BINDING));
    expect(
      findElectronNativeBinding({
        appRoot: '/opt/V/resources/app.asar',
        resourcesPath: '/opt/V/resources',
        isPackaged: true,
        exists,
      }),
    ).toBe(join('/opt/V/resources', '.electron-native', 'better_sqlite3.node'));
    expect(seen).toHaveLength(2);
  });

  it('returns undefined when the binding has not been built', () => {
    expect(
      findElectronNativeBinding({
        appRoot: '/src/verbatim',
        resourcesPath: '/r',
        isPackaged: false,
        exists: () => false,
      }),
    ).toBeUndefined();
  });
});

describe('appPaths', () => {
  it('points at the built renderer and preload, and shows the interface from app://, not file://', () => {
    const paths = appPaths('/home/ana/My Apps/verbatim');
    expect(paths.rendererDir).toBe(join('/home/ana/My Apps/verbatim', 'out', 'renderer'));
    expect(paths.indexHtml).toBe(join('/home/ana/My Apps/verbatim', 'out', 'renderer', 'index.html'));
    expect(paths.preload).toBe(join('/home/ana/My Apps/verbatim', 'out', 'main', 'preload.cjs'));
    expect(paths.indexUrl).toBe('app://verbatim/index.html');
  });
});

describe('mainWindowOptions', () => {
  it('isolates the renderer from Node.js', () => {
    const preferences = mainWindowOptions('/app/out/main/preload.cjs').webPreferences;
    expect(preferences).toMatchObject({
      preload: '/app/out/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });
});
