import { CliError, processIo, type CliIo } from './output.ts';

type Command = (argv: readonly string[], io: CliIo) => Promise<number | undefined>;

/**
 * Each command's module is loaded only when that command runs, so that `verbatim --help`
 * starts without loading the backend, and a command loads only what it uses.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  new: async () => (await import('./commands/project.ts')).newCommand,
  import: async () => (await import('./commands/surveyImport.ts')).importCommand,
  text: async () => (await import('./commands/read.ts')).textCommand,
  codes: async () => (await import('./commands/read.ts')).codesCommand,
  code: async () => (await import('./commands/code.ts')).codeCommand,
  cooccur: async () => (await import('./commands/analysis.ts')).cooccurCommand,
  query: async () => (await import('./commands/query.ts')).queryCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  search: async () => (await import('./commands/search.ts')).searchCommand,
  pseudonymise: async () => (await import('./commands/pseudonymise.ts')).pseudonymiseCommand,
  agree: async () => (await import('./commands/agree.ts')).agreeCommand,
  serve: async () => (await import('./commands/serve.ts')).serveCommand,
  backup: async () => (await import('./commands/backup.ts')).backupCommand,
  restore: async () => (await import('./commands/backup.ts')).restoreCommand,
  merge: async () => (await import('./commands/merge.ts')).mergeCommand,
  cases: async () => (await import('./commands/cases.ts')).casesCommand,
  matrix: async () => (await import('./commands/matrix.ts')).matrixCommand,
  words: async () => (await import('./commands/words.ts')).wordsCommand,
  memos: async () => (await import('./commands/journal.ts')).memosCommand,
  history: async () => (await import('./commands/journal.ts')).historyCommand,
  undo: async () => (await import('./commands/journal.ts')).undoCommand,
  update: async () => (await import('./commands/edit.ts')).updateCommand,
  edit: async () => (await import('./commands/edit.ts')).editCommand,
  team: async () => (await import('./commands/team.ts')).teamCommand,
};

export const HELP = `Verbatim — qualitative interview coding (docs/CLI.md)

Usage:
  verbatim new FILE
  verbatim import FILE SOURCE... [--allow-duplicates] [--json]
                  (SOURCE may be a .qdpx, a .qdpx renamed .zip, an unzipped project folder,
                  or a .qdc; FILE is created if absent; a transcript whose text is already
                  in the project is skipped unless --allow-duplicates)
  verbatim import FILE TABLE.csv|TABLE.xlsx [--id COL] [--text COL]... [--attr COL]...
                  [--answer-as document|segment] [--dry-run] [--json]
                  (a survey table; roles left out are suggested as in the interface,
                  --dry-run prints them and stores nothing)
  verbatim text FILE DOC [--json]
  verbatim codes FILE [--json]
  verbatim code FILE --doc DOC --start N --end N --code NAME [--coder NAME]
  verbatim code FILE --jsonl PATH
  verbatim cooccur FILE --scope overlap|segment|document|near:N [--set NAME]
                   [--where attr=value] [--speaker NAME] [--coder NAME] [--json]
  verbatim query FILE EXPR [--set NAME] [--where attr=value] [--speaker NAME] [--coder NAME] [--json]
                 (EXPR combines codes: A AND B, A OR B, A NOT B, A OVERLAPPING|INSIDE|OUTSIDE B,
                 A FOLLOWED BY B [WITHIN N [CHARACTERS|TURNS]], A NEAR B WITHIN N, parentheses;
                 quote names with spaces: "triple journée"; exit 2 when EXPR does not read)
  verbatim matrix FILE --rows document|case|attr:NAME [--measure count|presence|share|cases|codings]
                  [--set NAME] [--where attr=value] [--speaker NAME] [--coder NAME] [--json|--csv]
  verbatim words FILE [--by document|case|code] [--stem] [--all-speakers] [--min-length N]
                 [--limit N] [--json]
                  (respondents' turns only unless --all-speakers; stop words out; words
                  of at least 3 letters unless --min-length)
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
  verbatim merge FILE OTHER.verbatim|OTHER.qdpx [--prefer mine|theirs] [--dry-run] [--json]
                  (exit code 3 when a conflict needs --prefer: nothing is merged)
  verbatim cases FILE [--json]
  verbatim cases FILE --import TABLE.csv|TABLE.xlsx [--id COL] [--attr COL]... [--json]
  verbatim memos FILE [--json]
  verbatim history FILE [--limit N] [--json]        (newest first; the last 200 unless --limit)
  verbatim undo FILE [--json]                      (undoes the last change, as Undo in the app)
  verbatim update FILE DOC NEWSOURCE [--dry-run] [--json]
                  (a new version of DOC's file: the texts are aligned word by word and every
                  coding follows its text; one whose text is gone is listed as unplaced, kept)
  verbatim edit FILE DOC --jsonl PATH [--json]
                  (text edits {"start","end","text"}, UTF-16 offsets of the current text, applied
                  as one change)
  verbatim serve [FILE] [--dir DIR] [--port N]
  verbatim backup FILE [--out PATH] [--json]       (a complete copy, even while the project is open)
  verbatim restore FILE BACKUP [--json]            (FILE's current state is backed up first)
  verbatim team publish FILE URL [--password-env VAR] [--json]
  verbatim team join URL FILE [--password-env VAR] [--json]
  verbatim team sync|status|members FILE [--password-env VAR] [--json]
  verbatim team add-member FILE NAME --role lead|coder|viewer --member-password-env VAR [--json]
  verbatim team blind FILE on|off [--json]
                  (a team server on PostgreSQL, docs/TEAM.md; URL is postgresql://name@host/db;
                  passwords come from --password-env VAR, PGPASSWORD or ~/.pgpass)

CSV cells hold the exact text (for R, Python) unless --csv-cells spreadsheet puts an apostrophe
before a cell starting with = + - @, so that a spreadsheet never runs it as a formula (and,
with --lang fr, separates cells by semicolons, as French Excel expects).
An unknown --speaker, --code or --coder is an error (exit 1) listing the known names.
Every --json output has a JSON Schema in docs/cli/ (e.g. docs/cli/matrix.schema.json).
Errors go to stderr; exit code 1 for a failure, 2 for bad usage, 3 when a merge needs a choice.`;

const isHelp = (arg: string): boolean => arg === '--help' || arg === '-h';

/**
 * One command's lines of HELP: each form of it (`  verbatim NAME …`) with the lines indented
 * under it, so that `verbatim NAME --help` answers about NAME alone.
 */
export function commandHelp(name: string): string {
  const lines: string[] = [];
  let inside = false;
  for (const line of HELP.split('\n')) {
    if (line.startsWith('  verbatim '))
      inside = line.startsWith(`  verbatim ${name} `) || line === `  verbatim ${name}`;
    else if (!line.startsWith('    ')) inside = false;
    if (inside) lines.push(line);
  }
  return `Usage:\n${lines.join('\n')}\n\nEvery command and option: verbatim --help, and docs/CLI.md.`;
}

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || isHelp(name)) {
    io.out(HELP);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`Unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  // Asked of any command, before its own options are read (which would refuse --help as
  // unknown); after `--`, "--help" is a positional argument like any other.
  const end = rest.indexOf('--');
  if ((end === -1 ? rest : rest.slice(0, end)).some(isHelp)) {
    io.out(commandHelp(name));
    return 0;
  }
  try {
    const command = await load();
    return (await command(rest, io)) ?? 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`verbatim ${name}: ${error.message}`);
      return error.exitCode;
    }
    const { storageError } = await import('../../app/storageErrors.ts');
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
