import {
  coderGuidOf,
  countOutbox,
  ensureCoder,
  getTeamLink,
  listTeamConflicts,
  saveSyncOutcome,
  setTeamRole,
  writeTransaction,
  type Db,
} from '../../db/index.ts';
import {
  currentLogin,
  latestServerSchemaVersion,
  noteSync,
  StaleRowError,
  upgradeServer,
  type ServerClient,
} from '../../db/team/server.ts';
import type { TeamStatus, TeamSyncReport } from '../contract/team.ts';
import { withTeamServer } from './connection.ts';
import { adoptIdentity } from './identity.ts';
import { pull } from './pull.ts';
import { push } from './push.ts';
import { notLinked, requireTeamProject } from './serverCheck.ts';

/** Pull then push, again when someone changed a row we push meanwhile (bounded). */
const MAX_ROUNDS = 5;

export function teamStatus(db: Db): TeamStatus {
  const link = getTeamLink(db);
  if (!link) {
    return {
      linked: false,
      url: null,
      member: null,
      role: null,
      lastSyncAt: null,
      pendingChanges: 0,
      lastError: null,
      blind: false,
      conflicts: 0,
    };
  }
  return {
    linked: true,
    url: link.url,
    member: link.member,
    role: link.role,
    lastSyncAt: link.lastSyncAt,
    pendingChanges: countOutbox(db),
    lastError: link.lastError,
    blind: link.blind,
    conflicts: listTeamConflicts(db).length,
  };
}

export interface SyncOptions {
  readonly password?: string | undefined;
  /** The identity's name (session.coder): its work is the member's (identity.ts). */
  readonly identity?: string | undefined;
  /** Called after each pushed batch has committed on the server (tests, progress). */
  readonly onBatch?: (applied: number) => void;
}

/**
 * One sync: pull everyone's changes, then push ours; resumable and idempotent (docs/TEAM.md).
 * A failure is recorded in the link (`lastError`, shown by the Team panel) and thrown.
 */
export async function syncProject(db: Db, options: SyncOptions = {}): Promise<TeamSyncReport> {
  const link = getTeamLink(db);
  if (!link) throw notLinked();
  try {
    const report = await withTeamServer(
      link.url,
      options.password,
      (client) => syncWith(db, client, link.url, options),
      { role: link.role, keepsChanges: true },
    );
    writeTransaction(db, () => saveSyncOutcome(db, new Date().toISOString(), null));
    return { ...report, status: teamStatus(db) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    writeTransaction(db, () => saveSyncOutcome(db, null, message));
    throw error;
  }
}

const running = new WeakMap<Db, Promise<unknown>>();

/**
 * One sync at a time per project: a sync started while another runs (a background sync on a
 * notification and a click on Sync) waits for it, so their pulls cannot apply out of order.
 */
function oneAtATime<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const next = (running.get(db) ?? Promise.resolve()).catch(() => undefined).then(work);
  running.set(db, next);
  return next;
}

/** The sync on an open connection (also the first sync of publish and join). */
export function syncWith(
  db: Db,
  client: ServerClient,
  url: string,
  options: SyncOptions,
): Promise<Omit<TeamSyncReport, 'status'>> {
  return oneAtATime(db, () => syncNow(db, client, url, options));
}

async function syncNow(
  db: Db,
  client: ServerClient,
  url: string,
  options: SyncOptions,
): Promise<Omit<TeamSyncReport, 'status'>> {
  const state = await requireTeamProject(client, url);
  // A schema set up by an older Verbatim is migrated by the lead's client (it owns the
  // project); the others sync with it as it is until then.
  if (state.role === 'lead' && (state.schemaVersion ?? 0) < latestServerSchemaVersion) {
    await upgradeServer(client, state.schemaVersion ?? 0, state.project.rolePrefix);
  }
  const login = await currentLogin(client);
  writeTransaction(db, () => setTeamRole(db, state.role ?? 'viewer'));
  if (options.identity !== undefined) await adoptIdentity(db, client, options.identity);
  let pulled = 0;
  let pushed = 0;
  let conflicts = 0;
  let proposals = 0;
  for (let round = 0; ; round++) {
    const pullReport = await pull(db, client, login);
    pulled += pullReport.pulled;
    conflicts += pullReport.conflicts;
    proposals += pullReport.proposals;
    try {
      const pushReport = await push(db, client, options.onBatch);
      pushed += pushReport.pushed;
      conflicts += pushReport.conflicts;
      proposals += pushReport.proposals;
      break;
    } catch (error) {
      if (!(error instanceof StaleRowError) || round >= MAX_ROUNDS) throw error;
    }
  }
  await noteSync(client);
  return { pushed, pulled, conflicts, proposals };
}

/** The local coder whose work is the member's: the identity's coder row. */
export function localCoderGuid(db: Db, coderName: string): string {
  return writeTransaction(db, () => coderGuidOf(db, ensureCoder(db, coderName)));
}
