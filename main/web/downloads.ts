import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { OperationName } from '../../app/contract/api.ts';
import type { WrittenFile } from '../../app/contract/index.ts';
import { dispatch } from '../../app/dispatch.ts';
import { AppError, type WireResult } from '../../app/errors.ts';
import type { Caller } from '../../app/operationAccess.ts';
import type { ProjectSession } from '../../app/session.ts';
import { EXPORT_MIME } from '../../app/exports/excerptsFile.ts';

/**
 * The exports the page may download as a stream, by the name of the operation that returns
 * the file in JSON (its input is the same) and the operation that writes it to a path.
 */
export const STREAMED_DOWNLOADS = {
  'exports/excerpts': 'exports/excerptsToFile',
  'exchange/exportProject': 'exchange/exportProjectToFile',
} as const satisfies Record<string, OperationName>;

export type StreamedDownload = keyof typeof STREAMED_DOWNLOADS;

export function isStreamedDownload(name: string): name is StreamedDownload {
  return Object.hasOwn(STREAMED_DOWNLOADS, name);
}

const MIME_BY_EXTENSION: Record<string, string> = {
  ...Object.fromEntries(Object.entries(EXPORT_MIME).map(([format, mime]) => [`.${format}`, mime])),
  '.qdpx': 'application/zip',
};

/**
 * The header that makes the browser save the file under its name: an ASCII fallback, and
 * the real name (accents of a French project name) in RFC 5987 form.
 */
export function attachmentHeader(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/gu, '')
      .replace(/["\\]/gu, '_') || 'export';
  // RFC 5987 leaves ' ( ) * out of a value: encodeURIComponent keeps them, so encode them too.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/gu,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The shell itself calls the operation that writes to a path, naming a file it created in a
 * private temporary folder: the page names no path (an `out` it sends is replaced), and the
 * caller vouches for that one file only. These operations are the command line's
 * (`transports: ['cli']`); this caller is the server, not the page.
 */
function shellCaller(out: string): Caller {
  return {
    transport: 'cli',
    userPath: (sent) => {
      if (sent !== out) throw new AppError('NOT_ALLOWED', 'The page cannot name a file to write.');
      return out;
    },
  };
}

/**
 * Writes the export to a private temporary file (the streamed writers: rows or zip entries
 * as they are read, memory bounded, in a worker for a large project), then streams that file
 * to the response in chunks with its name in Content-Disposition, and removes it. Nothing
 * is held whole in memory and no base64 travels in JSON. A failed export answers the wire
 * error as JSON, as /api does.
 */
export async function streamDownload(
  session: ProjectSession,
  name: StreamedDownload,
  input: unknown,
  response: ServerResponse,
  sendJson: (status: number, result: WireResult<unknown>) => void,
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'verbatim-download-'));
  try {
    const out = join(folder, 'export');
    const fields = typeof input === 'object' && input !== null ? input : {};
    const result = await dispatch(session, STREAMED_DOWNLOADS[name], { ...fields, out }, shellCaller(out));
    if (!result.ok) return sendJson(422, result);
    const written = result.data as WrittenFile;
    response.writeHead(200, {
      'Content-Type': MIME_BY_EXTENSION[extname(written.fileName)] ?? 'application/octet-stream',
      'Content-Length': String(written.bytes),
      'Content-Disposition': attachmentHeader(written.fileName),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    await pipeline(createReadStream(written.path), response);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
