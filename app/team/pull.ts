import {
  applyPayload,
  codingIdsOfCode,
  deferRow,
  doneBulkEvents,
  deleteByGuid,
  dropPendingChanges,
  codeGuidByName,
  foldCodeInto,
  forgetDeferred,
  FreshIds,
  proposedNewCode,
  isConstraintViolation,
  isUniqueViolation,
  getTeamLink,
  localIdOf,
  listDeferred,
  moveCodingsOfCode,
  pendingChangeOf,
  recordTeamConflict,
  renameNameClash,
  savePullPosition,
  setApplyingPulledRows,
  setSetting,
  TEAM_ENTITIES,
  UNRESOLVED,
  writeTransaction,
  readPayload,
  type Db,
  type Payload,
  type TeamEntity,
} from '../../db/index.ts';
import { pullChanges, type PulledChanges, type PulledRow, type ServerClient } from '../../db/team/server.ts';
import { markBulkEventsChanged } from '../history/changedSince.ts';
import { proposeCodebookEdit } from './proposals.ts';

export interface PullReport {
  /** Rows and deletions applied. */
  readonly pulled: number;
  readonly conflicts: number;
  readonly proposals: number;
}

interface Pending {
  readonly proposals: { guid: string; other: Payload; author: string; comment: string }[];
  conflicts: number;
  /** Ids for the rows this pull inserts. */
  readonly ids: FreshIds;
}

/**
 * Reads what changed on the server since the cursor and applies it in one SQLite transaction,
 * with the outbox silenced, advancing the cursor in that same transaction: a pull killed
 * half-way leaves the project as it was and is read again. When the server's visibility epoch
 * moved (blind mode set or lifted), the pull starts again from the beginning, so that rows
 * hidden before come in now.
 */
export async function pull(db: Db, client: ServerClient, login: string): Promise<PullReport> {
  const link = getTeamLink(db);
  if (!link) return { pulled: 0, conflicts: 0, proposals: 0 };
  const changes = await pullChanges(client, link.pullCursor, link.visibilityEpoch);
  return writeTransaction(db, () => applyPulled(db, changes, login));
}

type Step =
  | { readonly kind: 'row'; readonly rev: number; readonly row: PulledRow }
  | {
      readonly kind: 'tombstone';
      readonly rev: number;
      readonly entity: TeamEntity;
      readonly guid: string;
      readonly by: string;
    }
  | { readonly kind: 'redirect'; readonly rev: number; readonly source: string; readonly target: string };

/** Applies pulled changes; the caller's transaction. Also used by join. */
export function applyPulled(db: Db, changes: PulledChanges, login: string): PullReport {
  const pending: Pending = { proposals: [], conflicts: 0, ids: new FreshIds(db) };
  let pulled = 0;
  setApplyingPulledRows(db, true);
  const steps: Step[] = [
    ...changes.rows.map((row): Step => ({ kind: 'row', rev: row.rev, row })),
    ...changes.tombstones.map((t): Step => ({
      kind: 'tombstone',
      rev: t.rev,
      entity: t.entity,
      guid: t.guid,
      by: t.deletedBy,
    })),
    ...changes.redirects.map((r): Step => ({
      kind: 'redirect',
      rev: r.rev,
      source: r.source,
      target: r.target,
    })),
  ].sort((a, b) => a.rev - b.rev);
  // Local rows this pull changes, for the undo of a batch that inserted them (only looked
  // for when such an undo is possible: not at a join, whose copy has no history yet).
  const changed: LocalRow[] = [];
  const watched = doneBulkEvents(db).length > 0;
  for (const step of steps) {
    if (step.kind === 'redirect') {
      // Local codings of a code the lead merged, pushed or not, follow it to the target.
      if (watched) changed.push(...codingIdsOfCode(db, step.source));
      moveCodingsOfCode(db, step.source, step.target);
    } else if (step.kind === 'tombstone') {
      pulled += applyTombstone(db, step.entity, step.guid, step.by, pending);
    } else {
      pulled += applyRowNoting(db, step.row, login, pending, watched ? changed : null);
    }
  }
  markBulkEventsChanged(db, changed);
  pulled += retryDeferred(db, pending.ids);
  savePullPosition(db, changes.newCursor, changes.project.visibilityEpoch, changes.project.blind);
  setSetting(db, 'blindMode', String(changes.project.blind));
  setApplyingPulledRows(db, false);
  // Proposals are the project's own rows: filed with the outbox on, so they reach the lead.
  let proposals = 0;
  for (const proposal of pending.proposals) {
    proposals += proposeCodebookEdit(
      db,
      proposal.guid,
      proposal.other,
      readPayload(db, 'codes', proposal.guid),
      proposal.author,
      proposal.comment,
    );
  }
  return { pulled, conflicts: pending.conflicts, proposals };
}

