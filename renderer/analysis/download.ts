import type { ExportedFile } from '../../app/contract/index.ts';

/** Saves a file made by the backend through the browser's download (Electron asks where). */
export function downloadFile(file: ExportedFile): void {
  // Binary formats (XLSX, DOCX) travel as base64 in the JSON of the contract.
  const body =
    file.encoding === 'base64'
      ? Uint8Array.from(atob(file.content), (char) => char.charCodeAt(0))
      : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
