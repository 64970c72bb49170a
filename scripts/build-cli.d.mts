// Types of build-cli.mjs, for the tests that build the command and check its freshness.
export interface CliBuildPaths {
  readonly root: string;
  readonly entry: string;
  readonly outDir: string;
}

export function cliBuildPaths(root?: string): CliBuildPaths;
export function freshCliEntry(paths?: CliBuildPaths): string | null;
export function buildCli(paths?: CliBuildPaths): Promise<string>;
export function ensureCliBuilt(paths?: CliBuildPaths): Promise<string>;
