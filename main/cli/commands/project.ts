import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject } from '../backend.ts';
import type { CliIo } from '../output.ts';
import { printJson } from '../output.ts';

const NEW_USAGE = 'verbatim new FILE';

export async function newCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, NEW_USAGE);
  const [file] = requirePositionals(positionals, 1, NEW_USAGE);
  const info = await withProject(file ?? '', async (call) => call('project/current', {}), 'create');
  if (values.json) printJson(io, info);
  else io.out(`Created ${file}`);
}

const IMPORT_USAGE = 'verbatim import FILE SOURCE... [--json]';

/** Imports every source; exits 1 when any file was refused (the others are kept). */
export async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, IMPORT_USAGE);
  const [file, ...sources] = requirePositionals(positionals, 2, IMPORT_USAGE);
  const report = await withProject(file ?? '', (call) => call('documents/importPaths', { paths: sources }));
  if (values.json) {
    printJson(
      io,
      report.imported.map(({ id, name, length }) => ({ id, name, length })),
    );
  } else {
    for (const document of report.imported) {
      io.out(
        `Imported ${document.name} (id ${document.id}, ${document.segmentCount} segments, ${document.length} characters)`,
      );
    }
  }
  for (const failure of report.failed) io.err(`Not imported: ${failure.message}`);
  return report.failed.length > 0 ? 1 : 0;
}
