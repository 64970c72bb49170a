import { DownloadGone, type DownloadTarget } from '../../exports/stream/downloadTarget.ts';
import type { WorkerMessage } from './protocol.ts';

// An export streamed to a download from a job worker: the worker posts each block to the
// thread that holds the download target (the web shell's server), and waits while too
// many bytes are posted but not yet passed on, so a slow browser does not fill memory.

/** The shared state: bytes posted and not yet passed on; 1 once the receiver has gone. */
const IN_FLIGHT = 0;
const GONE = 1;

/** The worker waits while more than this is posted and not passed on. */
const MAX_IN_FLIGHT = 4 << 20;

/** How long the worker waits at a time before it looks again (the receiver may have gone). */
const WAIT_MS = 1000;

/** The flow state a download relay shares between the host and its worker. */
export function downloadFlow(): SharedArrayBuffer {
  return new SharedArrayBuffer(8);
}

/** Worker side: a target that posts the bytes to the host. */
export function postingTarget(
  flow: SharedArrayBuffer,
  post: (message: WorkerMessage, transfer?: ArrayBuffer[]) => void,
): DownloadTarget {
  const state = new Int32Array(flow);
  return {
    begin: (head) => post({ kind: 'begin', head }),
    write: (bytes) => {
      if (Atomics.load(state, GONE) === 1) throw new DownloadGone();
      // Its own buffer, moved to the host rather than copied.
      const piece = new Uint8Array(bytes);
      Atomics.add(state, IN_FLIGHT, piece.length);
      post({ kind: 'chunk', bytes: piece }, [piece.buffer]);
      for (
        let posted = Atomics.load(state, IN_FLIGHT);
        posted > MAX_IN_FLIGHT && Atomics.load(state, GONE) === 0;
        posted = Atomics.load(state, IN_FLIGHT)
      )
        Atomics.wait(state, IN_FLIGHT, posted, WAIT_MS);
    },
  };
}

/** Host side: a receiver that goes stops the worker at its next block, even while it waits. */
export function watchTarget(target: DownloadTarget, flow: SharedArrayBuffer): void {
  const state = new Int32Array(flow);
  target.whenGone?.(() => {
    Atomics.store(state, GONE, 1);
    Atomics.notify(state, IN_FLIGHT);
  });
}

/**
 * Host side: passes what the worker posted to the target. True when the message was the
 * relay's. A target that refuses (the receiver has gone) stops the worker at its next block.
 */
export function relayToTarget(
  target: DownloadTarget,
  flow: SharedArrayBuffer,
  message: WorkerMessage,
): boolean {
  const state = new Int32Array(flow);
  if (message.kind === 'begin') {
    target.begin(message.head);
    return true;
  }
  if (message.kind !== 'chunk') return false;
  const passed = (): void => {
    Atomics.sub(state, IN_FLIGHT, message.bytes.length);
    Atomics.notify(state, IN_FLIGHT);
  };
  try {
    target.write(message.bytes, passed);
  } catch {
    Atomics.store(state, GONE, 1);
    passed();
  }
  return true;
}
