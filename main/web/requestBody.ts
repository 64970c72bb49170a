import type { IncomingMessage } from 'node:http';

/** Largest API request body by default: a batch of transcripts sent as base64 by the browser. */
export const MAX_REQUEST_BYTES = 256 * 1024 * 1024;

export class RequestTooLarge extends Error {
  constructor(readonly limit: number) {
    super(tooLargeMessage(limit));
    this.name = 'RequestTooLarge';
  }
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** What the interface shows when a request is refused for its size. */
export function tooLargeMessage(limit: number): string {
  return (
    `The request is too large: the web shell accepts at most ${size(limit)} at a time. ` +
    'Import fewer or smaller files at once, or use the desktop app or `verbatim import`.'
  );
}

/**
 * Reads a request body of at most `limit` bytes. Past the limit (declared or real) nothing
 * more is kept, but the rest is read and dropped and the refusal comes when the body ends:
 * answering in the middle of an upload and closing the socket makes the browser report a
 * connection reset instead of the 413 and its message. Node's requestTimeout bounds how long
 * such a drain can last; only a caller that passed the token check gets this far.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? Number.NaN);
    let refused = Number.isFinite(declared) && declared > limit;
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      received += chunk.length;
      if (received > limit) {
        refused = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (refused) reject(new RequestTooLarge(limit));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}
