import { listTeamConflicts } from '../../db/index.ts';
import { outsideProject, ownTransaction, read, type OperationGroup } from '../registration/registry.ts';
import { addTeamMember, setTeamBlind, teamMembers } from './members.ts';
import { joinProject, publishProject } from './publish.ts';
import type { ProjectSession } from '../session.ts';
import { teamStatus } from './sync.ts';

// Team operations (docs/TEAM.md). None is an undoable history event: a sync applies other
// people's changes and sends ours, which are already events of their own; undoing a sync
// would delete a colleague's work locally only for the next pull to bring it back. They run
// their own transactions because they wait on the network between them (one SQLite
// transaction per pull, one per pushed batch), and the project must stay usable meanwhile.
const SYNC_WHY =
  'Team sync moves changes between the project and its server; they are already events of their own, and a sync waits on the network between its transactions.';

/** The password given, else the one this session holds for the server (Team panel). */
const passwordOf = (given: string | undefined, session: ProjectSession): string | undefined =>
  given ?? session.team.passwordFor(session.db());

export const teamOperations = {
  'team/status': read((_input, session) => teamStatus(session.db())),
  'team/conflicts': read((_input, session) => listTeamConflicts(session.db())),
  'team/publish': ownTransaction(
    'Publishing uploads the project to a server; it changes the project only by linking it (not undoable).',
    async ({ url, password }, session) => {
      const report = await publishProject(session, url, password);
      session.team.rememberPassword(report.status.url, password);
      return report;
    },
  ),
  'team/join': outsideProject(async ({ url, password, path }, session) => {
    const report = await joinProject(session, url, password, path);
    session.team.rememberPassword(report.status.url, password);
    return report;
  }),
  // Through the background sync's queue, so that two syncs never run at once.
  'team/sync': ownTransaction(SYNC_WHY, ({ password }, session) =>
    session.team.syncNow(session.db(), password),
  ),
  'team/members': read(({ password }, session) => teamMembers(session.db(), passwordOf(password, session))),
  'team/addMember': ownTransaction(
    'A member is a role on the team server, not a row of the project.',
    ({ name, role, memberPassword, coder, password }, session) =>
      addTeamMember(session.db(), passwordOf(password, session), { name, role, memberPassword, coder }),
  ),
  'team/setBlind': ownTransaction(
    'Blind mode of a team project is held by the server; the project follows it at each sync.',
    ({ blind, password }, session) => setTeamBlind(session.db(), passwordOf(password, session), blind),
  ),
} satisfies OperationGroup;
