import { basename, isAbsolute } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import type { WireResult } from '../../app/errors.ts';
import { hasExtension, PROJECT_EXTENSION } from '../projectFiles.ts';
import { isChoosePurpose, type ChoosePurpose, type ChosenFile } from './channels.ts';
import type { ChosenPaths } from './chosenPaths.ts';
import { untrustedSenderReason, type CallHandlerOptions } from './ipc.ts';

/** Answers the handles of the files the user chose (empty when cancelled). */
export type ChooseHandler = (
  event: IpcMainInvokeEvent,
  request: unknown,
  suggestedName?: unknown,
) => Promise<WireResult<readonly ChosenFile[]>>;

type SenderOptions = Pick<CallHandlerOptions, 'getWindow' | 'indexUrl'> & { readonly chosen: ChosenPaths };

export interface ChooseHandlerOptions extends SenderOptions {
  /**
   * Shows the native dialog for this purpose (an export's proposing `suggestedName`, a bare
   * file name); the chosen path, or undefined when cancelled.
   */
  readonly ask: (purpose: ChoosePurpose, suggestedName: string | undefined) => Promise<string | undefined>;
}

function refused(message: string): WireResult<readonly ChosenFile[]> {
  return { ok: false, error: { code: 'NOT_ALLOWED', message } };
}

/** A file to remember, and what it was chosen for. */
interface Picked {
  readonly path: string;
  readonly purpose: ChoosePurpose;
}

/** Same sender checks as the call channel; then `answer` gives the file to remember, if any. */
function fromOurPage(
  options: SenderOptions,
  what: string,
  answer: (
    request: unknown,
    suggestedName: unknown,
  ) => Promise<Picked | undefined | WireResult<readonly ChosenFile[]>>,
): ChooseHandler {
  return async (event, request, suggestedName) => {
    const reason = untrustedSenderReason(event, options.getWindow(), options.indexUrl);
    if (reason !== null) {
      console.warn(`[verbatim] refused ${what}: ${reason}.`);
      return refused(`Request refused: ${reason}.`);
    }
    const picked = await answer(request, suggestedName);
    if (picked !== undefined && 'ok' in picked) return picked;
    return {
      ok: true,
      data: picked === undefined ? [] : [options.chosen.remember(picked.path, picked.purpose)],
    };
  };
}

/**
 * The handler of the choose channel: the page asks for a file, main shows the native
 * dialog, remembers what the user picked, for that purpose, and answers only handles
 * (empty when cancelled).
 */
export function createChooseHandler(options: ChooseHandlerOptions): ChooseHandler {
  return fromOurPage(options, 'a file dialog request', async (purpose, suggestedName) => {
    if (!isChoosePurpose(purpose)) return refused('Unknown kind of file to choose.');
    // Only a name to propose: the user still picks the folder and may change it.
    const suggested = typeof suggestedName === 'string' ? basename(suggestedName).slice(0, 200) : undefined;
    const path = await options.ask(purpose, suggested || undefined);
    return path === undefined ? undefined : { path, purpose };
  });
}

/**
 * The handler of the drop channel: the preload sends the path of a file dropped on the
 * window (the page cannot: it has no ipcRenderer, and a File it makes has no path). A
 * dropped project is one to open, and only a `.verbatim` file is one.
 */
export function createDropHandler(options: SenderOptions): ChooseHandler {
  return fromOurPage(options, 'a dropped file', async (path) => {
    if (typeof path !== 'string' || !isAbsolute(path))
      return refused('A dropped file must come from the disk.');
    if (!hasExtension(path, PROJECT_EXTENSION))
      return refused('Only a Verbatim project (a .verbatim file) can be dropped here.');
    return { path, purpose: 'openProject' };
  });
}
