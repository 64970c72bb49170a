import type { VerbatimBridge } from '../app/contract/index.ts';

declare global {
  interface Window {
    /** The Electron preload bridge (main/electron/preload.ts); absent in the web shell. */
    verbatim?: VerbatimBridge<File>;
  }
}
