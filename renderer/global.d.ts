import type { WireResult } from '../app/contract/index.ts';

/** What main/electron/channels.ts calls a ChoosePurpose: which native file dialog to show. */
export type ChoosePurpose = 'createProject' | 'openProject' | 'mergeProject' | 'saveCopy';

/** A file the user chose in a native dialog: an opaque handle for path fields, and its name. */
export interface ChosenFile {
  readonly handle: string;
  readonly name: string;
}

/** The Electron preload bridge (main/electron/preload.ts); absent in the web shell. */
export interface VerbatimBridge {
  call(name: string, input: unknown): Promise<WireResult<unknown>>;
  /** Shows a native file dialog; main keeps the path and answers its handle (none when cancelled). */
  choose?(purpose: ChoosePurpose): Promise<WireResult<readonly ChosenFile[]>>;
  /** A file dropped on the window, as a handle; refused for a File the page made itself. */
  handleForDrop?(file: File): Promise<WireResult<readonly ChosenFile[]>>;
  /** Native-menu notifications such as 'project-changed'; returns the unsubscribe function. */
  onMenu(callback: (command: string) => void): () => void;
  /** Opens a web link the user just clicked in the system browser; main checks the click. */
  openLink(url: string): Promise<boolean>;
}

declare global {
  interface Window {
    verbatim?: VerbatimBridge;
  }
}
