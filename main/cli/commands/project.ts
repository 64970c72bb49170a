import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
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

const IMPORT_USAGE =
  'verbatim import FILE SOURCE... [--json]   (SOURCE: transcripts, or a .qdpx / .qdc from another tool)';

/** Imports every source; exits 1 when any file was refused (the others are kept). */
export async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, IMPORT_USAGE);
  const [file, ...all] = requirePositionals(positionals, 2, IMPORT_USAGE);
  const exchange = all.filter((path) => /\.(qdpx|qdc)$/iu.test(path));
  const sources = all.filter((path) => !exchange.includes(path));
  // REFI-QDA files merge into the project by GUID (docs/REFI-QDA.md); the rest are transcripts.
  let failedExchange = 0;
  for (const path of exchange) {
    try {
      const refi = await withProject(file ?? '', (call) =>
        call(/\.qdpx$/iu.test(path) ? 'exchange/importProject' : 'exchange/importCodebook', {
          name: basename(path),
          base64: readFileSync(path).toString('base64'),
        }),
      );
      if (values.json) printJson(io, refi);
      else {
        io.out(
          `Imported ${basename(path)}: ${refi.added.documents} documents, ${refi.added.codes} codes, ${refi.added.codings} codings added (positions: ${refi.positions})`,
        );
        for (const item of refi.skipped) io.err(`Skipped ${item.what}: ${item.why}`);
        for (const warning of refi.warnings) io.err(`Warning: ${warning}`);
      }
    } catch (error) {
      failedExchange++;
      io.err(`Not imported: ${basename(path)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (sources.length === 0) return failedExchange > 0 ? 1 : 0;
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
  return report.failed.length > 0 || failedExchange > 0 ? 1 : 0;
}
