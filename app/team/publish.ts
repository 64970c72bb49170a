import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import {
  deleteTeamLink,
  getCoderByName,
  getTeamLink,
  insertTeamLink,
  listEntityGuids,
  readPayload,
  renameCoderIfFree,
  savePullPosition,
  setTeamCoder,
  TEAM_ENTITIES,
  writeTransaction,
  type Db,
} from '../../db/index.ts';
import {
  claimCoder,
  currentLogin,
  currentRevision,
  grantMembership,
  inServerTransaction,
  insertServerProject,
  migrateServer,
  myCoderOnServer,
  pullChanges,
  readServerState,
  setUpProjectRoles,
  uploadRows,
  type ServerRow,
} from '../../db/team/server.ts';
import { projectIdentity } from '../backups/projectIdentity.ts';
import type { TeamSyncReport } from '../contract/team.ts';
import type { ProjectSession } from '../session.ts';
import { isBlind } from '../visibility/blindSession.ts';
import { redactedUrl, withTeamServer } from './connection.ts';
import { applyPulled } from './pull.ts';
import { alreadyLinked, alreadyPublished, requireTeamProject } from './serverCheck.ts';
import { localCoderGuid, syncWith, teamStatus } from './sync.ts';

/**
 * Publishes the open project to an empty PostgreSQL database: creates the `verbatim` schema,
 * the project's three group roles, makes the connected login its lead and uploads every
 * shared row, in one server transaction (a failure leaves the database as it was). The
 * project is linked first, in the same local transaction that reads the rows, so a change
 * made while the upload runs is in the outbox and goes with the next sync.
 */
export async function publishProject(
  session: ProjectSession,
  url: string,
  password: string | undefined,
): Promise<TeamSyncReport> {
  const db = session.db();
  const stored = redactedUrl(url);
  // A link to this very address may be what a publish killed before the server committed
  // left (the link is written first): publishing again is the way on, if the server has no
  // team project (checked below). Any other link is a project already shared.
  const earlier = getTeamLink(db);
  if (earlier && !(earlier.url === stored && earlier.role === 'lead')) throw alreadyLinked(earlier.url);
  const coderGuid = localCoderGuid(db, session.coder.name);
  const projectId = projectIdentity(db);
  return withTeamServer(url, password, async (client) => {
    const state = await readServerState(client);
    if (state.project !== null || state.closed) throw earlier ? alreadyLinked(stored) : alreadyPublished(url);
    const login = await currentLogin(client);
    const rows = writeTransaction(db, () => {
      // Every row is uploaded below: the unfinished publish's outbox has nothing more.
      if (earlier) deleteTeamLink(db);
      insertTeamLink(db, { url: stored, member: login, role: 'lead', projectId, coderGuid });
      return readAllRows(db);
    });
    try {
      const cursor = await inServerTransaction(client, async () => {
        await migrateServer(client, state.schemaVersion);
        const prefix = `vb_${randomBytes(5).toString('hex')}`;
        await setUpProjectRoles(client, prefix);
        await insertServerProject(client, {
          projectId,
          name: session.name ?? 'project',
          rolePrefix: prefix,
          blind: isBlind(db),
        });
        await grantMembership(client, prefix, login, 'lead', coderGuid);
        for (const entity of TEAM_ENTITIES) {
          await uploadRows(
            client,
            entity,
            rows.filter((row) => row.entity === entity),
          );
        }
        return currentRevision(client);
      });
      writeTransaction(db, () => savePullPosition(db, cursor, 0, isBlind(db)));
    } catch (error) {
      writeTransaction(db, () => deleteTeamLink(db));
      throw error;
    }
    const report = await syncWith(db, client, url, {});
    return { ...report, pushed: report.pushed + rows.length, status: teamStatus(db) };
  });
}

/**
 * The new coder a joining member's work goes to, named after their identity, or after their
 * login when the project already has a coder of that name. A coder already in the project is
 * someone's work (a colleague's, or codings from before the server): only the lead gives it
 * to a member (`team/addMember`'s coder), and the server refuses to let a member claim it.
 */
function newCoderGuid(db: Db, identity: string, login: string): string {
  const name =
    [identity, login].find((candidate) => getCoderByName(db, candidate) === undefined) ??
    `${login} (${randomBytes(3).toString('hex')})`;
  return localCoderGuid(db, name);
}

function readAllRows(db: Db): ServerRow[] {
  const rows: ServerRow[] = [];
  for (const entity of TEAM_ENTITIES) {
    for (const guid of listEntityGuids(db, entity)) {
      const data = readPayload(db, entity, guid);
      if (data !== undefined) rows.push({ entity, guid, data });
    }
  }
  return rows;
}

/**
 * Joins a team project as the login of the address: creates a new project file at `path`
 * holding everything the member may read, linked to the server, and opens it. The member's
 * coder is the identity's (named once on the server, `claim_coder`), so that their codings
 * are theirs for row-level security.
 */
export async function joinProject(
  session: ProjectSession,
  url: string,
  password: string | undefined,
  path: string,
): Promise<TeamSyncReport> {
  return withTeamServer(url, password, async (client) => {
    const state = await requireTeamProject(client, url);
    const login = await currentLogin(client);
    const changes = await pullChanges(client, 0);
    const claimed = await myCoderOnServer(client);
    session.create(path);
    const db = session.db();
    try {
      writeTransaction(db, () => {
        insertTeamLink(db, {
          url: redactedUrl(url),
          member: login,
          role: state.role ?? 'viewer',
          projectId: state.project.projectId,
          coderGuid: claimed,
        });
        applyPulled(db, changes, login);
        if (claimed !== null) renameCoderIfFree(db, claimed, session.coder.name);
      });
      const coderGuid =
        claimed ??
        // A viewer codes nothing: no coder of their own.
        (state.role === 'viewer'
          ? null
          : await claimCoder(client, newCoderGuid(db, session.coder.name, login)));
      if (coderGuid !== null) writeTransaction(db, () => setTeamCoder(db, coderGuid));
      const report = await syncWith(db, client, url, {});
      return { ...report, pulled: report.pulled + changes.rows.length, status: teamStatus(db) };
    } catch (error) {
      session.close();
      rmSync(path, { force: true });
      throw error;
    }
  });
}
