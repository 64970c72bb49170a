import type { ExportedFile, InputOf, WireResult } from '../../app/contract/index.ts';
import { ApiError } from '../api/client.ts';

/** Saves a file made by the backend through the browser's download (Electron asks where). */
export function downloadFile(file: ExportedFile): void {
  // Binary formats (XLSX, DOCX) travel as base64 in the JSON of the contract.
  const body =
    file.encoding === 'base64'
      ? Uint8Array.from(atob(file.content), (char) => char.charCodeAt(0))
      : file.content;
  saveBlob(new Blob([body], { type: file.mimeType }), file.fileName);
}

/** Saves bytes the page holds under a name, through the browser's download. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The exports the web shell sends as file downloads (main/web/downloads.ts). */
export type StreamedDownload =
  | 'exports/excerpts'
  | 'exchange/exportProject'
  | 'exports/codebook'
  | 'exchange/exportCodebook'
  | 'exports/matrix'
  | 'summaries/export';

/**
 * Whether exports come as streamed downloads: in the web shell (no Electron bridge), the
 * server answers the file itself instead of base64 in JSON.
 */
export function streamsDownloads(): boolean {
  return !window.verbatim;
}

/** The file name a download's Content-Disposition gives (RFC 5987 `filename*` first). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/iu.exec(disposition ?? '')?.[1];
  if (encoded !== undefined) return decodeURIComponent(encoded);
  return /filename="([^"]*)"/iu.exec(disposition ?? '')?.[1] ?? fallback;
}

/**
 * The web shell's export: POST /download/<operation> with the operation's input; the file
 * comes as a stream (no base64, nothing held twice by the server) and is saved under its
 * name. A failed export answers the API's JSON error, thrown as an ApiError. Returns the
 * file name.
 */
export async function downloadStreamed<N extends StreamedDownload>(
  name: N,
  input: InputOf<N>,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/download/${name}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch (error) {
    throw new ApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  if ((response.headers.get('Content-Type') ?? '').startsWith('application/json')) {
    const result = (await response.json()) as WireResult<unknown>;
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  }
  if (!response.ok) throw new ApiError('NETWORK', `The server answered ${response.status} without the file.`);
  const fileName = fileNameOf(response.headers.get('Content-Disposition'), 'export');
  saveBlob(await response.blob(), fileName);
  return fileName;
}
