import type { WireResult } from '../../app/errors.ts';

/** A call main forwards to the backend process; its paths are already resolved by main. */
export interface BackendRequest {
  readonly id: number;
  readonly name: string;
  readonly input: unknown;
}

/** Main is quitting: the backend closes the project (WAL checkpoint, holder note) and exits. */
export interface BackendClose {
  readonly close: true;
}

/** What the backend process needs to build its session, given in the fork's arguments. */
export interface BackendStart {
  readonly userData: string;
  readonly nativeBinding: string | null;
}

/** The backend's answer to the request with the same id. */
export interface BackendResponse {
  readonly id: number;
  readonly result: WireResult<unknown>;
}

/**
 * One end of the link between main and the backend process: Electron's `UtilityProcess`
 * (main side) and `process.parentPort` (backend side) are adapted to it, and so is the
 * worker_threads stand-in the tests use.
 */
export interface BackendChannel<Incoming, Outgoing> {
  send(message: Outgoing): void;
  onMessage(listener: (message: Incoming) => void): void;
  /** The other end went away (the process exited). */
  onClose(listener: () => void): void;
}