interface LocalRow {
  readonly table: string;
  readonly id: number;
}

/**
 * applyRow, noting in `changed` the local row when it was there and the pull changed it. A
 * row new to the copy gets an id above every range of the history (FreshIds): not noted.
 */
function applyRowNoting(
  db: Db,
  row: PulledRow,
  login: string,
  pending: Pending,
  changed: LocalRow[] | null,
): number {
  const id = changed ? localIdOf(db, row.entity, row.guid) : undefined;
  const before = id === undefined ? undefined : JSON.stringify(readPayload(db, row.entity, row.guid));
  const pulled = applyRow(db, row, login, pending);
  if (id !== undefined && before !== JSON.stringify(readPayload(db, row.entity, row.guid)))
    changed?.push({ table: row.entity, id });
  return pulled;
}

function applyTombstone(db: Db, entity: TeamEntity, guid: string, by: string, pending: Pending): number {
  forgetDeferred(db, entity, guid);
  const local = pendingChangeOf(db, entity, guid);
  if (local !== undefined && local.op === 'upsert' && readPayload(db, entity, guid) !== undefined) {
    // Deletions win over edits of the deleted thing; the edit is recorded.
    recordTeamConflict(db, {
      entity,
      guid,
      rule: 'deletion-wins',
      detail: JSON.stringify({ deletedBy: by }),
    });
    dropPendingChanges(db, entity, guid);
    pending.conflicts++;
  }
  return orRefused(db, entity, guid, pending, () => deleteByGuid(db, entity, guid)) === true ? 1 : 0;
}

function applyRow(db: Db, row: PulledRow, login: string, pending: Pending): number {
  const local = pendingChangeOf(db, row.entity, row.guid);
  if (local !== undefined) {
    // Our own write coming back while a newer local change waits: the local one goes next.
    if (row.updatedBy === login) return 0;
    const localData = readPayload(db, row.entity, row.guid);
    if (local.op === 'delete' && localData === undefined) {
      // Deletions win over edits of the deleted thing, ours too: the row stays deleted and
      // the deletion goes with the next push (which records it on the server).
      forgetDeferred(db, row.entity, row.guid);
      recordTeamConflict(db, {
        entity: row.entity,
        guid: row.guid,
        rule: 'deletion-wins',
        detail: JSON.stringify({ editedBy: row.updatedBy }),
      });
      pending.conflicts++;
      return 0;
    }
    if (localData !== undefined && JSON.stringify(localData) !== JSON.stringify(row.data)) {
      pending.conflicts++;
      const serverIsLater = row.updatedAt > local.createdAt;
      recordTeamConflict(db, {
        entity: row.entity,
        guid: row.guid,
        rule: serverIsLater ? 'later-edit-wins:server' : 'later-edit-wins:local',
        detail: JSON.stringify({ other: row.updatedBy }),
      });
      const [loser, author] = serverIsLater ? [localData, login] : [row.data, row.updatedBy];
      if (row.entity === 'codes') {
        pending.proposals.push({
          guid: row.guid,
          other: loser,
          author,
          comment: 'Edited at the same time (team sync)',
        });
      }
      if (!serverIsLater) return 0;
      dropPendingChanges(db, row.entity, row.guid);
    }
  }
  const outcome = applyOrRefuse(db, row.entity, row.guid, row.data, pending);
  if (outcome === UNRESOLVED) {
    deferRow(db, { entity: row.entity, guid: row.guid, data: JSON.stringify(row.data), rev: row.rev });
    return 0;
  }
  forgetDeferred(db, row.entity, row.guid);
  return outcome === 'applied' ? 1 : 0;
}

