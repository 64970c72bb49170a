import type { ErrorCode, Translated } from '../../errors.ts';
import type { DownloadHead } from '../../exports/stream/downloadTarget.ts';
import type { WorkerTaskName } from './tasks.ts';

/** What the host gives a job worker (as workerData). */
export interface WorkerJob {
  readonly task: WorkerTaskName;
  readonly input: unknown;
  readonly project: {
    readonly path: string;
    readonly name: string;
    /** In blind mode, the coder whose view an export reads (app/visibility); else null. */
    readonly blindCoder: string | null;
    readonly nativeBinding?: string | undefined;
  };
  /** One Int32: set to 1 by the host when the user cancels; read by the job between steps. */
  readonly cancel: SharedArrayBuffer;
  /**
   * An export streamed to a download target of the host (the `out` it registered there):
   * the worker registers the same `out` for a target that posts the bytes back
   * (./downloadRelay.ts, whose flow state this is). Null for every other job.
   */
  readonly download: { readonly out: string; readonly flow: SharedArrayBuffer } | null;
}

/** What a job worker tells its host. */
export type WorkerMessage =
  | { readonly kind: 'progress'; readonly done: number; readonly total: number; readonly current: string }
  // A download's name and type, then its bytes (./downloadRelay.ts).
  | { readonly kind: 'begin'; readonly head: DownloadHead }
  | { readonly kind: 'chunk'; readonly bytes: Uint8Array }
  | { readonly kind: 'done'; readonly result: unknown }
  | { readonly kind: 'cancelled' }
  | {
      readonly kind: 'failed';
      readonly code: ErrorCode | null;
      readonly message: string;
      readonly translated?: Translated | undefined;
    };
