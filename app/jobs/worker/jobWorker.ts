// Entry of a job worker (a worker_threads Worker started by ./runInWorker.ts): opens its
// own connection to the project, runs one task, posts progress and the outcome, and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { openBlindReader, openProject, openProjectReadOnly, type Db } from '../../../db/index.ts';
import { AppError } from '../../errors.ts';
import { storageError } from '../../storageErrors.ts';
import { JobCancelled, type JobControl } from '../registry.ts';
import type { WorkerJob, WorkerMessage } from './protocol.ts';
import { workerTasks } from './tasks.ts';
import { postingTarget } from './downloadRelay.ts';
import { registerDownload } from '../../exports/stream/downloadTarget.ts';

function post(message: WorkerMessage, transfer?: ArrayBuffer[]): void {
  parentPort?.postMessage(message, transfer);
}

/** Exports read what the caller may see: in blind mode, through the same shadow views as runVisible. */
function openFor(job: WorkerJob): Db {
  const { path, blindCoder, nativeBinding } = job.project;
  const options = nativeBinding ? { nativeBinding } : {};
  if (workerTasks[job.task].writes) return openProject(path, options);
  return blindCoder !== null
    ? openBlindReader(path, blindCoder, options)
    : openProjectReadOnly(path, options);
}

async function runJob(job: WorkerJob): Promise<WorkerMessage> {
  const flag = new Int32Array(job.cancel);
  const control: JobControl = {
    progress: (done, total, current) => post({ kind: 'progress', done, total, current }),
    get cancelled() {
      return Atomics.load(flag, 0) === 1;
    },
  };
  let db: Db | null = null;
  // An export to the host's download: the same `out`, a target that posts the bytes there.
  const download = job.download
    ? registerDownload(postingTarget(job.download.flow, post), job.download.out)
    : null;
  try {
    try {
      db = openFor(job);
    } catch (error) {
      // The project moved or was replaced since the call: say so as opening it would. The
      // session module (with the analysis, backups and team code it imports) is loaded
      // only then: it was half of the modules a worker loaded for an export (profiled).
      (await import('../../session.ts')).translateOpenError(error);
    }
    const run = workerTasks[job.task].run as (
      input: unknown,
      project: unknown,
      control: JobControl,
    ) => Promise<unknown>;
    const result = await run(job.input, { db, name: job.project.name }, control);
    return { kind: 'done', result };
  } catch (thrown) {
    if (thrown instanceof JobCancelled) return { kind: 'cancelled' };
    const error = thrown instanceof AppError ? thrown : (storageError(thrown) ?? thrown);
    if (error instanceof AppError)
      return { kind: 'failed', code: error.code, message: error.message, translated: error.translated };
    return { kind: 'failed', code: null, message: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
    download?.release();
  }
}

// No top-level await: the bundled worker is CommonJS (scripts/build-main.mjs).
void runJob(workerData as WorkerJob).then(post);