/** applyNamed, or 'refused' (see `orRefused`). */
const applyOrRefuse = (
  db: Db,
  entity: TeamEntity,
  guid: string,
  data: Payload,
  pending: Pending,
): 'applied' | 'refused' | typeof UNRESOLVED =>
  orRefused(db, entity, guid, pending, () => applyNamed(db, entity, guid, data, pending));

/**
 * Applies one pulled row or deletion in a savepoint. One this copy refuses (a constraint it
 * breaks, a value of the wrong type: what a faulty or hand-written client may have stored
 * in, or deleted from, its own rows on the server) is rolled back, recorded as a conflict
 * and skipped, so that it cannot stop every member's sync (the pull comes before the push)
 * for good. A later version of the row comes with a later pull.
 */
function orRefused<T>(
  db: Db,
  entity: TeamEntity,
  guid: string,
  pending: Pending,
  work: () => T,
): T | 'refused' {
  try {
    return writeTransaction(db, work);
  } catch (error) {
    if (!isConstraintViolation(error) && !(error instanceof TypeError)) throw error;
    recordTeamConflict(db, {
      entity,
      guid,
      rule: 'cannot-apply',
      detail: JSON.stringify({ error: error instanceof Error ? error.message : String(error) }),
    });
    pending.conflicts++;
    return 'refused';
  }
}

/**
 * Applies a pulled row; when its name is held by another row of the project (two people
 * created "Nuit" apart), that row is renamed "Nuit (2)", a change of this project sent with
 * the next push, and the pulled row applied.
 */
function applyNamed(
  db: Db,
  entity: TeamEntity,
  guid: string,
  data: Payload,
  pending: Pending,
): 'applied' | typeof UNRESOLVED {
  try {
    return applyPayload(db, entity, guid, data, pending.ids);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    setApplyingPulledRows(db, false);
    const renamed = renameNameClash(db, entity, guid, data['name']);
    setApplyingPulledRows(db, true);
    if (renamed === undefined) throw error;
    const applied = applyPayload(db, entity, guid, data, pending.ids);
    // A code this coder proposed, now created by the lead under that name: their local code
    // and its codings become the lead's code (changes of theirs, sent with the next push).
    const clashing = entity === 'codes' ? codeGuidByName(db, renamed.to) : undefined;
    if (getTeamLink(db)?.role === 'coder' && clashing !== undefined && proposedNewCode(db, renamed.from)) {
      setApplyingPulledRows(db, false);
      foldCodeInto(db, clashing, guid);
      setApplyingPulledRows(db, true);
      return applied;
    }
    recordTeamConflict(db, { entity, guid, rule: 'name-taken', detail: JSON.stringify(renamed) });
    pending.conflicts++;
    return applied;
  }
}

/** Rows pulled before the rows they reference: applied once those have come. */
function retryDeferred(db: Db, ids: FreshIds): number {
  let applied = 0;
  for (;;) {
    let progress = false;
    for (const row of listDeferred(db)) {
      if (!(TEAM_ENTITIES as readonly string[]).includes(row.entity)) continue;
      const data = JSON.parse(row.data) as Payload;
      const outcome = applyOrRefuse(db, row.entity, row.guid, data, { proposals: [], conflicts: 0, ids });
      if (outcome !== UNRESOLVED) {
        forgetDeferred(db, row.entity, row.guid);
        if (outcome === 'applied') applied++;
        progress = true;
      }
    }
    if (!progress) return applied;
  }
}
