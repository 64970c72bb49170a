import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ExchangeImportReport, ImportFailure, ImportNote } from '../../../app/contract/types.ts';
import { packProjectFolder } from '../../../app/exchange/refi/projectFolder.ts';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { withProject } from '../backend.ts';
import type { CliIo } from '../output.ts';
import { CliError, printJson } from '../output.ts';

const NEW_USAGE = 'verbatim new FILE';

export async function newCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, NEW_USAGE);
  const [file] = requirePositionals(positionals, 1, NEW_USAGE);
  const info = await withProject(file ?? '', async (call) => call('project/current', {}), 'create');
  if (values.json) printJson(io, info);
  else io.out(`Created ${file}`);
}

const IMPORT_USAGE =
  'verbatim import FILE SOURCE... [--allow-duplicates] [--json]   (SOURCE: transcripts, or a .qdpx (or the same renamed .zip, or its unzipped folder) / .qdc from another tool; FILE is created if absent; a transcript whose text is already in the project is skipped unless --allow-duplicates)';

/** What `import --json` prints: one document, whatever the mix of sources. */
interface ImportJson {
  documents: {
    id: number;
    name: string;
    length: number;
    notes: readonly ImportNote[];
    duplicateOf: string | null;
  }[];
  refi: ({ file: string } & ExchangeImportReport)[];
  failed: ImportFailure[];
  /** Transcripts whose text was already in the project (re-running an interrupted import). */
  skipped: ImportFailure[];
}

/** A REFI-QDA source: a project (.qdpx, the same renamed .zip, or its unzipped folder) or a codebook. */
function isExchangeSource(path: string): boolean {
  return /\.(qdpx|zip|qdc)$/iu.test(path) || isFolder(path);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Imports every source; exits 1 when any file was refused (the others are kept). FILE is
 * created when it does not exist, so that `verbatim import new.verbatim x.qdpx` starts a
 * project from another tool's; an existing file must be a Verbatim project (never replaced).
 */
export async function importCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(
    argv,
    { json: { type: 'boolean' }, 'allow-duplicates': { type: 'boolean' } },
    IMPORT_USAGE,
  );
  const [file = '', ...all] = requirePositionals(positionals, 2, IMPORT_USAGE);
  const created = await createIfAbsent(file);
  const json: ImportJson | null = values.json ? { documents: [], refi: [], failed: [], skipped: [] } : null;
  const exchange = all.filter(isExchangeSource);
  const sources = all.filter((path) => !exchange.includes(path));
  const refi = await importExchangeFiles(file, exchange, json, io);
  const transcripts = await importTranscripts(file, sources, json, io, {
    allowDuplicates: values['allow-duplicates'] === true,
  });
  if (json) printJson(io, json);
  const imported = refi.imported + transcripts.imported;
  const failed = refi.failed + transcripts.failed;
  // A project this command created, and into which nothing could be imported, is not left behind.
  if (created && imported === 0 && failed > 0) removeProjectFile(file);
  return failed > 0 ? 1 : 0;
}

interface Outcome {
  readonly imported: number;
  readonly failed: number;
}

/** True when FILE was created; only a `.verbatim` name is created, so a typo cannot make a project of a source. */
export async function createIfAbsent(file: string): Promise<boolean> {
  if (existsSync(file)) return false;
  if (!/\.verbatim$/iu.test(file))
    throw new CliError(`No project file at ${file}; to create one, name it with the .verbatim extension.`);
  await withProject(file, async () => undefined, 'create');
  return true;
}

function removeProjectFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** A source file's bytes; a missing one is said in a sentence, as for transcripts. */
function readSource(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    throw new CliError('It cannot be read: it does not exist or is not accessible.');
  }
}

/** The call that imports one REFI-QDA source; a folder is packed as the .qdpx it was unzipped from. */
function exchangeCall(path: string) {
  if (/\.qdc$/iu.test(path))
    return [
      'exchange/importCodebook',
      { name: basename(path), base64: readSource(path).toString('base64') },
    ] as const;
  const folder = isFolder(path);
  const bytes = folder ? packProjectFolder(path) : readSource(path);
  const name = folder ? `${basename(resolve(path))}.qdpx` : basename(path);
  return ['exchange/importProject', { name, base64: Buffer.from(bytes).toString('base64') }] as const;
}

/** REFI-QDA files merge into the project by GUID (docs/REFI-QDA.md). */
async function importExchangeFiles(
  file: string,
  paths: readonly string[],
  json: ImportJson | null,
  io: CliIo,
) {
  let imported = 0;
  let failed = 0;
  for (const path of paths) {
    try {
      const [operation, input] = exchangeCall(path);
      const refi = await withProject(file, (call) => call(operation, input));
      imported++;
      if (json) json.refi.push({ file: basename(path), ...refi });
      else {
        io.out(
          `Imported ${basename(path)}: ${refi.added.documents} documents, ${refi.added.codes} codes, ${refi.added.codings} codings added (positions: ${refi.positions})`,
        );
        if (refi.coders.length > 0)
          io.out(
            `Coders: ${refi.coders.map(({ name, codings }) => `${name} (${codings} codings)`).join(', ')}`,
          );
        for (const item of refi.skipped) io.err(`Skipped ${item.what}: ${item.why}`);
        for (const warning of refi.warnings) io.err(`Warning: ${warning}`);
      }
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      json?.failed.push({ file: basename(path), message });
      io.err(`Not imported: ${basename(path)}: ${message}`);
    }
  }
  return { imported, failed } satisfies Outcome;
}

/**
 * Transcripts: each document with what the researcher should know about it (notes: bytes
 * replaced, cues left out…). A file whose text is already in the project is skipped, so
 * that re-running an interrupted import adds nothing twice; that is not a failure.
 */
async function importTranscripts(
  file: string,
  paths: readonly string[],
  json: ImportJson | null,
  io: CliIo,
  options: { allowDuplicates: boolean },
) {
  if (paths.length === 0) return { imported: 0, failed: 0 } satisfies Outcome;
  const report = await withProject(file, (call) =>
    call('documents/importPaths', { paths: [...paths], allowDuplicates: options.allowDuplicates }),
  );
  if (json) {
    json.documents.push(
      ...report.imported.map(({ id, name, length, notes, duplicateOf }) => ({
        id,
        name,
        length,
        notes,
        duplicateOf,
      })),
    );
    json.failed.push(...report.failed);
    json.skipped.push(...report.skipped);
  } else {
    for (const document of report.imported) {
      io.out(
        `Imported ${document.name} (id ${document.id}, ${document.segmentCount} segments, ${document.length} characters)`,
      );
      for (const note of document.notes) io.out(`  Note: ${note.text}`);
      if (document.duplicateOf !== null) io.out(`  Same text as «${document.duplicateOf}», imported again.`);
    }
  }
  for (const skipped of report.skipped) io.err(`Skipped: ${skipped.message}`);
  for (const failure of report.failed) io.err(`Not imported: ${failure.message}`);
  return { imported: report.imported.length, failed: report.failed.length } satisfies Outcome;
}
