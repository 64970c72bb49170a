import type { WireResult } from '../errors.ts';

/**
 * The Electron preload bridge, `window.verbatim`: declared once here, implemented by
 * main/electron/preload.ts and used by renderer/api/client.ts (absent in the web shell).
 * No zod: the renderer and the preload bundle import it.
 */

// 'undo' / 'redo': the renderer decides between text-field undo and the project's history.
export const MENU_EVENTS = ['project-changed', 'documents-changed', 'undo', 'redo'] as const;
/** A native-menu notification: the menu changed something the UI must reload, or undo/redo. */
export type MenuEvent = (typeof MENU_EVENTS)[number];

/** Which native file dialog to show. */
export const CHOOSE_PURPOSES = [
  'createProject',
  'openProject',
  'mergeProject',
  'saveCopy',
  // Save dialogs for exports streamed straight to the chosen file (issue #15).
  'exportExcerpts',
  'exportProject',
  'exportCodebook',
  // The small exports written to the chosen file the same way (issue #15).
  'exportQdc',
  'exportMatrix',
  'exportSummaries',
] as const;
export type ChoosePurpose = (typeof CHOOSE_PURPOSES)[number];

/** A file the user chose: its handle for the path fields of calls, and its name to show. */
export interface ChosenFile {
  readonly handle: string;
  readonly name: string;
}

/**
 * Deliberately tiny: one generic call, one request for a native file dialog (answered with
 * handles, never paths) and one subscription. No ipcRenderer, no channel names and no
 * Electron event objects cross the context bridge, so page script cannot talk to other
 * channels or reach `event.sender`. `DroppedFile` is the DOM's File (the contract has no DOM).
 */
export interface VerbatimBridge<DroppedFile> {
  call(name: string, input: unknown): Promise<WireResult<unknown>>;
  /**
   * Shows the native dialog; main keeps the path and answers its handle (none when
   * cancelled). `suggestedName`: the file name an export's save dialog proposes.
   */
  choose(purpose: ChoosePurpose, suggestedName?: string): Promise<WireResult<readonly ChosenFile[]>>;
  /** A file the user dropped on the window, as a handle (refused for a File the page made). */
  handleForDrop(file: DroppedFile): Promise<WireResult<readonly ChosenFile[]>>;
  /** Subscribes to native-menu notifications; returns the unsubscribe function. */
  onMenu(callback: (event: MenuEvent) => void): () => void;
  /** Opens a web link the user just clicked in the system browser (main checks the click). */
  openLink(url: string): Promise<boolean>;
}
