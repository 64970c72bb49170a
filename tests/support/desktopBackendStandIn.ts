// Stands in for the backend utility process in main.test.ts: a worker thread running the
// real backend (main/electron/backendSession.ts) over the same messages, since the
// Electron binary, and so utilityProcess, is not there in tests.
import { parentPort, workerData } from 'node:worker_threads';
import type { BackendStart } from '../../main/electron/backendChannel.ts';
import { runBackend } from '../../main/electron/backendSession.ts';
import { parentPortChannel } from './parentChannel.ts';

if (parentPort) runBackend(parentPortChannel(parentPort), workerData as BackendStart, () => process.exit(0));
