// Stands in for the Electron utility process in tests: a worker thread that owns a
// ProjectSession and answers main's requests with the same serveBackend, over the same
// messages (main/electron/backendChannel.ts).
import { parentPort } from 'node:worker_threads';
import type { BackendRequest } from '../../main/electron/backendChannel.ts';
import { serveBackend } from '../../main/electron/backendServer.ts';
import { testSession } from './session.ts';

const port = parentPort;
if (port) {
  serveBackend(
    {
      send: (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (message: BackendRequest) => listener(message)),
      onClose: (listener) => port.on('close', listener),
    },
    testSession(),
    () => process.exit(0),
  );
}
