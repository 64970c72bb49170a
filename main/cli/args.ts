import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './output.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
/** Named so that the declaration emit of `tsc -b` can write it (node:util does not export it). */
type ParsedCommandArgs<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

/** parseArgs with usage errors turned into exit code 2. */
export function parseCommandArgs<O extends Options>(
  argv: readonly string[],
  options: O,
  usage: string,
): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\nUsage: ${usage}`, 2);
  }
}

export function requirePositionals(positionals: readonly string[], count: number, usage: string): string[] {
  if (positionals.length < count) throw new CliError(`Missing arguments.\nUsage: ${usage}`, 2);
  return [...positionals];
}

export function integerOption(value: string | undefined, name: string, usage: string): number {
  if (value === undefined) throw new CliError(`--${name} is required.\nUsage: ${usage}`, 2);
  if (!/^\d+$/u.test(value)) throw new CliError(`--${name} must be a whole number (got "${value}").`, 2);
  return Number(value);
}
