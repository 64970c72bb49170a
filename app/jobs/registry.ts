import { randomUUID } from 'node:crypto';
import type { JobStatus } from '../contract/types.ts';
import { AppError } from '../errors.ts';

/** What a running job may do: report progress, and see whether the user cancelled. */
export interface JobControl {
  progress(done: number, total: number, current: string): void;
  readonly cancelled: boolean;
}

/** Thrown by a job that stops because it was cancelled (after undoing its work). */
export class JobCancelled extends Error {}

interface JobRecord {
  status: JobStatus;
  /** Aborted by `cancel`: a job in a worker (./worker/runInWorker.ts) listens to it. */
  readonly cancel: AbortController;
}

/** Finished jobs are kept this long for the UI to read their result. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

/**
 * Long work (batch import, large export) runs as a job: the call that starts it returns a
 * job id at once; the UI polls `jobs/status` for progress (the same on both transports)
 * and may call `jobs/cancel`. The heavy jobs run in a worker thread (./worker/), so status
 * and every other call are answered while they run; work done in this thread yields between
 * steps (see `yieldToEventLoop`).
 */
export class JobRegistry {
  private readonly jobs = new Map<string, JobRecord>();

  start<T>(kind: string, work: (control: JobControl, signal: AbortSignal) => Promise<T>): string {
    const id = randomUUID();
    const record: JobRecord = {
      status: { id, kind, state: 'running', done: 0, total: 0, current: '', result: null, error: null },
      cancel: new AbortController(),
    };
    this.jobs.set(id, record);
    const control: JobControl = {
      progress: (done, total, current) => {
        record.status = { ...record.status, done, total, current };
      },
      get cancelled() {
        return record.cancel.signal.aborted;
      },
    };
    const finish = (patch: Partial<JobStatus>): void => {
      record.status = { ...record.status, ...patch };
      setTimeout(() => this.jobs.delete(id), KEEP_FINISHED_MS).unref();
    };
    work(control, record.cancel.signal).then(
      (result) => finish({ state: 'done', result }),
      (error: unknown) => {
        if (error instanceof JobCancelled) finish({ state: 'cancelled' });
        else finish({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
      },
    );
    return id;
  }

  status(id: string): JobStatus {
    const record = this.jobs.get(id);
    if (!record) throw new AppError('NOT_FOUND', `There is no job ${id} (it may have finished long ago).`);
    return record.status;
  }

  cancel(id: string): JobStatus {
    const record = this.jobs.get(id);
    if (!record) throw new AppError('NOT_FOUND', `There is no job ${id}.`);
    if (record.status.state === 'running') record.cancel.abort();
    return record.status;
  }

  /** Resolves when the job has finished (for the CLI and tests). */
  async wait(id: string, pollMs = 10): Promise<JobStatus> {
    for (;;) {
      const status = this.status(id);
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}

/** Lets pending I/O (status and cancel calls) run between two steps of a job. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
