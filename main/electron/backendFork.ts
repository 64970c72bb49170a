import type { UtilityProcess } from 'electron';
import type {
  BackendChannel,
  BackendClose,
  BackendRequest,
  BackendResponse,
  BackendStart,
} from './backendChannel.ts';

export type ForkUtilityProcess = (
  modulePath: string,
  args: string[],
  options: { serviceName: string },
) => UtilityProcess;

/**
 * Forks the backend utility process (./backend.ts) and gives main its end of the channel.
 * Messages sent before the process has spawned wait for it.
 */
export function forkBackend(
  fork: ForkUtilityProcess,
  modulePath: string,
  start: BackendStart,
): BackendChannel<BackendResponse, BackendRequest | BackendClose> {
  const child = fork(modulePath, [JSON.stringify(start)], { serviceName: 'Verbatim backend' });
  let spawned = false;
  const waiting: (BackendRequest | BackendClose)[] = [];
  child.once('spawn', () => {
    spawned = true;
    for (const message of waiting.splice(0)) child.postMessage(message);
  });
  return {
    send: (message) => {
      if (spawned) child.postMessage(message);
      else waiting.push(message);
    },
    onMessage: (listener) => child.on('message', (message: BackendResponse) => listener(message)),
    onClose: (listener) => child.on('exit', () => listener()),
  };
}
