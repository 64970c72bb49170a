import type { ServerResponse } from 'node:http';
import type { OperationName } from '../../app/contract/api.ts';
import { dispatch } from '../../app/dispatch.ts';
import { AppError, type WireResult } from '../../app/errors.ts';
import type { Caller } from '../../app/operationAccess.ts';
import type { ProjectSession } from '../../app/session.ts';
import type { ExportedFile } from '../../app/contract/index.ts';
import { writeExportedFile } from '../../app/exports/fileToPath.ts';
import {
  DownloadGone,
  registerDownload,
  type DownloadTarget,
} from '../../app/exports/stream/downloadTarget.ts';

/**
 * The exports the page may download as a stream, by the name of the operation that returns
 * the file in JSON (its input is the same) and the operation that writes it to a path.
 */
export const STREAMED_DOWNLOADS = {
  'exports/excerpts': 'exports/excerptsToFile',
  'exchange/exportProject': 'exchange/exportProjectToFile',
} as const satisfies Record<string, OperationName>;

/**
 * The exports made whole in memory (small files), sent as downloads the same way: called
 * as the page would call them (same transport, same checks), the file then written into
 * the response instead of returned in JSON.
 */
export const FILE_DOWNLOADS = [
  'exports/codebook',
  'exchange/exportCodebook',
  'exports/matrix',
  'summaries/export',
] as const satisfies readonly OperationName[];

type FileDownload = (typeof FILE_DOWNLOADS)[number];

export type StreamedDownload = keyof typeof STREAMED_DOWNLOADS | FileDownload;

function isFileDownload(name: string): name is FileDownload {
  return (FILE_DOWNLOADS as readonly string[]).includes(name);
}

export function isStreamedDownload(name: string): name is StreamedDownload {
  return Object.hasOwn(STREAMED_DOWNLOADS, name) || isFileDownload(name);
}

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
 * The shell itself calls the operation that writes to a path, naming the download target it
 * registered (app/exports/stream/downloadTarget.ts) as the file: the page names no path (an
 * `out` it sends is replaced), and the caller vouches for that name only. These operations
 * are the command line's (`transports: ['cli']`); this caller is the server, not the page.
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
 * The response as a download target: the headers (name in Content-Disposition, no length:
 * chunked) just before the first bytes, then each block as the export makes it. Writing to
 * a response the browser has closed stops the export.
 */
function responseTarget(response: ServerResponse): DownloadTarget {
  return {
    begin: ({ fileName, mimeType }) =>
      response.writeHead(200, {
        'Content-Type': mimeType,
        'Content-Disposition': attachmentHeader(fileName),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      }),
    write: (bytes, taken) => {
      if (response.destroyed) throw new DownloadGone();
      response.write(bytes, () => taken?.());
    },
    whenGone: (listener) =>
      response.on('close', () => {
        if (!response.writableFinished) listener();
      }),
  };
}

/** Whether `write` went through (false: the browser went away meanwhile). */
function sent(write: () => unknown): boolean {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}

/** What runs the export: `dispatch`, or in a test an export that fails half-way. */
export type RunExport = typeof dispatch;

/**
 * Streams the export straight into the response as it is made (the streamed writers: rows
 * or zip entries as they are read, in a worker for a large project, which waits while the
 * browser has not taken what it sent). Nothing is held whole, nothing is written to disk
 * and no base64 travels in JSON. An export that fails before its first byte is answered
 * with the wire error as JSON, as /api does; one that fails after has its connection cut,
 * so the browser reports a failed download rather than saving half a file as complete.
 * The small exports (FILE_DOWNLOADS) are made by their own operation, then written the
 * same way.
 */
export async function streamDownload(
  session: ProjectSession,
  name: StreamedDownload,
  input: unknown,
  response: ServerResponse,
  sendJson: (status: number, result: WireResult<unknown>) => void,
  { caller, run = dispatch }: { readonly caller: Caller; readonly run?: RunExport },
): Promise<void> {
  const { out, release } = registerDownload(responseTarget(response));
  try {
    const fields = typeof input === 'object' && input !== null ? input : {};
    const result = isFileDownload(name)
      ? await run(session, name, input, caller)
      : await run(session, STREAMED_DOWNLOADS[name], { ...fields, out }, shellCaller(out));
    if (result.ok && isFileDownload(name) && !sent(() => writeExportedFile(result.data as ExportedFile, out)))
      response.destroy();
    else if (result.ok) response.end();
    else if (!response.headersSent) sendJson(422, result);
    else response.destroy();
  } finally {
    release();
  }
}
