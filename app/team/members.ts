import { getTeamLink, type Db } from '../../db/index.ts';
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
    link.role,
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
 * exists on the server), made a member of the project's group role for that role.
 */
export async function addTeamMember(
  db: Db,
  password: string | undefined,
  member: { readonly name: string; readonly role: TeamMemberRole; readonly memberPassword: string },
): Promise<TeamMember[]> {
  return withLinkedServer(db, password, async (client, _url, role, prefix) => {
    leadOnly(role);
    await inServerTransaction(client, async () => {
      if (!(await roleExists(client, member.name)))
        await createLoginRole(client, member.name, member.memberPassword);
      await grantMembership(client, prefix, member.name, member.role, null);
    });
    return (await listServerMembers(client)).map(({ name, role: memberRole, lastSyncAt, codings }) => ({
      name,
      role: memberRole,
      lastSyncAt,
      codings,
    }));
  });
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
