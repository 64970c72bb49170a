import type { z } from 'zod';
import { CLI_JSON_OUTPUTS, type CliJsonOutput } from '../../main/cli/json/schemas.ts';

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
