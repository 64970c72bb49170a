import type { IpcMainInvokeEvent } from 'electron';
import type { WireResult } from '../../app/errors.ts';
import { isChoosePurpose, type ChoosePurpose, type ChosenFile } from './channels.ts';
import type { ChosenPaths } from './chosenPaths.ts';
import { untrustedSenderReason, type CallHandlerOptions } from './ipc.ts';

export type ChooseHandler = (
  event: IpcMainInvokeEvent,
  purpose: unknown,
) => Promise<WireResult<readonly ChosenFile[]>>;

export interface ChooseHandlerOptions extends Pick<CallHandlerOptions, 'getWindow' | 'indexUrl'> {
  readonly chosen: ChosenPaths;
  /** Shows the native dialog for this purpose; the chosen path, or undefined when cancelled. */
  readonly ask: (purpose: ChoosePurpose) => Promise<string | undefined>;
}

function refused(message: string): WireResult<readonly ChosenFile[]> {
  return { ok: false, error: { code: 'NOT_ALLOWED', message } };
}

/**
 * The handler of the choose channel: the page asks for a file, main shows the native
 * dialog, remembers what the user picked and answers only handles (empty when cancelled).
 * Same sender checks as the call channel.
 */
export function createChooseHandler(options: ChooseHandlerOptions): ChooseHandler {
  return async (event, purpose) => {
    const reason = untrustedSenderReason(event, options.getWindow(), options.indexUrl);
    if (reason !== null) {
      console.warn(`[verbatim] refused a file dialog request: ${reason}.`);
      return refused(`Request refused: ${reason}.`);
    }
    if (!isChoosePurpose(purpose)) return refused('Unknown kind of file to choose.');
    const path = await options.ask(purpose);
    return { ok: true, data: path === undefined ? [] : [options.chosen.remember(path)] };
  };
}
