import type { WireResult } from '../app/contract/index.ts';

/** The Electron preload bridge (main/electron/preload.ts); absent in the web shell. */
export interface VerbatimBridge {
  call(name: string, input: unknown): Promise<WireResult<unknown>>;
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
