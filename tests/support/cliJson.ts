import { expect } from 'vitest';
import type { z } from 'zod';
import { CLI_JSON_OUTPUTS, type CliJsonOutput } from '../../main/cli/json/schemas.ts';
import { cliProcess, type CliRun } from './cli.ts';

/**
 * A command's --json output, checked against its schema (the one docs/cli/ is generated
 * from): strict, so a field missing from the schema, or of another type, fails the test.
 */
export function cliJson<K extends CliJsonOutput>(
  output: K,
  stdout: string,
): z.output<(typeof CLI_JSON_OUTPUTS)[K]> {
  const schema: z.ZodType = CLI_JSON_OUTPUTS[output];
  const result = schema.safeParse(JSON.parse(stdout));
  if (!result.success)
    throw new Error(
      `The --json output does not match docs/cli/${output}.schema.json: ${result.error.message}`,
    );
  return result.data as z.output<(typeof CLI_JSON_OUTPUTS)[K]>;
}

/** The output of a run that must succeed: exit code 0 and nothing on stderr. */
export function succeeded(run: CliRun): string {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** Codes the first occurrence of `needle` in DOC (whose text is `text`) with the built command. */
export function codeWithCli(
  project: string,
  doc: string,
  text: string,
  needle: string,
  code: string,
  coder?: string,
): void {
  const start = text.indexOf(needle);
  expect(start, needle).toBeGreaterThanOrEqual(0);
  const span = ['--start', String(start), '--end', String(start + needle.length)];
  succeeded(
    cliProcess('code', project, '--doc', doc, ...span, '--code', code, ...(coder ? ['--coder', coder] : [])),
  );
}
