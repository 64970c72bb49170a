import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi, type Mock } from 'vitest';
import { buildMenuTemplate, MENU_IDS, type MenuActions } from './menu.ts';

vi.mock('electron', () => ({}));

type Action = () => Promise<void> | void;

function fakeActions(): { [K in keyof MenuActions]: Mock<Action> } {
  return {
    newProject: vi.fn<Action>(),
    openProject: vi.fn<Action>(),
    importTranscripts: vi.fn<Action>(),
    exportExcerpts: vi.fn<Action>(),
    undo: vi.fn<Action>(),
    redo: vi.fn<Action>(),
    about: vi.fn<Action>(),
  };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function topLabels(template: MenuItemConstructorOptions[]): (string | undefined)[] {
  return template.map((item) => item.label);
}

function submenuLabels(item: MenuItemConstructorOptions | undefined): (string | undefined)[] {
  return (item?.submenu as MenuItemConstructorOptions[])
    .filter((entry) => entry.type !== 'separator')
    .map((entry) => entry.label);
}

/** Menu clicks run their action asynchronously; let it settle. */
async function click(item: MenuItemConstructorOptions): Promise<void> {
  (item.click as () => void)();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('buildMenuTemplate', () => {
  it('uses English labels for an English or unknown locale', () => {
    for (const locale of ['en-US', 'de-DE', '']) {
      const template = buildMenuTemplate({ locale, isDev: false, platform: 'linux', actions: fakeActions() });
      expect(topLabels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
      expect(submenuLabels(template[0])).toEqual([
        'New project…',
        'Open project…',
        'Import transcripts…',
        'Export excerpts (Markdown)…',
        'Quit',
      ]);
      expect(submenuLabels(template[3])).toEqual(['About Verbatim']);
    }
  });

  it('uses French labels when the locale starts with fr', () => {
    for (const locale of ['fr', 'fr-FR', 'fr-CA', 'FR-be']) {
      const template = buildMenuTemplate({ locale, isDev: false, platform: 'win32', actions: fakeActions() });
      expect(topLabels(template)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
      expect(submenuLabels(template[0])).toEqual([
        'Nouveau projet…',
        'Ouvrir un projet…',
        'Importer des transcriptions…',
        'Exporter les extraits (Markdown)…',
        'Quitter',
      ]);
      expect(submenuLabels(template[1])).toEqual([
        'Annuler',
        'Rétablir',
        'Couper',
        'Copier',
        'Coller',
        'Tout sélectionner',
      ]);
      expect(submenuLabels(template[3])).toEqual(['À propos de Verbatim']);
    }
  });

  it.each([
    [MENU_IDS.newProject, 'newProject'],
    [MENU_IDS.openProject, 'openProject'],
    [MENU_IDS.importTranscripts, 'importTranscripts'],
    [MENU_IDS.exportExcerpts, 'exportExcerpts'],
    [MENU_IDS.about, 'about'],
  ] as const)('wires %s to %s and to nothing else', async (id, action) => {
    const actions = fakeActions();
    const template = buildMenuTemplate({ locale: 'en', isDev: false, platform: 'linux', actions });
    await click(byId(template, id));
    for (const [name, spy] of Object.entries(actions)) {
      expect(spy, name).toHaveBeenCalledTimes(name === action ? 1 : 0);
    }
  });

  it('uses Electron roles for quit and editing so the platform behaviour is native', () => {
    const template = buildMenuTemplate({
      locale: 'en',
      isDev: false,
      platform: 'linux',
      actions: fakeActions(),
    });
    expect(byId(template, MENU_IDS.quit).role).toBe('quit');
    const editRoles = (template[1]?.submenu as MenuItemConstructorOptions[])
      .map((item) => item.role)
      .filter(Boolean);
    expect(editRoles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      items(buildMenuTemplate({ locale: 'en', isDev, platform: 'linux', actions: fakeActions() })).map(
        (item) => item.role,
      );
    expect(roles(true)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools', 'zoomIn', 'zoomOut', 'resetZoom']),
    );
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('forceReload');
    expect(roles(false)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('follows macOS conventions: application menu first, Quit and About there', () => {
    const template = buildMenuTemplate({
      locale: 'fr-FR',
      isDev: false,
      platform: 'darwin',
      actions: fakeActions(),
    });
    expect(topLabels(template)).toEqual(['Verbatim', 'Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    const appMenu = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appMenu.map((item) => item.id)).toEqual(expect.arrayContaining([MENU_IDS.about, MENU_IDS.quit]));
    expect(submenuLabels(template[1])).not.toContain('Quitter');
  });

  it('reports a failing action instead of leaving an unhandled rejection', async () => {
    const actions = fakeActions();
    actions.exportExcerpts.mockRejectedValueOnce(new Error('disk full'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const template = buildMenuTemplate({ locale: 'en', isDev: false, platform: 'linux', actions });
    await click(byId(template, MENU_IDS.exportExcerpts));
    expect(error).toHaveBeenCalledWith('[verbatim] menu action failed:', expect.any(Error));
    error.mockRestore();
  });

  it('sends Undo and Redo to the renderer, which chooses text-field or project history', () => {
    const actions = fakeActions();
    const template = buildMenuTemplate({ locale: 'fr', isDev: false, platform: 'linux', actions });
    const undo = byId(template, MENU_IDS.undo);
    const redo = byId(template, MENU_IDS.redo);
    expect([undo.label, undo.accelerator, redo.label, redo.accelerator]).toEqual([
      'Annuler',
      'CmdOrCtrl+Z',
      'Rétablir',
      'Ctrl+Y',
    ]);
    (undo.click as () => void)();
    (redo.click as () => void)();
    return vi.waitFor(() => {
      expect(actions.undo).toHaveBeenCalledOnce();
      expect(actions.redo).toHaveBeenCalledOnce();
    });
  });
});
