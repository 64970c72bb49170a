import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { startSourceWorker } from '../../app/jobs/worker/startWorker.ts';
import { makeTempDir } from '../../tests/support/tempDir.ts';
import type { BackendChannel, BackendRequest, BackendResponse } from './backendChannel.ts';
import { backendDispatchers } from './backendClient.ts';
import { ChosenPaths } from './chosenPaths.ts';

/** The backend in another thread, as the utility process will be, with what main sent it. */
function startBackend(): {
  worker: Worker;
  sent: BackendRequest[];
  channel: BackendChannel<BackendResponse, BackendRequest>;
} {
  const worker = startSourceWorker(new URL('../../tests/support/backendStandIn.ts', import.meta.url), null);
  const sent: BackendRequest[] = [];
  const channel: BackendChannel<BackendResponse, BackendRequest> = {
    send: (message) => {
      sent.push(message);
      worker.postMessage(message);
    },
    onMessage: (listener) => worker.on('message', listener),
    onClose: (listener) => worker.on('exit', listener),
  };
  return { worker, sent, channel };
}

let running: Worker | null = null;
afterEach(async () => {
  await running?.terminate();
  running = null;
});

describe('dispatch in a backend process, over messages', () => {
  it('answers each call with its own result, several in flight at once', async () => {
    const backend = startBackend();
    running = backend.worker;
    const chosen = new ChosenPaths();
    const { fromRenderer, fromShell } = backendDispatchers(backend.channel, chosen, () => []);
    const path = join(makeTempDir('backend'), 'etude.verbatim');
    const created = await fromShell('project/create', { path });
    expect(created.ok).toBe(true);
    const [codes, current, unknown] = await Promise.all([
      fromRenderer('codes/create', { name: 'travail' }),
      fromRenderer('project/current', {}),
      fromRenderer('nothing/here', {}),
    ]);
    expect(codes).toMatchObject({ ok: true, data: { name: 'travail' } });
    expect(current).toMatchObject({ ok: true, data: { path } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('turns path handles into chosen paths in main, and refuses any other path before it leaves', async () => {
    const backend = startBackend();
    running = backend.worker;
    const chosen = new ChosenPaths();
    const { fromRenderer } = backendDispatchers(backend.channel, chosen, () => []);
    const folder = makeTempDir('backend-paths');
    const typed = join(folder, 'typed.verbatim');
    const refused = await fromRenderer('project/create', { path: typed });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    const malformed = await fromRenderer('project/create', { path: 42 });
    expect(malformed.ok).toBe(false);
    expect(backend.sent).toEqual([]);
    expect(existsSync(typed)).toBe(false);

    const picked = join(folder, 'picked.verbatim');
    const { handle } = chosen.remember(picked, 'createProject');
    expect(await fromRenderer('project/create', { path: handle })).toMatchObject({ ok: true });
    expect(backend.sent.map((request) => request.input)).toEqual([{ path: picked }]);
    expect(existsSync(picked)).toBe(true);
  });

  it('answers calls still waiting with an error when the backend stops', async () => {
    const backend = startBackend();
    const { fromShell } = backendDispatchers(backend.channel, new ChosenPaths(), () => []);
    const waiting = fromShell('project/current', {});
    await backend.worker.terminate();
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await fromShell('project/current', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
