/**
 * Words of the native parts of the app (menu, dialogs). The renderer has its own i18n; the
 * main process only needs these few, so a plain table is enough. French for a French
 * system locale, English otherwise.
 */
export interface NativeStrings {
  readonly file: string;
  readonly newProject: string;
  readonly openProject: string;
  readonly importTranscripts: string;
  readonly exportExcerpts: string;
  readonly quit: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly view: string;
  readonly reload: string;
  readonly toggleDevTools: string;
  readonly resetZoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly toggleFullScreen: string;
  readonly window: string;
  readonly help: string;
  readonly about: string;

  readonly projectFilter: string;
  readonly transcriptFilter: string;
  readonly markdownFilter: string;
  readonly newProjectTitle: string;
  readonly saveCopyTitle: string;
  readonly untitledProject: string;
  readonly openProjectTitle: string;
  readonly mergeProjectTitle: string;
  readonly importTitle: string;
  readonly exportTitle: string;
  readonly exportProjectTitle: string;
  readonly exportCodebookTitle: string;
  readonly exportQdcTitle: string;
  readonly exportMatrixTitle: string;
  readonly exportSummariesTitle: string;
  readonly errorTitle: string;
  readonly importDoneTitle: string;
  importSummary(imported: number, failed: number): string;
  readonly exportDoneTitle: string;
  exportedTo(path: string): string;
  aboutDetail(version: string, versions: { electron: string; chrome: string; node: string }): string;
  /** Closing the window while a transcript has unsaved edits (issue 16). */
  readonly unsavedEditsTitle: string;
  readonly unsavedEditsMessage: string;
  readonly leaveWithoutSaving: string;
  readonly keepEditing: string;
}

const en: NativeStrings = {
  file: 'File',
  newProject: 'New project…',
  openProject: 'Open project…',
  importTranscripts: 'Import transcripts…',
  exportExcerpts: 'Export excerpts (Markdown)…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  toggleDevTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toggleFullScreen: 'Full screen',
  window: 'Window',
  help: 'Help',
  about: 'About Verbatim',

  projectFilter: 'Verbatim project',
  transcriptFilter: 'Transcripts',
  markdownFilter: 'Markdown',
  newProjectTitle: 'Create a new project',
  saveCopyTitle: 'Save a copy of the project',
  untitledProject: 'Untitled.verbatim',
  openProjectTitle: 'Open a project',
  mergeProjectTitle: 'Choose the project to merge',
  importTitle: 'Import transcripts',
  exportTitle: 'Save the excerpts',
  exportProjectTitle: 'Export the project (REFI-QDA)',
  exportCodebookTitle: 'Save the codebook',
  exportQdcTitle: 'Export the codebook (REFI-QDA)',
  exportMatrixTitle: 'Save the matrix',
  exportSummariesTitle: 'Save the summary grid',
  errorTitle: 'Verbatim',
  importDoneTitle: 'Import finished',
  importSummary: (imported, failed) =>
    `${imported} transcript${imported === 1 ? '' : 's'} imported` +
    (failed > 0 ? `, ${failed} file${failed === 1 ? '' : 's'} could not be imported.` : '.'),
  exportDoneTitle: 'Export finished',
  exportedTo: (path) => `The excerpts were saved to ${path}.`,
  aboutDetail: (version, v) =>
    `Version ${version}\nOffline qualitative interview coding.\n\nElectron ${v.electron} · Chromium ${v.chrome} · Node ${v.node}`,
  unsavedEditsTitle: 'Unsaved edits',
  unsavedEditsMessage: 'A transcript has unsaved edits. Leave without saving them?',
  leaveWithoutSaving: 'Leave without saving',
  keepEditing: 'Keep editing',
};

const fr: NativeStrings = {
  file: 'Fichier',
  newProject: 'Nouveau projet…',
  openProject: 'Ouvrir un projet…',
  importTranscripts: 'Importer des transcriptions…',
  exportExcerpts: 'Exporter les extraits (Markdown)…',
  quit: 'Quitter',
  edit: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  view: 'Affichage',
  reload: 'Recharger',
  toggleDevTools: 'Outils de développement',
  resetZoom: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  toggleFullScreen: 'Plein écran',
  window: 'Fenêtre',
  help: 'Aide',
  about: 'À propos de Verbatim',

  projectFilter: 'Projet Verbatim',
  transcriptFilter: 'Transcriptions',
  markdownFilter: 'Markdown',
  newProjectTitle: 'Créer un nouveau projet',
  saveCopyTitle: 'Enregistrer une copie du projet',
  untitledProject: 'Sans titre.verbatim',
  openProjectTitle: 'Ouvrir un projet',
  mergeProjectTitle: 'Choisir le projet à fusionner',
  importTitle: 'Importer des transcriptions',
  exportTitle: 'Enregistrer les extraits',
  exportProjectTitle: 'Exporter le projet (REFI-QDA)',
  exportCodebookTitle: 'Enregistrer la grille de codes',
  exportQdcTitle: 'Exporter la grille de codes (REFI-QDA)',
  exportMatrixTitle: 'Enregistrer la matrice',
  exportSummariesTitle: 'Enregistrer la grille de synthèse',
  errorTitle: 'Verbatim',
  importDoneTitle: 'Import terminé',
  importSummary: (imported, failed) =>
    `${imported} transcription${imported > 1 ? 's' : ''} importée${imported > 1 ? 's' : ''}` +
    (failed > 0 ? `, ${failed} fichier${failed > 1 ? 's' : ''} non importé${failed > 1 ? 's' : ''}.` : '.'),
  exportDoneTitle: 'Export terminé',
  exportedTo: (path) => `Les extraits ont été enregistrés dans ${path}.`,
  aboutDetail: (version, v) =>
    `Version ${version}\nCodage qualitatif d’entretiens, hors ligne.\n\nElectron ${v.electron} · Chromium ${v.chrome} · Node ${v.node}`,
  unsavedEditsTitle: 'Modifications non enregistrées',
  unsavedEditsMessage:
    'Une transcription a des modifications non enregistrées. Quitter sans les enregistrer ?',
  leaveWithoutSaving: 'Quitter sans enregistrer',
  keepEditing: 'Continuer la modification',
};

export type NativeLanguage = 'en' | 'fr';

/** app.getLocale() gives e.g. "fr", "fr-FR", "fr-CA", "en-US". */
export function nativeLanguage(locale: string): NativeLanguage {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function nativeStrings(locale: string): NativeStrings {
  return nativeLanguage(locale) === 'fr' ? fr : en;
}
