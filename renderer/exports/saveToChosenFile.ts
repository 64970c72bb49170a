import {
  exportFileName,
  type ChoosePurpose,
  type ChosenFile,
  type ExportedFile,
  type WrittenFile,
} from '../../app/contract/index.ts';

import { downloadFile } from '../analysis/download.ts';
import { call, chooseFile, hasNativeFileDialogs } from '../api/client.ts';

/**
 * Desktop app (issue #15): an export is written by the backend straight to the file the user
 * chose in the native save dialog, streamed, as a job with progress and stop; nothing comes
 * back through the page. The web shell streams downloads instead (download.ts).
 */
export function savesToChosenFile(): boolean {
  return hasNativeFileDialogs();
}

/** The name the export gives its file, in the export's language, to propose in the save dialog. */
export async function proposedName(
  what: 'excerpts' | 'codebook' | { readonly name: string },
  language: 'en' | 'fr',
  format: string,
): Promise<string> {
  const project = await call('project/current', {});
  return exportFileName(project?.name ?? 'Verbatim', what, language, format);
}

/** The save dialog for an export, proposing `suggestedName`; the file's handle, or null when cancelled. */
export function chooseExportTarget(
  purpose: Extract<
    ChoosePurpose,
    'exportExcerpts' | 'exportProject' | 'exportCodebook' | 'exportQdc' | 'exportMatrix' | 'exportSummaries'
  >,
  suggestedName: string,
): Promise<ChosenFile | null> {
  return chooseFile(purpose, suggestedName);
}

/**
 * A finished export job's result: a file written to the chosen path (desktop app) is already
 * saved; one returned as content is downloaded. Returns the name to tell the user.
 */
export function saveJobResult(result: unknown): string {
  const file = result as ExportedFile | WrittenFile;
  if ('path' in file) return file.path.split(/[\\/]/u).pop() ?? file.fileName;
  downloadFile(file);
  return file.fileName;
}
