import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestContext } from 'vitest';

/**
 * Something a test needs from the machine: a program (xmllint, LibreOffice, unshare) or the
 * shared material of ../shared. A missing one never reads as a pass: the test is skipped here
 * with the reason printed, and fails on CI (CI=true), which installs everything (.ci/run).
 */
export interface RequiredTool {
  /** What is missing, as the skip note says it: "xmllint (apt-get install libxml2-utils)". */
  readonly description: string;
  readonly isPresent: () => boolean;
}

/** A program that is present when `command ...args` exits with 0. */
export function commandTool(description: string, command: string, args: readonly string[]): RequiredTool {
  return {
    description,
    isPresent: () => spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 }).status === 0,
  };
}

/** A file or folder of the shared material (../shared, never copied into the repository). */
export function sharedMaterial(path: string): RequiredTool {
  return { description: `${path} (the shared material, ../shared)`, isPresent: () => existsSync(path) };
}

const checked = new Map<RequiredTool, boolean>();

/**
 * Null when the tool is present, else why the test cannot run (printed once). On CI a
 * missing tool throws instead: the check must run there.
 */
export function missingTool(tool: RequiredTool): string | null {
  let present = checked.get(tool);
  if (present === undefined) {
    present = tool.isPresent();
    checked.set(tool, present);
    if (!present && process.env.CI !== 'true') {
      console.warn(`\n!!! SKIPPED, NOT PASSED: missing ${tool.description}. !!!\n`);
    }
  }
  if (present) return null;
  if (process.env.CI === 'true') throw new Error(`Missing on CI: ${tool.description}. See .ci/run.`);
  return `missing ${tool.description}`;
}

/** Inside a test (or beforeEach): skips it, with the reason, when the tool is missing here. */
export function requireTool(context: TestContext, tool: RequiredTool): void {
  const reason = missingTool(tool);
  if (reason !== null) context.skip(reason);
}
