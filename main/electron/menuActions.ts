import { join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { InputOf, OperationName, OutputOf } from '../../app/contract/api.ts';
import type { WireResult } from '../../app/errors.ts';
import type { MenuEvent } from './channels.ts';
import type { Dispatcher } from './ipc.ts';
import type { MenuActions } from './menu.ts';
import { withExtension } from '../projectFiles.ts';
import { chooseProjectFile } from './projectDialogs.ts';
import { nativeLanguage, nativeStrings } from './strings.ts';

/**
 * The native dialogs the actions need, narrowed to what they use. main.ts binds them to
 * Electron's `dialog` and the window; tests pass fakes.
 */
export interface Dialogs {
  /** Resolves to the chosen path, or undefined when cancelled. */
  save(options: SaveDialogOptions): Promise<string | undefined>;
  /** Resolves to the chosen paths, empty when cancelled. */
  open(options: OpenDialogOptions): Promise<string[]>;
  info(options: { title: string; message: string; detail?: string }): Promise<void>;
  error(title: string, message: string): void;
}

export interface MenuActionDeps {
  readonly dispatch: Dispatcher;
  readonly dialogs: Dialogs;
  /** Tells the renderer to reload what the action changed. */
  readonly notify: (event: MenuEvent) => void;
  readonly writeTextFile: (path: string, content: string) => Promise<void>;
  readonly locale: string;
  /** Folder proposed by save dialogs (app.getPath('documents')). */
  readonly documentsDir: string;
  readonly appVersion: string;
  readonly runtimeVersions: { electron: string; chrome: string; node: string };
}

export interface AppActions extends MenuActions {
  /** Opens a project by path (command line, second instance, macOS open-file). */
  openProjectAt(path: string): Promise<boolean>;
}

const MAX_LISTED_FAILURES = 15;

/** The menu's behaviour: dialogs around `dispatch`, with errors shown rather than thrown. */
export function createMenuActions(deps: MenuActionDeps): AppActions {
  const t = nativeStrings(deps.locale);

  async function call<N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N> | undefined> {
    const result = (await deps.dispatch(name, input)) as WireResult<OutputOf<N>>;
    if (result.ok) return result.data;
    deps.dialogs.error(t.errorTitle, result.error.message);
    return undefined;
  }

  async function openProjectAt(path: string): Promise<boolean> {
    const info = await call('project/open', { path });
    if (info === undefined) return false;
    deps.notify('project-changed');
    return true;
  }

  return {
    openProjectAt,

    async newProject() {
      const chosen = await chooseProjectFile(deps, 'createProject');
      if (chosen === undefined) return;
      const info = await call('project/create', { path: chosen });
      if (info !== undefined) deps.notify('project-changed');
    },

    async openProject() {
      const chosen = await chooseProjectFile(deps, 'openProject');
      if (chosen !== undefined) await openProjectAt(chosen);
    },

    async importTranscripts() {
      const paths = await deps.dialogs.open({
        title: t.importTitle,
        defaultPath: deps.documentsDir,
        filters: [{ name: t.transcriptFilter, extensions: ['txt', 'md'] }],
        properties: ['openFile', 'multiSelections'],
      });
      if (paths.length === 0) return;
      const report = await call('documents/importPaths', { paths });
      if (report === undefined) return;
      if (report.imported.length > 0) deps.notify('documents-changed');
      const failures = report.failed
        .slice(0, MAX_LISTED_FAILURES)
        .map((failure) => `${failure.file}: ${failure.message}`);
      if (report.failed.length > MAX_LISTED_FAILURES) failures.push('…');
      await deps.dialogs.info({
        title: t.importDoneTitle,
        message: t.importSummary(report.imported.length, report.failed.length),
        ...(failures.length > 0 ? { detail: failures.join('\n') } : {}),
      });
    },

    async exportExcerpts() {
      // Render first: if there is nothing to export (no project), say so before asking where.
      const file = await call('exports/excerpts', { format: 'md', language: nativeLanguage(deps.locale) });
      if (file === undefined) return;
      const chosen = await deps.dialogs.save({
        title: t.exportTitle,
        defaultPath: join(deps.documentsDir, file.fileName),
        filters: [{ name: t.markdownFilter, extensions: ['md'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (chosen === undefined) return;
      const target = withExtension(chosen, '.md');
      try {
        await deps.writeTextFile(target, file.content);
      } catch (error) {
        deps.dialogs.error(t.errorTitle, error instanceof Error ? error.message : String(error));
        return;
      }
      await deps.dialogs.info({ title: t.exportDoneTitle, message: t.exportedTo(target) });
    },

    undo() {
      deps.notify('undo');
    },

    redo() {
      deps.notify('redo');
    },

    async about() {
      await deps.dialogs.info({
        title: t.about,
        message: 'Verbatim',
        detail: t.aboutDetail(deps.appVersion, deps.runtimeVersions),
      });
    },
  };
}
