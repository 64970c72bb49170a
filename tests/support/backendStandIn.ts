// Stands in for the Electron utility process in tests: a worker thread that owns a
// ProjectSession and answers main's requests with the same serveBackend, over the same
// messages (main/electron/backendChannel.ts).
import { parentPort } from 'node:worker_threads';
import { serveBackend } from '../../main/electron/backendServer.ts';
import { parentPortChannel } from './parentChannel.ts';
import { testSession } from './session.ts';

if (parentPort) serveBackend(parentPortChannel(parentPort), testSession(), () => process.exit(0));
