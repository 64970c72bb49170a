import { countCodings, countDocuments, type Db } from '../../../db/index.ts';
import { AppError } from '../../errors.ts';
import type { ProjectSession } from '../../session.ts';
import { isBlind } from '../../visibility/blindSession.ts';
import { JobCancelled, type JobControl } from '../registry.ts';
import type { WorkerJob, WorkerMessage } from './protocol.ts';
import { startJobWorker } from './startWorker.ts';
import { downloadFlow, relayToTarget, watchTarget } from './downloadRelay.ts';
import { downloadTarget } from '../../exports/stream/downloadTarget.ts';
import {
  workerTasks,
  type WorkerProject,
  type WorkerTaskInput,
  type WorkerTaskName,
  type WorkerTaskOutput,
} from './tasks.ts';

const noControl: JobControl = { progress: () => undefined, cancelled: false };

/** The project as the caller sees it, for a worker to open on its own connection. */
function projectOf(session: ProjectSession): WorkerJob['project'] {
  // In blind mode runVisible gave a read the blind reader: the worker opens the same view.
  const db = session.db();
  return {
    path: db.name,
    name: session.name ?? 'Verbatim',
    blindCoder: isBlind(db) ? session.coder.name : null,
    nativeBinding: session.options.nativeBinding,
  };
}

function failure(message: Extract<WorkerMessage, { kind: 'failed' }>): Error {
  return message.code !== null
    ? new AppError(message.code, message.message, message.translated)
    : new Error(message.message);
}

/**
 * Runs a long task (./tasks.ts) in a worker thread, so the thread that answers calls (the
 * Electron backend, the web shell's server, the CLI) stays free while it runs. Progress goes
 * to `control`; `signal` cancels: an export for a download is stopped at once; an export to
 * a file is told to stop and removes its file; an import is told to stop and undoes what it
 * imported. Resolves with the task's result.
 */
export function runInWorker<K extends WorkerTaskName>(
  task: K,
  input: WorkerTaskInput<K>,
  session: ProjectSession,
  control: JobControl = noControl,
  signal?: AbortSignal,
): Promise<WorkerTaskOutput<K>> {
  const cancel = new SharedArrayBuffer(4);
  const out = (input as { out?: unknown }).out;
  // An export to a download target of this thread (the web shell's response): relayed.
  const target = typeof out === 'string' ? downloadTarget(out) : undefined;
  const download = target && typeof out === 'string' ? { out, flow: downloadFlow() } : null;
  const job: WorkerJob = { task, input, project: projectOf(session), cancel, download };
  const worker = startJobWorker(job);
  if (target && download) watchTarget(target, download.flow);
  return new Promise<WorkerTaskOutput<K>>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = (): void => {
      Atomics.store(new Int32Array(cancel), 0, 1);
      // An import undoes its work, and an export to a path removes its file: both stop by themselves.
      if (workerTasks[task].writes || workerTasks[task].writesFile) return;
      // An export for a download writes nothing: stopping its thread loses nothing.
      settle(() => reject(new JobCancelled()));
      void worker.terminate();
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort);
    worker.on('message', (message: WorkerMessage) => {
      if (target && download && relayToTarget(target, download.flow, message)) return;
      if (message.kind === 'progress') control.progress(message.done, message.total, message.current);
      else if (message.kind === 'done') settle(() => resolve(message.result as WorkerTaskOutput<K>));
      else if (message.kind === 'cancelled') settle(() => reject(new JobCancelled()));
      else if (message.kind === 'failed') settle(() => reject(failure(message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() =>
        reject(new Error(`The background task ${task} stopped unexpectedly (exit code ${code}).`)),
      ),
    );
  });
}

/**
 * A direct call (not a job) moves to a worker from this size on. Below it the task runs
 * here, on the caller's visible connection: starting a worker (and, from the sources,
 * compiling its modules) costs more than a small export.
 */
const LARGE_PROJECT = { codings: 2000, documents: 50 } as const;

function isLarge(db: Db): boolean {
  return countCodings(db) >= LARGE_PROJECT.codings || countDocuments(db) >= LARGE_PROJECT.documents;
}

/**
 * Runs a task of a direct call: in a worker for a large project, else in this thread, and
 * always in this thread for a session that answers one call at a time (the CLI).
 */
export function runSized<K extends WorkerTaskName>(
  task: K,
  input: WorkerTaskInput<K>,
  session: ProjectSession,
): Promise<WorkerTaskOutput<K>> {
  const db = session.db();
  if (session.options.tasksInThread !== true && isLarge(db)) return runInWorker(task, input, session);
  const run = workerTasks[task].run as (
    input: WorkerTaskInput<K>,
    project: WorkerProject,
    control: JobControl,
  ) => Promise<WorkerTaskOutput<K>>;
  return run(input, { db, name: session.name ?? 'Verbatim' }, noControl);
}
