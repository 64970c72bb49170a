import { listTeamConflicts } from '../../db/index.ts';
import { outsideProject, ownTransaction, read, type OperationGroup } from '../registration/registry.ts';
import { addTeamMember, setTeamBlind, teamMembers } from './members.ts';
import { joinProject, publishProject } from './publish.ts';
import { syncProject, teamStatus } from './sync.ts';

// Team operations (docs/TEAM.md). None is an undoable history event: a sync applies other
// people's changes and sends ours, which are already events of their own; undoing a sync
// would delete a colleague's work locally only for the next pull to bring it back. They run
// their own transactions because they wait on the network between them (one SQLite
// transaction per pull, one per pushed batch), and the project must stay usable meanwhile.
const SYNC_WHY =
  'Team sync moves changes between the project and its server; they are already events of their own, and a sync waits on the network between its transactions.';

export const teamOperations = {
  'team/status': read((_input, session) => teamStatus(session.db())),
  'team/conflicts': read((_input, session) => listTeamConflicts(session.db())),
  'team/publish': ownTransaction(
    'Publishing uploads the project to a server; it changes the project only by linking it (not undoable).',
    ({ url, password }, session) => publishProject(session, url, password),
  ),
  'team/join': outsideProject(({ url, password, path }, session) =>
    joinProject(session, url, password, path),
  ),
  'team/sync': ownTransaction(SYNC_WHY, ({ password }, session) =>
    syncProject(session.db(), { password, identity: session.coder.name }),
  ),
  'team/members': read(({ password }, session) => teamMembers(session.db(), password)),
  'team/addMember': ownTransaction(
    'A member is a role on the team server, not a row of the project.',
    ({ name, role, memberPassword, password }, session) =>
      addTeamMember(session.db(), password, { name, role, memberPassword }),
  ),
  'team/setBlind': ownTransaction(
    'Blind mode of a team project is held by the server; the project follows it at each sync.',
    ({ blind, password }, session) => setTeamBlind(session.db(), password, blind),
  ),
} satisfies OperationGroup;
