// Stands in for the backend utility process in main.test.ts: a worker thread running the
// real backend (main/electron/backendSession.ts) over the same messages, since the
// Electron binary, and so utilityProcess, is not there in tests.
import { parentPort, workerData } from 'node:worker_threads';
import type { BackendRequest, BackendStart } from '../../main/electron/backendChannel.ts';
import { runBackend } from '../../main/electron/backendSession.ts';

const port = parentPort;
if (port) {
  runBackend(
    {
      send: (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (message: BackendRequest) => listener(message)),
      onClose: (listener) => port.on('close', listener),
    },
    workerData as BackendStart,
    () => process.exit(0),
  );
}
