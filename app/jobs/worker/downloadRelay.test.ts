import { describe, expect, it } from 'vitest';
import { DownloadGone, type DownloadTarget } from '../../exports/stream/downloadTarget.ts';
import { downloadFlow, postingTarget, relayToTarget, watchTarget } from './downloadRelay.ts';
import type { WorkerMessage } from './protocol.ts';

/** A worker's posting target wired straight to the host's relay (one thread, no worker). */
function wired(target: DownloadTarget): DownloadTarget {
  const flow = downloadFlow();
  watchTarget(target, flow);
  return postingTarget(flow, (message: WorkerMessage) => {
    expect(relayToTarget(target, flow, message)).toBe(true);
  });
}

describe('download relay', () => {
  it('passes the head and each block, as copies the worker can no longer touch', () => {
    const seen: string[] = [];
    const sender = wired({
      begin: (head) => seen.push(`begin ${head.fileName}`),
      write: (bytes, taken) => {
        seen.push(Buffer.from(bytes).toString('utf8'));
        taken?.();
      },
    });
    sender.begin({ fileName: 'a.csv', mimeType: 'text/csv' });
    const block = Buffer.from('ligne 1');
    sender.write(block);
    block.write('LIGNE');
    sender.write(Buffer.from('ligne 2'));
    expect(seen).toEqual(['begin a.csv', 'ligne 1', 'ligne 2']);
  });

  it('stops the worker at its next block once the receiver refused one or went away', () => {
    let refuse = false;
    const sender = wired({
      begin: () => undefined,
      write: (_bytes, taken) => {
        if (refuse) throw new DownloadGone();
        taken?.();
      },
    });
    sender.write(Buffer.from('a'));
    refuse = true;
    // The refused block: the host marks the download gone...
    sender.write(Buffer.from('b'));
    // ...and the worker stops at the next.
    expect(() => sender.write(Buffer.from('c'))).toThrow(DownloadGone);

    let gone: () => void = () => undefined;
    const watched = wired({
      begin: () => undefined,
      write: (_bytes, taken) => taken?.(),
      whenGone: (listener) => (gone = listener),
    });
    watched.write(Buffer.from('a'));
    gone();
    expect(() => watched.write(Buffer.from('b'))).toThrow(DownloadGone);
  });
});
