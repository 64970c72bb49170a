import { agreeCommand } from './commands/agree.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { codeCommand } from './commands/code.ts';
import { cooccurCommand } from './commands/analysis.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand, newCommand } from './commands/project.ts';
import { codesCommand, textCommand } from './commands/read.ts';
import { pseudonymiseCommand } from './commands/pseudonymise.ts';
import { searchCommand } from './commands/search.ts';
import { serveCommand } from './commands/serve.ts';
import { CliError, processIo, type CliIo } from './output.ts';
import { storageError } from '../../app/storageErrors.ts';

type Command = (argv: readonly string[], io: CliIo) => Promise<number | undefined>;

const COMMANDS: Record<string, Command> = {
  new: newCommand,
  import: importCommand,
  text: textCommand,
  codes: codesCommand,
  code: codeCommand,
  cooccur: cooccurCommand,
  export: exportCommand,
  search: searchCommand,
  pseudonymise: pseudonymiseCommand,
  agree: agreeCommand,
  serve: serveCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

export const HELP = `Verbatim — qualitative interview coding (docs/CLI.md)

Usage:
  verbatim new FILE
  verbatim import FILE SOURCE... [--allow-duplicates] [--json]
                  (SOURCE may be a .qdpx, a .qdpx renamed .zip, an unzipped project folder,
                  or a .qdc; FILE is created if absent; a transcript whose text is already
                  in the project is skipped unless --allow-duplicates)
  verbatim text FILE DOC [--json]
  verbatim codes FILE [--json]
  verbatim code FILE --doc DOC --start N --end N --code NAME [--coder NAME]
  verbatim code FILE --jsonl PATH
  verbatim cooccur FILE --scope overlap|segment|document|near:N [--set NAME]
                   [--where attr=value] [--speaker NAME] [--coder NAME] [--json]
  verbatim search FILE QUERY [--code NAME] [--json]
  verbatim pseudonymise FILE [--doc NAME] [--json]
  verbatim pseudonymise FILE --apply MAP.csv [--doc NAME] [--json]
  verbatim agree FILE --coders A,B[,C] --unit char|segment|document [--code NAME]
                 [--doc DOC] [--json]
  verbatim export FILE --format md|html|csv|docx --out PATH [--code NAME]... [--lang en|fr]
                  [--group-by code|case|document] [--cite case,attr:NAME,speaker,timestamp,segment]...
                  [--memos] [--quote-marks] [--exact-quotes] [--csv-cells exact|spreadsheet] [--skip-scan]
  verbatim export FILE --codebook --format md|csv|docx --out PATH [--lang en|fr]
                  [--csv-cells exact|spreadsheet] [--skip-scan]
  verbatim export FILE --format qdpx|qdc --out PATH [--skip-scan]
  verbatim serve [FILE] [--dir DIR] [--port N]
  verbatim backup FILE [--out PATH] [--json]       (a complete copy, even while the project is open)
  verbatim restore FILE BACKUP [--json]            (FILE's current state is backed up first)

CSV cells hold the exact text (for R, Python) unless --csv-cells spreadsheet puts an apostrophe
before a cell starting with = + - @, so that a spreadsheet never runs it as a formula.
An unknown --speaker, --code or --coder is an error (exit 1) listing the known names.
Errors go to stderr; exit code 1 for a failure, 2 for bad usage.`;

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    return (await command(rest, io)) ?? 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`verbatim ${name}: ${error.message}`);
      return error.exitCode;
    }
    const plain = storageError(error);
    if (plain) {
      io.err(`verbatim ${name}: ${plain.message}`);
      return 1;
    }
    io.err(
      `verbatim ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return 1;
  }
}
