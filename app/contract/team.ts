import { z } from 'zod';
import { TEAM_MEMBER_ROLES, type TeamMemberRole } from './enums.ts';
import { op } from './operation.ts';
import type { WireError } from '../errors.ts';
import { Empty, FilePath } from './shared.ts';

/**
 * The team operations (docs/TEAM.md): a project shared through a PostgreSQL database. The
 * server's address is a PostgreSQL connection string; its password is given per call (or read
 * from PGPASSWORD / ~/.pgpass) and never stored in the project.
 */

export const ServerUrl = z
  .string()
  .trim()
  .min(1, 'a server address is required')
  .max(2000)
  .regex(/^postgres(?:ql)?:\/\//u, 'a PostgreSQL address starts with postgresql://');

/** A password given for this call only; absent: PGPASSWORD or ~/.pgpass. */
const Password = z.string().min(1).max(1000).optional();

export const PublishInput = z.object({ url: ServerUrl, password: Password }).strict();
export const JoinInput = z.object({ url: ServerUrl, password: Password, path: FilePath }).strict();
export const SyncInput = z.object({ password: Password }).strict();

/** A member's login: a PostgreSQL role name (lower-case letters, digits, underscores). */
export const MemberName = z
  .string()
  .trim()
  .regex(/^[a-z_][a-z0-9_]{0,62}$/u, 'a member name is lower-case letters, digits and _ (a PostgreSQL role)');

export const AddMemberInput = z
  .object({
    name: MemberName,
    role: z.enum(TEAM_MEMBER_ROLES),
    memberPassword: z.string().min(8, 'a member password has at least 8 characters').max(1000),
    /** A coder of the project whose codings become the member's (work from before the server). */
    coder: z.string().trim().min(1).max(200).optional(),
    password: Password,
  })
  .strict();
export const SetBlindInput = z.object({ blind: z.boolean(), password: Password }).strict();
export const MembersInput = z.object({ password: Password }).strict();

export interface TeamStatus {
  readonly linked: boolean;
  /** The server's address without its password. */
  readonly url: string | null;
  readonly member: string | null;
  readonly role: TeamMemberRole | null;
  readonly lastSyncAt: string | null;
  /** Local changes not yet on the server. */
  readonly pendingChanges: number;
  readonly lastError: string | null;
  /** Blind mode as the server had it at the last sync. */
  readonly blind: boolean;
  /** Conflicts the sync rules settled, newest last (docs/TEAM.md). */
  readonly conflicts: number;
}

export interface TeamSyncReport {
  readonly pushed: number;
  readonly pulled: number;
  readonly conflicts: number;
  /** Codebook edits a coder made, sent to the lead as proposals. */
  readonly proposals: number;
  readonly status: TeamStatus;
}

export interface TeamMember {
  readonly name: string;
  readonly role: TeamMemberRole;
  readonly lastSyncAt: string | null;
  readonly codings: number;
}

/** What a conflict rule decided during a sync (docs/TEAM.md, Conflict rules). */
export interface TeamConflict {
  /** The shared table: codes, codings, documents… */
  readonly entity: string;
  readonly guid: string;
  /**
   * later-edit-wins:server | later-edit-wins:local | deletion-wins | name-taken |
   * not-allowed:<role> | cannot-apply (a pulled row this copy refuses; detail: error)
   */
  readonly rule: string;
  /** JSON: who made the other change (other, deletedBy) or the names (from, to). */
  readonly detail: string;
  readonly recordedAt: string;
}

export const teamOperations = {
  'team/status': op<TeamStatus>()(Empty),
  'team/publish': op<TeamSyncReport>()(PublishInput),
  'team/join': op<TeamSyncReport>()(JoinInput),
  'team/sync': op<TeamSyncReport>()(SyncInput),
  'team/members': op<readonly TeamMember[]>()(MembersInput),
  'team/addMember': op<readonly TeamMember[]>()(AddMemberInput),
  'team/setBlind': op<TeamStatus>()(SetBlindInput),
  /** The conflicts the sync rules settled in this project, oldest first. */
  'team/conflicts': op<readonly TeamConflict[]>()(Empty),
} as const;

// ---- The open project's background sync and live updates (Team panel) ----

/** How the background sync of the open project stands with its server. */
export type TeamConnection = 'off' | 'connecting' | 'online' | 'offline' | 'error';

/** The background sync of the open linked project, as the Team panel shows it. */
export interface TeamActivity {
  /** Bumped at every change below: `team/waitForChange` answers when it passes `since`. */
  readonly version: number;
  /** Bumped each time a pull brought other people's changes: the page reads again. */
  readonly pulls: number;
  /** `off`: no linked project open, or a shell without background sync (CLI). */
  readonly connection: TeamConnection;
  readonly syncing: boolean;
  /** Changes sent so far by the sync under way (progress). */
  readonly sent: number;
  /** Why the last sync failed (the server's clear message), null after a sync that worked. */
  readonly error: WireError | null;
  /** Whether this session holds the member's password (else PGPASSWORD or ~/.pgpass). */
  readonly passwordKnown: boolean;
}

export const WaitForChangeInput = z
  .object({
    /** The `version` last seen; -1 answers at once. */
    since: z.number().int().min(-1),
  })
  .strict();
export const UsePasswordInput = z.object({ password: z.string().min(1).max(1000) }).strict();

export const teamActivityOperations = {
  'team/activity': op<TeamActivity>()(Empty),
  'team/waitForChange': op<TeamActivity>()(WaitForChangeInput),
  'team/usePassword': op<TeamStatus>()(UsePasswordInput),
} as const;
