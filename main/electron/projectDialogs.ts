import { join } from 'node:path';
import { PROJECT_EXTENSION, withExtension } from '../projectFiles.ts';
import type { ChoosePurpose } from './channels.ts';
import type { Dialogs } from './menuActions.ts';
import { nativeStrings } from './strings.ts';

export interface ProjectDialogDeps {
  readonly dialogs: Dialogs;
  readonly locale: string;
  /** Folder proposed by the dialogs (app.getPath('documents')). */
  readonly documentsDir: string;
}

/**
 * Asks the user for a project file with the native dialog: where to create a new one
 * (save dialog; the extension is added because GTK's leaves it out and a project without
 * it would not be recognised by the file association), or which one to open or merge; where to save a copy (save dialog too). Undefined when
 * cancelled.
 * Used by the File menu and by the renderer's buttons (through the choose channel).
 */
export async function chooseProjectFile(
  deps: ProjectDialogDeps,
  purpose: ChoosePurpose,
): Promise<string | undefined> {
  const t = nativeStrings(deps.locale);
  const filters = [{ name: t.projectFilter, extensions: [PROJECT_EXTENSION.slice(1)] }];
  if (purpose === 'createProject' || purpose === 'saveCopy') {
    const chosen = await deps.dialogs.save({
      title: purpose === 'createProject' ? t.newProjectTitle : t.saveCopyTitle,
      defaultPath: join(deps.documentsDir, t.untitledProject),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return chosen === undefined ? undefined : withExtension(chosen, PROJECT_EXTENSION);
  }
  const [chosen] = await deps.dialogs.open({
    title: purpose === 'openProject' ? t.openProjectTitle : t.mergeProjectTitle,
    defaultPath: deps.documentsDir,
    filters,
    properties: ['openFile'],
  });
  return chosen;
}
