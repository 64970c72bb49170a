import { join } from 'node:path';
import pg from 'pg';
import { afterEach } from 'vitest';
import type { Db } from '../../db/open.ts';
import { readPayload, listEntityGuids } from '../../db/team/localRows.ts';
import { TEAM_ENTITIES, type TeamEntity } from '../../db/team/entities.ts';
import { ProjectSession } from '../../app/session.ts';
import { ADMIN_PASSWORD, type PostgresCluster } from './postgresCluster.ts';
import { call, memoryRecent } from './session.ts';
import { makeTempDir } from './tempDir.ts';

/** A window (or CLI run) of one team member, coding as `coder`. */
export function memberSession(coder: string): ProjectSession {
  return new ProjectSession({ recent: memoryRecent(), defaultCoder: coder });
}

const base64 = (text: string): string => Buffer.from(text).toString('base64');

const INTERVIEWS: readonly (readonly [string, string])[] = [
  [
    'anne.txt',
    'Enquêteur : Parlez-moi de votre travail.\n\nAnne : Le travail me fatigue, surtout le soir.\n\nEnquêteur : Et la famille ?\n\nAnne : Mes enfants passent avant tout, même quand je rentre tard.',
  ],
  [
    'bruno.txt',
    'Enquêteur : Comment allez-vous ?\n\nBruno : Je dors mal depuis que je travaille de nuit.\n\nEnquêteur : Votre famille le vit comment ?\n\nBruno : Ma femme dit que je ne suis jamais là.',
  ],
];

export interface LeadProject {
  readonly session: ProjectSession;
  readonly path: string;
  readonly documentIds: readonly number[];
  readonly codeIds: { readonly work: number; readonly family: number; readonly tired: number };
}

/** The lead's project: two interviews, three codes, a few codings, a memo and a case. */
export async function leadProject(folder: string, coder = 'lea'): Promise<LeadProject> {
  const session = memberSession(coder);
  const path = join(folder, `${coder}.verbatim`);
  await call(session, 'project/create', { path });
  await call(session, 'documents/importFiles', {
    files: INTERVIEWS.map(([name, text]) => ({ name, base64: base64(text) })),
  });
  const documentIds = (await call(session, 'documents/list', {})).map((document) => document.id);
  const work = (await call(session, 'codes/create', { name: 'Travail' })).id;
  const family = (await call(session, 'codes/create', { name: 'Famille' })).id;
  const tired = (await call(session, 'codes/create', { name: 'Fatigue', parentId: work })).id;
  await call(session, 'codings/create', {
    items: documentIds.flatMap((documentId) => [
      { documentId, start: 0, end: 10, codeId: work },
      { documentId, start: 12, end: 20, codeId: family },
    ]),
  });
  return { session, path, documentIds, codeIds: { work, family, tired } };
}

/** The sessions a test file opens, each closed after its test (its project file let go). */
export function sessionsClosedAfterEach(): ProjectSession[] {
  const open: ProjectSession[] = [];
  afterEach(() => {
    for (const session of open.splice(0)) session.close();
  });
  return open;
}

export function newFolder(prefix: string): string {
  return makeTempDir(prefix);
}

/** Every shared row of a project as the server would hold it, by entity and GUID. */
export function sharedRows(
  db: Db,
  entities: readonly TeamEntity[] = TEAM_ENTITIES,
): Record<string, Record<string, unknown>> {
  const rows: Record<string, Record<string, unknown>> = {};
  for (const entity of entities) {
    const byGuid: Record<string, unknown> = {};
    for (const guid of listEntityGuids(db, entity)) byGuid[guid] = readPayload(db, entity, guid);
    rows[entity] = byGuid;
  }
  return rows;
}

/** A team database of its own for one test. */
export async function teamDatabase(cluster: PostgresCluster, name: string): Promise<string> {
  await cluster.createDatabase(name);
  return cluster.url(name);
}

/** Raw SQL as a member (what a hand-written client could do). */
export async function asMember<T>(
  cluster: PostgresCluster,
  database: string,
  member: string,
  password: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: cluster.url(database, member, password) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The test password of a member: the cluster's superuser's for the lead "lea". */
export const passwordOf = (member: string): string =>
  member === 'lea' ? ADMIN_PASSWORD : `${member}-secret`;

/** Syncs a member's project with their password. */
export const syncAs = (member: string, session: ProjectSession) =>
  call(session, 'team/sync', { password: passwordOf(member) });

export interface Team {
  readonly folder: string;
  readonly lead: LeadProject;
  /** Every member's session by name, the lead's as "lea". */
  readonly sessions: Readonly<Record<string, ProjectSession>>;
}

/**
 * A team in its own database: the lead's project published (the lead connects as the
 * cluster's superuser), each member added with their role and joined from a copy of their own.
 * Every session opened is pushed to `open`, for the test file to close.
 */
export async function teamOf(
  cluster: PostgresCluster,
  name: string,
  members: readonly (readonly [string, 'lead' | 'coder' | 'viewer'])[],
  open: ProjectSession[],
  options: { readonly blind?: boolean } = {},
): Promise<Team> {
  const folder = newFolder(`team-${name}`);
  const lead = await leadProject(folder);
  open.push(lead.session);
  await call(lead.session, 'team/publish', { url: await teamDatabase(cluster, name) });
  if (options.blind) await call(lead.session, 'team/setBlind', { blind: true, password: ADMIN_PASSWORD });
  const sessions: Record<string, ProjectSession> = { lea: lead.session };
  for (const [member, role] of members) {
    await call(lead.session, 'team/addMember', {
      name: member,
      role,
      memberPassword: passwordOf(member),
      password: ADMIN_PASSWORD,
    });
    const session = memberSession(member);
    open.push(session);
    await call(session, 'team/join', {
      url: cluster.url(name, member),
      password: passwordOf(member),
      path: join(folder, `${member}.verbatim`),
    });
    sessions[member] = session;
  }
  return { folder, lead, sessions };
}
