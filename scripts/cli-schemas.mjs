// Writes docs/cli/<output>.schema.json, the JSON Schema of each command's --json output,
// generated from main/cli/json/schemas.ts (zod's z.toJSONSchema). tests/integration/
// cliSchemas.test.ts regenerates them and fails when a file is stale: run this and commit.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { cliJsonSchemaFiles, SCHEMA_FOLDER } = await import('../main/cli/json/generate.ts');
const folder = join(root, SCHEMA_FOLDER);
mkdirSync(folder, { recursive: true });
const files = await cliJsonSchemaFiles(root);
// A schema of an output that no longer exists is removed.
for (const name of readdirSync(folder))
  if (name.endsWith('.schema.json') && !files.has(name)) rmSync(join(folder, name));
for (const [name, text] of files) writeFileSync(join(folder, name), text);
process.stdout.write(`Wrote ${files.size} schemas to ${SCHEMA_FOLDER}.\n`);
