import type { WireResult } from '../app/contract/index.ts';

/** The Electron preload bridge (main/electron/preload.ts); absent in the web shell. */
export interface VerbatimBridge {
  call(name: string, input: unknown): Promise<WireResult<unknown>>;
  /** Native-menu notifications such as 'project-changed'; returns the unsubscribe function. */
  onMenu(callback: (command: string) => void): () => void;
}

declare global {
  interface Window {
    verbatim?: VerbatimBridge;
  }
}
