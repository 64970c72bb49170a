import { closeSync, openSync, writeSync } from 'node:fs';
import { AppError } from '../../errors.ts';
import { storageError } from '../../storageErrors.ts';
import { produceFileAtomically } from '../../util/atomicWrite.ts';
import { downloadTarget, type DownloadHead, type DownloadTarget } from './downloadTarget.ts';

/**
 * Where a streamed export writes its bytes as they are made: a file on disk (the CLI, a
 * path chosen in a native dialog) or memory (a file the interface downloads). Writers call
 * `write` with each piece and never hold the whole file themselves.
 */
export interface ByteSink {
  write(bytes: Uint8Array): void;
  /** Bytes written so far. */
  readonly written: number;
}

/** Collects the pieces, for a file that travels back to the interface. */
export class MemorySink implements ByteSink {
  private readonly pieces: Uint8Array[] = [];
  written = 0;

  write(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.pieces.push(bytes);
    this.written += bytes.length;
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.pieces, this.written);
  }
}

/** Gathers small writes into blocks of this size before they reach the disk. */
const BLOCK = 1 << 20;

/** A download sends smaller blocks: the browser shows its progress as they come. */
const DOWNLOAD_BLOCK = 64 * 1024;

/** Gathers writes into blocks and passes each block on, whole, to `pass` (which must not keep it). */
class BlockSink implements ByteSink {
  private readonly block: Buffer;
  private used = 0;
  written = 0;

  constructor(
    private readonly pass: (bytes: Uint8Array) => void,
    size = BLOCK,
  ) {
    this.block = Buffer.allocUnsafe(size);
  }

  write(bytes: Uint8Array): void {
    this.written += bytes.length;
    if (bytes.length >= this.block.length) {
      this.flush();
      this.pass(bytes);
      return;
    }
    if (this.used + bytes.length > this.block.length) this.flush();
    this.block.set(bytes, this.used);
    this.used += bytes.length;
  }

  flush(): void {
    if (this.used === 0) return;
    this.pass(this.block.subarray(0, this.used));
    this.used = 0;
  }
}

/** Writes all of `bytes` to an open file descriptor. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/**
 * Streams an export to a download target (./downloadTarget.ts): `begin` just before the
 * first block, so that an export failing before any byte is still answered with an error
 * rather than a file; each block copied, since the block is reused.
 */
function streamToTarget(
  target: DownloadTarget,
  head: DownloadHead,
  produce: (sink: ByteSink) => void,
): number {
  let begun = false;
  const start = (): void => {
    if (!begun) target.begin(head);
    begun = true;
  };
  const sink = new BlockSink((bytes) => {
    start();
    target.write(new Uint8Array(bytes));
  }, DOWNLOAD_BLOCK);
  produce(sink);
  sink.flush();
  // An empty file is still a file.
  start();
  return sink.written;
}

/**
 * Streams a file to `path` atomically (app/util/atomicWrite.ts): the pieces go to a private
 * file beside it, renamed into place only when `produce` returns. A writer that throws (a
 * cancelled export, a full disk) leaves no partial file and the previous file whole.
 * A `path` that names a download target (the web shell's response) streams to it instead,
 * `head` giving the file's name and type.
 */
export function streamToFile(path: string, head: DownloadHead, produce: (sink: ByteSink) => void): number {
  const target = downloadTarget(path);
  if (target !== undefined) return streamToTarget(target, head, produce);
  let size = 0;
  try {
    produceFileAtomically(path, (temporary) => {
      const fd = openSync(temporary, 'w');
      try {
        const sink = new BlockSink((bytes) => writeAll(fd, bytes));
        produce(sink);
        sink.flush();
        size = sink.written;
      } finally {
        closeSync(fd);
      }
    });
  } catch (error) {
    throw cannotWrite(path, error);
  }
  return size;
}

/** A file system's refusal as a sentence (full disk, read-only, no permission, no such folder). */
function cannotWrite(path: string, error: unknown): unknown {
  const plain = storageError(error);
  if (plain) return plain;
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  if (code === undefined) return error;
  return new AppError('INVALID_INPUT', `Cannot write ${path}: ${(error as Error).message}`, {
    key: 'cannotWrite',
    params: { path },
  });
}
