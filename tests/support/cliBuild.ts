import { ensureCliBuilt } from '../../scripts/build-cli.mjs';

/**
 * Vitest global setup: the CLI is built (or found up to date) once before the tests, so the
 * tests that run the real executable (cliProcess) run the built command and never build it.
 */
export async function setup(): Promise<void> {
  await ensureCliBuilt();
}
