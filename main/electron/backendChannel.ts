import type { WireResult } from '../../app/errors.ts';

/** A call main forwards to the backend process; its paths are already resolved by main. */
export interface BackendRequest {
  readonly id: number;
  readonly name: string;
  readonly input: unknown;
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
