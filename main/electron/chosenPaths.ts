import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { OperationName } from '../../app/contract/api.ts';
import { dispatch } from '../../app/dispatch.ts';
import { AppError } from '../../app/errors.ts';
import type { Caller } from '../../app/operationAccess.ts';
import type { ProjectSession } from '../../app/session.ts';
import { hasExtension, PROJECT_EXTENSION } from '../projectFiles.ts';
import type { ChoosePurpose, ChosenFile } from './channels.ts';
import type { Dispatcher } from './ipc.ts';

/** The operations a handle chosen for each purpose may name a file for. */
const PURPOSE_OPERATIONS: Readonly<Record<ChoosePurpose, ReadonlySet<OperationName>>> = {
  // Joining a team project creates a new project file, chosen like a new project.
  createProject: new Set(['project/create', 'team/join']),
  openProject: new Set(['project/open']),
  mergeProject: new Set(['project/mergePreview', 'project/merge']),
  saveCopy: new Set(['project/saveCopy']),
  exportExcerpts: new Set(['exports/excerptsToFileJob']),
  exportProject: new Set(['exchange/exportProjectToFileJob']),
  exportCodebook: new Set(['exports/codebookToFileJob']),
  exportQdc: new Set(['exchange/exportCodebookToFileJob']),
  exportMatrix: new Set(['exports/matrixToFileJob']),
  exportSummaries: new Set(['summaries/exportToFileJob']),
};

/** The extensions (lower case) a file chosen for each purpose may have. */
export const PURPOSE_EXTENSIONS: Readonly<Record<ChoosePurpose, readonly string[]>> = {
  createProject: [PROJECT_EXTENSION],
  openProject: [PROJECT_EXTENSION],
  mergeProject: [PROJECT_EXTENSION],
  saveCopy: [PROJECT_EXTENSION],
  exportExcerpts: ['.csv', '.docx', '.md', '.html'],
  exportProject: ['.qdpx'],
  exportCodebook: ['.docx', '.md', '.csv'],
  exportQdc: ['.qdc'],
  exportMatrix: ['.csv', '.xlsx'],
  exportSummaries: ['.xlsx', '.docx'],
};

interface Chosen {
  readonly path: string;
  readonly purpose: ChoosePurpose;
}

/**
 * The files the user chose in native dialogs (or dropped) for this window, each with what it
 * was chosen for. The renderer only ever holds opaque handles to them; main turns a handle
 * back into the path only for a call of that purpose, so script in the page can neither name
 * a file the user did not choose nor use a file chosen to open as the target of a copy.
 */
export class ChosenPaths {
  private readonly byHandle = new Map<string, Chosen>();

  remember(path: string, purpose: ChoosePurpose): ChosenFile {
    const handle = `chosen:${randomUUID()}`;
    this.byHandle.set(handle, { path, purpose });
    return { handle, name: basename(path) };
  }

  /**
   * The path behind `handle` when it was chosen for the purpose of operation `name`, and
   * only with an extension of that purpose (`.verbatim` for a project, any case; an
   * export's own formats), so an export can never overwrite a project, nor a copy a report.
   */
  resolve(handle: string, name: OperationName): string | undefined {
    const chosen = this.byHandle.get(handle);
    if (!chosen || !PURPOSE_OPERATIONS[chosen.purpose].has(name)) return undefined;
    const allowed = PURPOSE_EXTENSIONS[chosen.purpose];
    return allowed.some((extension) => hasExtension(chosen.path, extension)) ? chosen.path : undefined;
  }

  /** Forgets every handle (the window that held them closed). */
  clear(): void {
    this.byHandle.clear();
  }
}

/** Projects the user opened before may be opened again (or merged) by path, from the recent list. */
const RECENT_PATH_OPERATIONS: ReadonlySet<OperationName> = new Set([
  'project/open',
  'project/mergePreview',
  'project/merge',
]);

/**
 * The renderer's caller: each path field must carry a handle from `chosen` picked for this
 * operation's purpose, or, to open or merge a project, a path of the recent list (projects
 * the user opened before).
 */
export function rendererCaller(chosen: ChosenPaths, recent: () => readonly string[]): Caller {
  return {
    transport: 'electron',
    userPath(sent, name) {
      const path = chosen.resolve(sent, name);
      if (path !== undefined) return path;
      if (RECENT_PATH_OPERATIONS.has(name) && recent().includes(sent)) return sent;
      throw new AppError(
        'NOT_ALLOWED',
        'Verbatim uses only files you choose in its own file dialogs; choose the file again.',
      );
    },
  };
}

/** The main process's own caller (File menu, command line of the app): its paths come from native dialogs or argv. */
export const SHELL_CALLER: Caller = { transport: 'electron', userPath: (sent) => sent };

/**
 * The two ways into `dispatch` in the desktop app: calls from the page (IPC), whose paths
 * must be handles of chosen files, and the main process's own calls (menu, argv).
 */
export function electronDispatchers(
  session: ProjectSession,
  chosen: ChosenPaths,
): { readonly fromRenderer: Dispatcher; readonly fromShell: Dispatcher } {
  const renderer = rendererCaller(chosen, () => session.options.recent.list());
  return {
    fromRenderer: (name, input) => dispatch(session, name, input, renderer),
    fromShell: (name, input) => dispatch(session, name, input, SHELL_CALLER),
  };
}
