import { coderGuidOf, getCoderByName, getTeamLink, type Db } from '../../db/index.ts';
import {
  createLoginRole,
  grantMembership,
  inServerTransaction,
  listServerMembers,
  roleExists,
  setServerBlind,
  type ServerClient,
} from '../../db/team/server.ts';
import type { TeamMemberRole } from '../contract/enums.ts';
import type { TeamMember, TeamStatus } from '../contract/team.ts';
import { AppError } from '../errors.ts';
import { withTeamServer } from './connection.ts';
import { notLinked, requireTeamProject } from './serverCheck.ts';
import { syncWith, teamStatus } from './sync.ts';

async function withLinkedServer<T>(
  db: Db,
  password: string | undefined,
  work: (client: ServerClient, url: string, role: TeamMemberRole, prefix: string) => Promise<T>,
): Promise<T> {
  const link = getTeamLink(db);
  if (!link) throw notLinked();
  return withTeamServer(
    link.url,
    password,
    async (client) => {
      const state = await requireTeamProject(client, link.url);
      return work(client, link.url, state.role ?? 'viewer', state.project.rolePrefix);
    },
    { role: link.role },
  );
}

function leadOnly(role: TeamMemberRole): void {
  if (role !== 'lead') {
    throw new AppError('NOT_ALLOWED', `Only the lead may do this; your role is ${role}.`, {
      key: 'teamPermissionRefused',
      params: { role },
    });
  }
}

/** The team's members; none while the project is not linked. */
export async function teamMembers(db: Db, password: string | undefined): Promise<TeamMember[]> {
  if (!getTeamLink(db)) return [];
  return withLinkedServer(db, password, async (client) =>
    (await listServerMembers(client)).map(({ name, role, lastSyncAt, codings }) => ({
      name,
      role,
      lastSyncAt,
      codings,
    })),
  );
}

/**
 * Adds a member: a PostgreSQL login role with its password (created unless the login already
 * exists on the server), made a member of the project's group role for that role. `coder`,
 * when given, names a coder of the project whose codings become the member's (someone who
 * coded before the team had a server); only the lead can give a member existing work.
 */
export async function addTeamMember(
  db: Db,
  password: string | undefined,
  member: {
    readonly name: string;
    readonly role: TeamMemberRole;
    readonly memberPassword: string;
    readonly coder?: string | undefined;
  },
): Promise<TeamMember[]> {
  const coderGuid = member.coder === undefined ? null : existingCoderGuid(db, member.coder);
  return withLinkedServer(db, password, async (client, _url, role, prefix) => {
    leadOnly(role);
    if (coderGuid !== null) {
      const holder = (await listServerMembers(client)).find(
        (other) => other.coderGuid === coderGuid && other.name !== member.name,
      );
      if (holder)
        throw new AppError('CONFLICT', `The codings of ${member.coder} are already ${holder.name}'s.`, {
          key: 'teamCoderTaken',
          params: { coder: member.coder ?? '', member: holder.name },
        });
    }
    await inServerTransaction(client, async () => {
      if (!(await roleExists(client, member.name)))
        await createLoginRole(client, member.name, member.memberPassword);
      await grantMembership(client, prefix, member.name, member.role, coderGuid);
    });
    return (await listServerMembers(client)).map(({ name, role: memberRole, lastSyncAt, codings }) => ({
      name,
      role: memberRole,
      lastSyncAt,
      codings,
    }));
  });
}

/** The GUID of the project's coder of that name; the lead's copy holds every coder. */
function existingCoderGuid(db: Db, name: string): string {
  const coder = getCoderByName(db, name);
  if (!coder)
    throw new AppError('NOT_FOUND', `This project has no coder named ${name}.`, {
      key: 'teamCoderUnknown',
      params: { coder: name },
    });
  return coderGuidOf(db, coder.id);
}

/** Sets blind mode on the server (the lead), then syncs so the project shows it. */
export async function setTeamBlind(
  db: Db,
  password: string | undefined,
  blind: boolean,
): Promise<TeamStatus> {
  await withLinkedServer(db, password, async (client, url, role) => {
    leadOnly(role);
    await setServerBlind(client, blind);
    await syncWith(db, client, url, {});
  });
  return teamStatus(db);
}
