import { join } from 'node:path';
import * as prettier from 'prettier';
import { z } from 'zod';
import { CLI_JSON_OUTPUTS, type CliJsonOutput } from './schemas.ts';

/** Where the generated schemas live, from the repository root. */
export const SCHEMA_FOLDER = join('docs', 'cli');

export function schemaFileName(output: CliJsonOutput): string {
  return `${output}.schema.json`;
}

/** The command line an output comes from, for the schema's title. */
function commandOf(output: CliJsonOutput): string {
  const [command, mode] = output.split('-');
  if (command === 'team') return `verbatim team ${mode ?? ''} … --json`;
  return mode === undefined ? `verbatim ${command} --json` : `verbatim ${command} --${mode} … --json`;
}

/**
 * Each command's JSON Schema (zod's z.toJSONSchema of its output schema), formatted as the
 * repository's Prettier would, so that the files pass the format check unchanged.
 */
export async function cliJsonSchemaFiles(root: string): Promise<Map<string, string>> {
  const options = { ...(await prettier.resolveConfig(join(root, SCHEMA_FOLDER, 'x.json'))), parser: 'json' };
  const files = new Map<string, string>();
  for (const output of Object.keys(CLI_JSON_OUTPUTS) as CliJsonOutput[]) {
    const schema = {
      ...z.toJSONSchema(CLI_JSON_OUTPUTS[output], { io: 'output' }),
      title: commandOf(output),
      description: 'Generated from main/cli/json/schemas.ts by `npm run cli:schemas`; do not edit.',
    };
    files.set(schemaFileName(output), await prettier.format(JSON.stringify(schema), options));
  }
  return files;
}
