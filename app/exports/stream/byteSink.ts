import { closeSync, openSync, writeSync } from 'node:fs';
import { AppError } from '../../errors.ts';
import { storageError } from '../../storageErrors.ts';
import { produceFileAtomically } from '../../util/atomicWrite.ts';

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

/** Writes to an open file descriptor through a block buffer. */
class FileSink implements ByteSink {
  private readonly block = Buffer.allocUnsafe(BLOCK);
  private used = 0;
  written = 0;

  constructor(private readonly fd: number) {}

  write(bytes: Uint8Array): void {
    this.written += bytes.length;
    if (bytes.length >= BLOCK) {
      this.flush();
      this.writeAll(bytes);
      return;
    }
    if (this.used + bytes.length > BLOCK) this.flush();
    this.block.set(bytes, this.used);
    this.used += bytes.length;
  }

  flush(): void {
    this.writeAll(this.block.subarray(0, this.used));
    this.used = 0;
  }

  private writeAll(bytes: Uint8Array): void {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
  }
}

/**
 * Streams a file to `path` atomically (app/util/atomicWrite.ts): the pieces go to a private
 * file beside it, renamed into place only when `produce` returns. A writer that throws (a
 * cancelled export, a full disk) leaves no partial file and the previous file whole.
 */
export function streamToFile(path: string, produce: (sink: ByteSink) => void): number {
  let size = 0;
  try {
    produceFileAtomically(path, (temporary) => {
      const fd = openSync(temporary, 'w');
      try {
        const sink = new FileSink(fd);
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
