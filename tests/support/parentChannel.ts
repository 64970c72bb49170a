import type { MessagePort } from 'node:worker_threads';
import type {
  BackendChannel,
  BackendClose,
  BackendRequest,
  BackendResponse,
} from '../../main/electron/backendChannel.ts';

/** A worker thread's parent port as the backend's end of the channel (stand-in for process.parentPort). */
export function parentPortChannel(
  port: MessagePort,
): BackendChannel<BackendRequest | BackendClose, BackendResponse> {
  return {
    send: (message) => port.postMessage(message),
    onMessage: (listener) =>
      port.on('message', (message: BackendRequest | BackendClose) => listener(message)),
    onClose: (listener) => port.on('close', listener),
  };
}
