import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { OperationName } from '../../app/contract/api.ts';
import { dispatch } from '../../app/dispatch.ts';
import { AppError } from '../../app/errors.ts';
import type { Caller } from '../../app/operationAccess.ts';
import type { ProjectSession } from '../../app/session.ts';
import type { ChosenFile } from './channels.ts';
import type { Dispatcher } from './ipc.ts';

/**
 * The files the user chose in native dialogs for this window. The renderer only ever holds
 * opaque handles to them; main turns a handle back into the path when a call uses it, so
 * script in the page cannot name a file the user did not choose.
 */
export class ChosenPaths {
  private readonly byHandle = new Map<string, string>();

  remember(path: string): ChosenFile {
    const handle = `chosen:${randomUUID()}`;
    this.byHandle.set(handle, path);
    return { handle, name: basename(path) };
  }

  resolve(handle: string): string | undefined {
    return this.byHandle.get(handle);
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
 * The renderer's caller: each path field must carry a handle from `chosen`, or, to open or
 * merge a project, a path of the recent list (projects the user opened before).
 */
export function rendererCaller(chosen: ChosenPaths, recent: () => readonly string[]): Caller {
  return {
    transport: 'electron',
    userPath(sent, name) {
      const path = chosen.resolve(sent);
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
