import { isAbsolute, resolve } from 'node:path';

/**
 * The project file named on a command line, if any: the last argument ending in
 * .verbatim that is not a switch. Works for the first launch (process.argv: electron,
 * app folder, then user arguments) and for the argv a second launch forwards, whose order
 * Chromium may have changed by inserting its own switches.
 */
export function projectPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let index = argv.length - 1; index >= 0; index -= 1) {
    const argument = argv[index];
    if (argument === undefined || argument.startsWith('-')) continue;
    if (!argument.toLowerCase().endsWith('.verbatim')) continue;
    return isAbsolute(argument) ? argument : resolve(workingDirectory, argument);
  }
  return null;
}
