import {
  CODEBOOK_ENTITIES,
  countOutbox,
  deleteOutboxEntries,
  FreshIds,
  ENTITY_KIND,
  getTeamLink,
  listOutbox,
  mergeTargetOf,
  readPayload,
  recordTeamConflict,
  setApplyingPulledRows,
  applyPayload,
  writeTransaction,
  type Db,
  type OutboxEntry,
  type Payload,
  type TeamEntity,
  type TeamLinkRow,
} from '../../db/index.ts';
import { pushBatch, readServerRows, type PushBatch, type ServerClient } from '../../db/team/server.ts';
import { proposeCodebookEdit } from './proposals.ts';

/** Outbox entries per server transaction. */
export const PUSH_BATCH_SIZE = 500;

export interface PushReport {
  /** Change GUIDs the server applied. */
  readonly pushed: number;
  readonly conflicts: number;
  readonly proposals: number;
}

interface Group {
  readonly entity: TeamEntity;
  readonly guid: string;
  readonly entries: OutboxEntry[];
}

const ownerOf = (entity: TeamEntity, guid: string, data: Payload): unknown =>
  entity === 'coders' ? guid : entity === 'memos' ? data['author'] : data['coder'];

/**
 * Sends the outbox, oldest first, in batches: each batch is one server transaction that
 * records its change GUIDs (a change already applied is skipped) and writes the rows as they
 * are now in the project (several changes to one row send it once). Entries leave the outbox
 * only after the server committed; a push killed in between sends them again, a no-op.
 * A coder's codebook edits become proposals (the server lets only the lead write the
 * codebook); their other edits of the lead's tables are recorded and not sent.
 */
export async function push(
  db: Db,
  client: ServerClient,
  onBatch?: (applied: number) => void,
): Promise<PushReport> {
  let pushed = 0;
  let conflicts = 0;
  let proposals = 0;
  while (countOutbox(db) > 0) {
    const link = getTeamLink(db);
    if (!link) break;
    const entries = listOutbox(db, PUSH_BATCH_SIZE);
    const plan = planBatch(db, link, entries);
    const refused = await readServerRows(
      client,
      'codes',
      plan.refusedCodebook.map((item) => item.guid),
    );
    const notAllowedRows = await serverVersions(client, plan.notAllowed);
    const { upserts, deletes, redirects, proposals: proposed } = plan.batch;
    const empty = upserts.length + deletes.length + redirects.length + proposed.length === 0;
    // Nothing the server would take (a viewer's changes): nothing to send.
    const outcome = empty ? { applied: 0, deletedOverEdits: [] } : await pushBatch(client, plan.batch);
    pushed += outcome.applied;
    // A coder's deletion of a row that is not theirs leaves it on the server (row-level
    // security deletes nothing): it comes back into the copy, like any refused change.
    const survivors =
      link.role === 'lead' ? new Map<string, Payload>() : await serverVersions(client, deletes);
    for (const key of survivors.keys()) {
      const [entity = '', guid = ''] = key.split('\u0000');
      plan.notAllowed.push({ entity: entity as TeamEntity, guid });
      notAllowedRows.set(key, survivors.get(key) ?? {});
    }
    writeTransaction(db, () => {
      const ids = new FreshIds(db);
      for (const item of plan.refusedCodebook) {
        const server = refused.get(item.guid);
        if (item.data !== undefined) {
          proposals += proposeCodebookEdit(
            db,
            item.guid,
            item.data,
            server,
            link.member,
            'Codebook edit by a coder (team sync)',
          );
        }
        // The code as the lead has it, again (a code new to the server stays, with its codings).
        if (server !== undefined) {
          setApplyingPulledRows(db, true);
          applyPayload(db, 'codes', item.guid, server, ids);
          setApplyingPulledRows(db, false);
        }
      }
      for (const item of plan.notAllowed) {
        // The row as the server has it, again; a row the server does not have stays here.
        const server = notAllowedRows.get(`${item.entity}\u0000${item.guid}`);
        if (server !== undefined) {
          setApplyingPulledRows(db, true);
          applyPayload(db, item.entity, item.guid, server, ids);
          setApplyingPulledRows(db, false);
        }
        recordTeamConflict(db, {
          entity: item.entity,
          guid: item.guid,
          rule: `not-allowed:${link.role}`,
          detail: '{}',
        });
        conflicts++;
      }
      for (const item of outcome.deletedOverEdits) {
        recordTeamConflict(db, { entity: item.entity, guid: item.guid, rule: 'deletion-wins', detail: '{}' });
        conflicts++;
      }
      deleteOutboxEntries(
        db,
        entries.map((entry) => entry.id),
      );
    });
    onBatch?.(outcome.applied);
  }
  return { pushed, conflicts, proposals };
}

/** The server's version of rows the member may not change, by entity and GUID. */
async function serverVersions(
  client: ServerClient,
  items: readonly { readonly entity: TeamEntity; readonly guid: string }[],
): Promise<Map<string, Payload>> {
  const versions = new Map<string, Payload>();
  for (const entity of new Set(items.map((item) => item.entity))) {
    const guids = items.filter((item) => item.entity === entity).map((item) => item.guid);
    for (const [guid, data] of await readServerRows(client, entity, guids))
      versions.set(`${entity}\u0000${guid}`, data);
  }
  return versions;
}

interface Plan {
  readonly batch: PushBatch;
  readonly refusedCodebook: { guid: string; data: Payload | undefined }[];
  readonly notAllowed: { entity: TeamEntity; guid: string }[];
}

function planBatch(db: Db, link: TeamLinkRow, entries: readonly OutboxEntry[]): Plan {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    const key = `${entry.entity}\u0000${entry.guid}`;
    const group = groups.get(key) ?? { entity: entry.entity, guid: entry.guid, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  const upserts: PushBatch['upserts'][number][] = [];
  const deletes: PushBatch['deletes'][number][] = [];
  const redirects: PushBatch['redirects'][number][] = [];
  const proposals: PushBatch['proposals'][number][] = [];
  const refusedCodebook: Plan['refusedCodebook'] = [];
  const notAllowed: Plan['notAllowed'] = [];
  const lead = link.role === 'lead';
  for (const { entity, guid, entries: own } of groups.values()) {
    const changes = own.map((entry) => entry.changeGuid);
    const data = readPayload(db, entity, guid);
    const kind = ENTITY_KIND[entity];
    if (!lead) {
      if (link.role === 'coder' && CODEBOOK_ENTITIES.includes(entity)) {
        refusedCodebook.push({ guid, data });
        continue;
      }
      const mine = kind === 'own' && data !== undefined && ownerOf(entity, guid, data) === link.coderGuid;
      const ownDeletion = kind === 'own' && data === undefined;
      const proposal = kind === 'proposal' && data !== undefined && link.role === 'coder';
      if (link.role === 'viewer' || !(mine || ownDeletion || proposal)) {
        notAllowed.push({ entity, guid });
        continue;
      }
      if (proposal) {
        proposals.push({ entity, guid, data, changes });
        continue;
      }
    }
    if (data !== undefined) {
      upserts.push({ entity, guid, data, changes });
      continue;
    }
    if (entity === 'codes') {
      const target = mergeTargetOf(db, guid);
      if (target !== undefined) redirects.push({ source: guid, target, changes });
    }
    deletes.push({ entity, guid, changes });
  }
  return {
    batch: {
      changeGuids: entries.map((entry) => entry.changeGuid),
      upserts,
      deletes,
      redirects,
      proposals,
      cursor: link.pullCursor,
    },
    refusedCodebook,
    notAllowed,
  };
}
