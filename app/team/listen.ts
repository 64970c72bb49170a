import { getTeamLink, type Db } from '../../db/index.ts';
import { listenOnServer } from '../../db/team/server.ts';
import { clientConfig } from './connection.ts';
import { connectionError, teamError } from './serverErrors.ts';
import { notLinked } from './serverCheck.ts';

/**
 * Live updates for the Team panel: calls `onChange(revision)` each time someone commits a
 * change on the team server (PostgreSQL LISTEN/NOTIFY on `verbatim_changes`, sent by the
 * schema's statement triggers), typically to run `team/sync` (debounced) when the revision is
 * beyond the project's cursor. `onError` gets a lost connection as an AppError (listen again
 * later). Returns a function that stops listening and closes the connection.
 */
export async function listenForChanges(
  db: Db,
  password: string | undefined,
  onChange: (revision: number) => void,
  onError: (error: unknown) => void = () => undefined,
): Promise<() => Promise<void>> {
  const link = getTeamLink(db);
  if (!link) throw notLinked();
  try {
    return await listenOnServer(clientConfig(link.url, password), onChange, (error) =>
      onError(teamError(error, { url: link.url, role: link.role, keepsChanges: true })),
    );
  } catch (error) {
    throw connectionError(error, { url: link.url, role: link.role, keepsChanges: true });
  }
}

/** Whether a notified revision is one the project has not pulled yet. */
export function isNewerThanCursor(db: Db, revision: number): boolean {
  return revision > (getTeamLink(db)?.pullCursor ?? 0);
}
