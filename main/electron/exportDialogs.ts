import { extname, join } from 'node:path';
import { withExtension } from '../projectFiles.ts';
import type { ChoosePurpose } from './channels.ts';
import { PURPOSE_EXTENSIONS } from './chosenPaths.ts';
import { chooseProjectFile, type ProjectDialogDeps } from './projectDialogs.ts';
import { nativeStrings, type NativeStrings } from './strings.ts';

/** The purposes whose dialog asks where to write an export (issue #15), with its title. */
const EXPORT_TITLES = {
  exportExcerpts: 'exportTitle',
  exportProject: 'exportProjectTitle',
  exportCodebook: 'exportCodebookTitle',
  exportQdc: 'exportQdcTitle',
  exportMatrix: 'exportMatrixTitle',
  exportSummaries: 'exportSummariesTitle',
} as const satisfies Partial<Record<ChoosePurpose, keyof NativeStrings>>;

export type ExportPurpose = keyof typeof EXPORT_TITLES;

export function isExportPurpose(purpose: ChoosePurpose): purpose is ExportPurpose {
  return Object.hasOwn(EXPORT_TITLES, purpose);
}

function dialogTitle(t: NativeStrings, purpose: ExportPurpose): string {
  return t[EXPORT_TITLES[purpose]];
}

/**
 * Asks where to write an export with the native save dialog, proposing the name the export
 * gives its file (in the export's language) in the documents folder. The extension is the
 * proposed one when it is one of the purpose's, else the purpose's first; it is added when
 * the user leaves it out (GTK), so the file opens in the right program. Undefined when
 * cancelled.
 */
export async function chooseExportFile(
  deps: ProjectDialogDeps,
  purpose: ExportPurpose,
  suggestedName: string | undefined,
): Promise<string | undefined> {
  const t = nativeStrings(deps.locale);
  const allowed = PURPOSE_EXTENSIONS[purpose];
  const proposed = suggestedName === undefined ? '' : extname(suggestedName).toLowerCase();
  const extension = allowed.includes(proposed) ? proposed : (allowed[0] ?? '');
  const fallback = `verbatim${extension}`;
  const chosen = await deps.dialogs.save({
    title: dialogTitle(t, purpose),
    defaultPath: join(deps.documentsDir, withExtension(suggestedName ?? fallback, extension)),
    filters: [{ name: extension.slice(1).toUpperCase(), extensions: [extension.slice(1)] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return chosen === undefined ? undefined : withExtension(chosen, extension);
}

/** The native dialog for what the page asks to choose: an export's save dialog or a project's. */
export function chooseFileFor(
  deps: ProjectDialogDeps,
  purpose: ChoosePurpose,
  suggestedName: string | undefined,
): Promise<string | undefined> {
  return isExportPurpose(purpose)
    ? chooseExportFile(deps, purpose, suggestedName)
    : chooseProjectFile(deps, purpose);
}
