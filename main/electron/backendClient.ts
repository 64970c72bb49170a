import { api, type OperationName } from '../../app/contract/api.ts';
import { AppError, wireErrorOf, type WireResult } from '../../app/errors.ts';
import { withUserPaths } from '../../app/operationAccess.ts';
import type { BackendChannel, BackendClose, BackendRequest, BackendResponse } from './backendChannel.ts';
import { rendererCaller, type ChosenPaths } from './chosenPaths.ts';
import type { Dispatcher } from './ipc.ts';

function failed(code: AppError['code'], message: string): WireResult<unknown> {
  return { ok: false, error: { code, message } };
}

/**
 * Main's side of the backend process: the same two dispatchers as `electronDispatchers`,
 * whose calls travel to the process that owns the session (./backendServer.ts) with a
 * request id. The chosen-paths map stays in main: a page's call has its path handles
 * turned into paths here, before it leaves, and a path the user did not choose is refused
 * here, so the backend never sees it (docs/security/paths.md).
 */
export function backendDispatchers(
  channel: BackendChannel<BackendResponse, BackendRequest | BackendClose>,
  chosen: ChosenPaths,
  recent: () => readonly string[],
): { readonly fromRenderer: Dispatcher; readonly fromShell: Dispatcher; readonly close: () => void } {
  const pending = new Map<number, (result: WireResult<unknown>) => void>();
  let nextId = 1;
  let closed = false;
  channel.onMessage(({ id, result }) => {
    pending.get(id)?.(result);
    pending.delete(id);
  });
  channel.onClose(() => {
    closed = true;
    for (const answer of pending.values())
      answer(failed('INTERNAL', 'The Verbatim backend stopped; restart Verbatim.'));
    pending.clear();
  });
  const forward: Dispatcher = (name, input) => {
    if (closed) return Promise.resolve(failed('INTERNAL', 'The Verbatim backend stopped; restart Verbatim.'));
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      channel.send({ id, name, input });
    });
  };
  const caller = rendererCaller(chosen, recent);
  return {
    fromRenderer: (name, input) => {
      if (!Object.hasOwn(api, name)) return forward(name, input);
      try {
        return forward(name, withUserPaths(name as OperationName, input ?? {}, caller));
      } catch (error) {
        if (error instanceof AppError) return Promise.resolve({ ok: false, error: wireErrorOf(error) });
        // A path field of the wrong shape: the contract would refuse it too.
        return Promise.resolve(
          failed('INVALID_INPUT', `Invalid input for ${name}: a file field is malformed.`),
        );
      }
    },
    fromShell: forward,
    close: () => channel.send({ close: true }),
  };
}
