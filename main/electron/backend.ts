// Entry of the backend utility process (bundled to out/main/backend.cjs): main forks it
// (./backendFork.ts) and it runs dispatch, so no call, however slow, holds the windows.
import type { BackendRequest, BackendStart } from './backendChannel.ts';
import { runBackend } from './backendSession.ts';

const port = process.parentPort;
// main passes the start as the fork's one argument (./backendFork.ts).
const start = JSON.parse(process.argv.at(-1) ?? '{}') as BackendStart;
runBackend(
  {
    send: (message) => port.postMessage(message),
    onMessage: (listener) => port.on('message', (event) => listener(event.data as BackendRequest)),
    // The parent port lasts as long as this process.
    onClose: () => undefined,
  },
  start,
  () => process.exit(0),
);
