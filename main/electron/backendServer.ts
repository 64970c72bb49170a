import { dispatch } from '../../app/dispatch.ts';
import type { ProjectSession } from '../../app/session.ts';
import type { BackendChannel, BackendClose, BackendRequest, BackendResponse } from './backendChannel.ts';
import { SHELL_CALLER } from './chosenPaths.ts';

/**
 * The backend process's side: answers each request of main with `dispatch` on the session
 * this process owns. Requests come only from main (a utility process's parent port is not
 * reachable from a page), and main has already turned the page's path handles into the
 * paths the user chose (./backendClient.ts): so paths are taken as they come.
 */
export function serveBackend(
  channel: BackendChannel<BackendRequest | BackendClose, BackendResponse>,
  session: ProjectSession,
  exit: () => void,
): void {
  channel.onMessage((message) => {
    if ('close' in message) {
      try {
        session.close();
      } finally {
        exit();
      }
      return;
    }
    const { id, name, input } = message;
    void dispatch(session, name, input, SHELL_CALLER).then((result) => channel.send({ id, result }));
  });
}
