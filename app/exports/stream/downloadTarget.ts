import { randomUUID } from 'node:crypto';

/** A download's name and type, known before its first byte (an HTTP response's headers). */
export interface DownloadHead {
  readonly fileName: string;
  readonly mimeType: string;
}

/**
 * Where an export streams its bytes when a shell sends them as they are made (the web
 * shell's HTTP response) rather than to a file. `begin` comes just before the first bytes;
 * `write` throws when the receiver has gone (the export then stops); `taken`, when given,
 * runs once the receiver has passed the bytes on (how a worker knows how far ahead it is).
 */
export interface DownloadTarget {
  begin(head: DownloadHead): void;
  write(bytes: Uint8Array, taken?: () => void): void;
  /** Calls `listener` if the receiver goes before the end (a worker writing for it then stops). */
  whenGone?(listener: () => void): void;
}

/** Not a path a file system gives: what an export's `out` names instead of a file. */
const PREFIX = 'verbatim-download:';

const targets = new Map<string, DownloadTarget>();

/**
 * Registers a target in this thread under a name that an export's `out` carries in place
 * of a path (app/exports/stream/byteSink.ts `streamToFile` writes to it); a worker
 * registers the same name for its side (app/jobs/worker/downloadRelay.ts).
 */
export function registerDownload(
  target: DownloadTarget,
  out = `${PREFIX}${randomUUID()}`,
): { readonly out: string; release(): void } {
  targets.set(out, target);
  return { out, release: () => void targets.delete(out) };
}

/** The target registered under this `out` in this thread, if any. */
export function downloadTarget(out: string): DownloadTarget | undefined {
  return out.startsWith(PREFIX) ? targets.get(out) : undefined;
}

/** The receiver went away (a closed browser tab): the export stops, nothing is kept. */
export class DownloadGone extends Error {
  constructor() {
    super('The download was stopped: the browser closed the connection.');
  }
}
