import { resolve } from 'node:path';
import { copyProject } from '../../../app/backups/projectCopy.ts';
import { restoreProject } from '../../../app/backups/restore.ts';
import { AppError } from '../../../app/errors.ts';
import type { ProjectSession } from '../../../app/session.ts';
import { storageError } from '../../../app/storageErrors.ts';
import { parseCommandArgs, requirePositionals } from '../args.ts';
import { newSession } from '../backend.ts';
import { CliError, printJson, type CliIo } from '../output.ts';

const BACKUP_USAGE = 'verbatim backup FILE [--out PATH] [--json]';
const RESTORE_USAGE = 'verbatim restore FILE BACKUP [--json]';

/** Opens FILE in a session of its own, runs `work`, closes; errors become CLI errors. */
function withSession<T>(file: string, work: (session: ProjectSession) => T): T {
  const session = newSession();
  try {
    try {
      session.open(file);
      return work(session);
    } catch (error) {
      const known = error instanceof AppError ? error : storageError(error);
      if (known) throw new CliError(known.message);
      throw error;
    }
  } finally {
    session.close();
  }
}

/**
 * A complete, consistent copy of FILE, even while the app has it open (its latest work is
 * still in the -wal, which a plain file copy misses): into the backups folder, or to --out.
 */
export async function backupCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(
    argv,
    { out: { type: 'string' }, json: { type: 'boolean' } },
    BACKUP_USAGE,
  );
  const [file = ''] = requirePositionals(positionals, 1, BACKUP_USAGE);
  const result = withSession(file, (session) => {
    // A copy written elsewhere may be opened as a project: copyProject gives it an id of its
    // own, so it does not share the original's backups. Those in the backups folder keep it.
    if (values.out !== undefined)
      return copyProject(session.db(), resolve(values.out), { ...session.options, refuseExisting: true });
    const info = session.guard().backup('manual');
    if (!info) throw new CliError('Backups are not set up.');
    return info;
  });
  if (values.json) printJson(io, result);
  else
    io.out(
      `Backed up ${file} to ${result.path} (${result.documentCount} documents, ${result.codingCount} codings).`,
    );
  await Promise.resolve();
}

/** Replaces FILE by BACKUP, keeping FILE's current state as a backup first. */
export async function restoreCommand(argv: readonly string[], io: CliIo): Promise<undefined> {
  const { positionals, values } = parseCommandArgs(argv, { json: { type: 'boolean' } }, RESTORE_USAGE);
  const [file = '', backup = ''] = requirePositionals(positionals, 2, RESTORE_USAGE);
  const kept = withSession(file, (session) => restoreProject(session, resolve(backup)));
  if (values.json) printJson(io, { restored: file, from: backup, previous: kept });
  else io.out(`Restored ${file} from ${backup}. Its previous state is kept as ${kept.path}.`);
  await Promise.resolve();
}
