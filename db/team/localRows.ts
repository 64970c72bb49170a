import type Database from 'better-sqlite3';
import type { Db } from '../open.ts';
import { insertSegments, type SegmentRow } from '../queries/documents.ts';
import type { TeamEntity } from './entities.ts';
import type { FreshIds } from './freshIds.ts';

/**
 * A project row as the team server holds it: its GUID and its other columns as one JSON
 * object, each reference to another row as that row's GUID (ids differ between copies).
 * Child rows without a GUID travel inside their parent: a document's turns, a case's
 * documents and attribute values, a set's members.
 */
export type Payload = Record<string, unknown>;

interface Ref {
  readonly column: string;
  readonly key: string;
  readonly table: string;
  /** A reference that may be dropped when its row has not come (a code's example coding). */
  readonly optional?: boolean;
}

interface Spec {
  readonly scalars: readonly string[];
  readonly refs: readonly Ref[];
}

const ref = (column: string, table: string, optional = false): Ref => ({
  column,
  key: column.replace(/_id$/u, ''),
  table,
  optional,
});

const SPECS: Readonly<Record<TeamEntity, Spec>> = {
  coders: { scalars: ['name', 'created_at', 'initials', 'color'], refs: [] },
  codes: {
    scalars: [
      'name',
      'color',
      'description',
      'sort_order',
      'created_at',
      'inclusion',
      'exclusion',
      'archived',
    ],
    refs: [ref('parent_id', 'codes'), ref('example_coding_id', 'codings', true)],
  },
  documents: {
    scalars: [
      'name',
      'text',
      'source_name',
      'source_format',
      'source_encoding',
      'checksum',
      'imported_at',
      'text_length',
    ],
    refs: [],
  },
  attributes: { scalars: ['name', 'type', 'choices', 'sort_order'], refs: [] },
  cases: { scalars: ['name', 'description', 'created_at'], refs: [] },
  document_sets: { scalars: ['name'], refs: [] },
  code_groups: { scalars: ['name'], refs: [] },
  codings: {
    scalars: ['start', 'end', 'quote', 'created_at'],
    refs: [ref('document_id', 'documents'), ref('code_id', 'codes'), ref('coder_id', 'coders')],
  },
  unplaced_codings: {
    scalars: ['start', 'end', 'quote', 'created_at', 'unplaced_at'],
    refs: [ref('document_id', 'documents'), ref('code_id', 'codes'), ref('coder_id', 'coders')],
  },
  memos: {
    scalars: ['target_kind', 'title', 'body', 'plain_text', 'created_at', 'updated_at'],
    refs: [ref('author_id', 'coders'), ref('code_id', 'codes')],
  },
  proposals: {
    scalars: [
      'kind',
      'comment',
      'author',
      'created_at',
      'status',
      'decided_by',
      'decided_at',
      'decision_comment',
    ],
    refs: [],
  },
};

/** The table a memo's target_id points into, by its kind. */
const MEMO_TARGETS: Readonly<Record<string, string | null>> = {
  project: null,
  document: 'documents',
  code: 'codes',
  coding: 'codings',
  summary: 'cases',
};

/** Proposal payload fields naming codes by id (app/contract/review.ts). */
const PROPOSAL_CODE_FIELDS = ['codeId', 'parentId', 'sourceId', 'targetId'] as const;

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

function statement(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

const q = (column: string): string => `"${column}"`;

function guidOf(db: Db, table: string, id: unknown): string | null {
  if (id === null || id === undefined) return null;
  const row = statement(db, `SELECT guid FROM ${table} WHERE id = ?`).get(id) as { guid: string } | undefined;
  return row?.guid ?? null;
}

/** The local id of a row by GUID; undefined when it is not (yet) in this project. */
export function localIdOf(db: Db, table: string, guid: unknown): number | undefined {
  if (typeof guid !== 'string') return undefined;
  const row = statement(db, `SELECT id FROM ${table} WHERE guid = ?`).get(guid) as { id: number } | undefined;
  return row?.id;
}

/** The GUIDs of every row of an entity, in id order (a publish uploads them all). */
export function listEntityGuids(db: Db, entity: TeamEntity): string[] {
  return (statement(db, `SELECT guid FROM ${entity} ORDER BY id`).all() as { guid: string }[]).map(
    (row) => row.guid,
  );
}

/** The row as the server holds it, or undefined when the project no longer has it. */
export function readPayload(db: Db, entity: TeamEntity, guid: string): Payload | undefined {
  const row = statement(db, `SELECT * FROM ${entity} WHERE guid = ?`).get(guid) as
    Record<string, unknown> | undefined;
  if (!row) return undefined;
  const spec = SPECS[entity];
  const data: Payload = {};
  for (const column of spec.scalars) data[column] = row[column] ?? null;
  for (const { column, key, table } of spec.refs) data[key] = guidOf(db, table, row[column]);
  const id = row['id'];
  if (entity === 'memos') {
    const table = MEMO_TARGETS[String(row['target_kind'])] ?? null;
    data['target'] = table === null ? null : guidOf(db, table, row['target_id']);
  }
  if (entity === 'proposals') data['payload'] = proposalPayloadOut(db, String(row['payload']));
  if (entity === 'documents') {
    data['segments'] = statement(
      db,
      'SELECT ordinal, start, "end", speaker, timestamp FROM segments WHERE document_id = ? ORDER BY ordinal',
    ).all(id);
  }
  if (entity === 'cases') {
    data['documents'] = guidsOf(
      db,
      'SELECT d.guid FROM case_documents cd JOIN documents d ON d.id = cd.document_id WHERE cd.case_id = ? ORDER BY d.guid',
      id,
    );
    data['values'] = Object.fromEntries(
      (
        statement(
          db,
          'SELECT a.guid, v.value FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id WHERE v.case_id = ? ORDER BY a.guid',
        ).all(id) as { guid: string; value: string }[]
      ).map((value) => [value.guid, value.value]),
    );
  }
  if (entity === 'document_sets') {
    data['members'] = guidsOf(
      db,
      'SELECT d.guid FROM document_set_members m JOIN documents d ON d.id = m.document_id WHERE m.set_id = ? ORDER BY d.guid',
      id,
    );
  }
  if (entity === 'code_groups') {
    data['members'] = guidsOf(
      db,
      'SELECT c.guid FROM code_group_members m JOIN codes c ON c.id = m.code_id WHERE m.group_id = ? ORDER BY c.guid',
      id,
    );
  }
  return data;
}

function guidsOf(db: Db, sql: string, id: unknown): string[] {
  return (statement(db, sql).all(id) as { guid: string }[]).map((row) => row.guid);
}

const guidKey = (field: string): string => `${field.slice(0, -2)}Guid`;
const ID_FIELDS: ReadonlySet<string> = new Set(PROPOSAL_CODE_FIELDS);
const GUID_FIELDS: ReadonlySet<string> = new Set(PROPOSAL_CODE_FIELDS.map(guidKey));

function proposalPayloadOut(db: Db, payload: string): Payload {
  const parsed = JSON.parse(payload) as Payload;
  const out = Object.fromEntries(Object.entries(parsed).filter(([key]) => !ID_FIELDS.has(key)));
  for (const field of PROPOSAL_CODE_FIELDS) {
    if (typeof parsed[field] === 'number') out[guidKey(field)] = guidOf(db, 'codes', parsed[field]);
  }
  return out;
}

/** The proposal's payload with local ids again; undefined when a code it names is missing. */
function proposalPayloadIn(db: Db, payload: Payload): string | undefined {
  const out = Object.fromEntries(Object.entries(payload).filter(([key]) => !GUID_FIELDS.has(key)));
  for (const field of PROPOSAL_CODE_FIELDS) {
    const value = payload[guidKey(field)];
    if (value === undefined || value === null) continue;
    const id = localIdOf(db, 'codes', value);
    if (id === undefined) return undefined;
    out[field] = id;
  }
  return JSON.stringify(out);
}

/** A pulled row whose references are not all in the project yet. */
export const UNRESOLVED = 'unresolved';

/**
 * Writes the server's row into the project (insert or update by GUID, children replaced); a
 * new row takes its id from `ids` (./freshIds.ts). Returns UNRESOLVED, writing nothing,
 * when a row it references has not come yet. The caller owns the transaction (with the
 * outbox silenced).
 */
export function applyPayload(
  db: Db,
  entity: TeamEntity,
  guid: string,
  data: Payload,
  ids: FreshIds,
): 'applied' | typeof UNRESOLVED {
  const spec = SPECS[entity];
  const values: Record<string, unknown> = {};
  for (const column of spec.scalars) values[column] = data[column] ?? null;
  for (const { column, key, table, optional } of spec.refs) {
    if (data[key] === null || data[key] === undefined) {
      values[column] = null;
      continue;
    }
    const id = localIdOf(db, table, data[key]);
    if (id === undefined && !optional) return UNRESOLVED;
    values[column] = id ?? null;
  }
  if (entity === 'memos') {
    const table = MEMO_TARGETS[String(data['target_kind'])] ?? null;
    const id = table === null ? null : localIdOf(db, table, data['target']);
    if (id === undefined) return UNRESOLVED;
    values['target_id'] = id;
  }
  if (entity === 'proposals') {
    const payload = proposalPayloadIn(db, (data['payload'] ?? {}) as Payload);
    if (payload === undefined) return UNRESOLVED;
    values['payload'] = payload;
  }
  const childIds = resolveChildren(db, entity, data);
  if (childIds === undefined) return UNRESOLVED;
  const columns = Object.keys(values);
  const existing = localIdOf(db, entity, guid);
  let id: number;
  if (existing === undefined) {
    const sql = `INSERT INTO ${entity} (id, guid, ${columns.map(q).join(', ')}) VALUES (?, ?, ${columns.map(() => '?').join(', ')})`;
    id = ids.next(entity);
    statement(db, sql).run(id, guid, ...columns.map((column) => values[column]));
  } else {
    id = existing;
    const current = readPayload(db, entity, guid);
    if (current !== undefined && sameJson(current, data)) return 'applied';
    const sql = `UPDATE ${entity} SET ${columns.map((column) => `${q(column)} = ?`).join(', ')} WHERE id = ?`;
    statement(db, sql).run(...columns.map((column) => values[column]), id);
  }
  writeChildren(db, entity, id, data, childIds);
  return 'applied';
}

interface ChildIds {
  readonly documents?: number[];
  readonly values?: [number, string][];
  readonly members?: number[];
}

function idsOf(db: Db, table: string, guids: unknown): number[] | undefined {
  const ids: number[] = [];
  for (const guid of Array.isArray(guids) ? guids : []) {
    const id = localIdOf(db, table, guid);
    if (id === undefined) return undefined;
    ids.push(id);
  }
  return ids;
}

function resolveChildren(db: Db, entity: TeamEntity, data: Payload): ChildIds | undefined {
  if (entity === 'cases') {
    const documents = idsOf(db, 'documents', data['documents']);
    const values: [number, string][] = [];
    for (const [guid, value] of Object.entries((data['values'] ?? {}) as Record<string, string>)) {
      const id = localIdOf(db, 'attributes', guid);
      if (id === undefined) return undefined;
      values.push([id, value]);
    }
    return documents === undefined ? undefined : { documents, values };
  }
  if (entity === 'document_sets' || entity === 'code_groups') {
    const members = idsOf(db, entity === 'document_sets' ? 'documents' : 'codes', data['members']);
    return members === undefined ? undefined : { members };
  }
  return {};
}

function writeChildren(db: Db, entity: TeamEntity, id: number, data: Payload, children: ChildIds): void {
  if (entity === 'documents') replaceSegments(db, id, data);
  if (entity === 'cases') {
    statement(db, 'DELETE FROM case_documents WHERE case_id = ?').run(id);
    for (const documentId of children.documents ?? []) {
      statement(db, 'INSERT INTO case_documents (case_id, document_id) VALUES (?, ?)').run(id, documentId);
    }
    statement(db, 'DELETE FROM attribute_values WHERE case_id = ?').run(id);
    for (const [attributeId, value] of children.values ?? []) {
      statement(db, 'INSERT INTO attribute_values (case_id, attribute_id, value) VALUES (?, ?, ?)').run(
        id,
        attributeId,
        value,
      );
    }
  }
  if (entity === 'document_sets' || entity === 'code_groups') {
    const [table, column] =
      entity === 'document_sets'
        ? ['document_set_members', 'document_id']
        : ['code_group_members', 'code_id'];
    const parent = entity === 'document_sets' ? 'set_id' : 'group_id';
    statement(db, `DELETE FROM ${table} WHERE ${parent} = ?`).run(id);
    for (const member of children.members ?? []) {
      statement(db, `INSERT INTO ${table} (${parent}, ${column}) VALUES (?, ?)`).run(id, member);
    }
  }
}

/** A document's turns and their search index, as the server has them. */
function replaceSegments(db: Db, documentId: number, data: Payload): void {
  // The delete trigger of migration 004 removes each turn's index entry.
  statement(db, 'DELETE FROM segments WHERE document_id = ?').run(documentId);
  insertSegments(db, documentId, String(data['text'] ?? ''), (data['segments'] ?? []) as SegmentRow[]);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Deletes the row by GUID (its children and dependent rows go with it, as locally). */
export function deleteByGuid(db: Db, entity: TeamEntity, guid: string): boolean {
  return statement(db, `DELETE FROM ${entity} WHERE guid = ?`).run(guid).changes > 0;
}

/** Moves the project's codings (placed and unplaced) of one code to another, by GUID. */
export function moveCodingsOfCode(db: Db, sourceGuid: string, targetGuid: string): number {
  const source = localIdOf(db, 'codes', sourceGuid);
  const target = localIdOf(db, 'codes', targetGuid);
  if (source === undefined || target === undefined) return 0;
  const moved = statement(db, 'UPDATE codings SET code_id = ? WHERE code_id = ?').run(target, source).changes;
  statement(db, 'UPDATE unplaced_codings SET code_id = ? WHERE code_id = ?').run(target, source);
  return moved;
}

/** The ids of the local codings of a code, placed or not, by table (before a redirect moves them). */
export function codingIdsOfCode(db: Db, codeGuid: string): { table: string; id: number }[] {
  const code = localIdOf(db, 'codes', codeGuid);
  if (code === undefined) return [];
  return ['codings', 'unplaced_codings'].flatMap((table) =>
    (statement(db, `SELECT id FROM ${table} WHERE code_id = ?`).all(code) as { id: number }[]).map(
      ({ id }) => ({ table, id }),
    ),
  );
}

/** The code a code was merged into, from the history (`code.merge` events), if it was. */
export function mergeTargetOf(db: Db, sourceGuid: string): string | undefined {
  const row = statement(
    db,
    `SELECT json_extract(meta, '$.targetGuid') AS target FROM events
     WHERE kind = 'code.merge' AND state = 'done' AND json_extract(meta, '$.sourceGuid') = ?
     ORDER BY id DESC LIMIT 1`,
  ).get(sourceGuid) as { target: string | null } | undefined;
  return row?.target ?? undefined;
}

/** The shared tables whose names are unique in a project (case-insensitively). */
const NAMED: ReadonlySet<TeamEntity> = new Set([
  'coders',
  'codes',
  'attributes',
  'cases',
  'document_sets',
  'code_groups',
]);

/**
 * Another row of the project already has the name a pulled row brings (two people created
 * "Nuit" apart): that other row takes a free name, "Nuit (2)". Returns its old and new
 * names, or undefined when nothing held the name.
 */
export function renameNameClash(
  db: Db,
  entity: TeamEntity,
  guid: string,
  name: unknown,
): { readonly from: string; readonly to: string } | undefined {
  if (!NAMED.has(entity) || typeof name !== 'string') return undefined;
  const collate = entity === 'coders' ? '' : ' COLLATE NOCASE';
  const clash = statement(db, `SELECT id, name FROM ${entity} WHERE name = ?${collate} AND guid <> ?`).get(
    name,
    guid,
  ) as { id: number; name: string } | undefined;
  if (!clash) return undefined;
  for (let n = 2; ; n++) {
    const candidate = `${clash.name} (${n})`;
    if (!statement(db, `SELECT 1 FROM ${entity} WHERE name = ?${collate}`).get(candidate)) {
      statement(db, `UPDATE ${entity} SET name = ? WHERE id = ?`).run(candidate, clash.id);
      return { from: clash.name, to: candidate };
    }
  }
}

/** Whether an error is SQLite refusing a row by a constraint (NOT NULL, CHECK, UNIQUE, FOREIGN KEY). */
export function isConstraintViolation(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_CONSTRAINT');
}

/** Whether an error is SQLite refusing a duplicate in a UNIQUE index. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Whether this project proposed a new code of that name (review/propose, or a team sync). */
export function proposedNewCode(db: Db, name: string): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM proposals WHERE kind = 'new-code' AND json_extract(payload, '$.name') = ? COLLATE NOCASE`,
    ).get(name) !== undefined
  );
}

/**
 * Gives everything of one code (its codings, placed or not, memos, sub-codes, group
 * memberships) to another, then deletes it; the caller's transaction. For a coder's own code
 * that the lead has now created on the server under the same name.
 */
export function foldCodeInto(db: Db, fromGuid: string, intoGuid: string): boolean {
  const from = localIdOf(db, 'codes', fromGuid);
  const into = localIdOf(db, 'codes', intoGuid);
  if (from === undefined || into === undefined) return false;
  statement(db, 'UPDATE codings SET code_id = ? WHERE code_id = ?').run(into, from);
  statement(db, 'UPDATE unplaced_codings SET code_id = ? WHERE code_id = ?').run(into, from);
  statement(db, "UPDATE memos SET target_id = ? WHERE target_kind = 'code' AND target_id = ?").run(
    into,
    from,
  );
  statement(db, 'UPDATE codes SET parent_id = ? WHERE parent_id = ?').run(into, from);
  statement(
    db,
    'INSERT OR IGNORE INTO code_group_members (group_id, code_id) SELECT group_id, ? FROM code_group_members WHERE code_id = ?',
  ).run(into, from);
  statement(db, 'DELETE FROM codes WHERE id = ?').run(from);
  return true;
}

/** The GUID of the code with that name, if any. */
export function codeGuidByName(db: Db, name: string): string | undefined {
  return (
    statement(db, 'SELECT guid FROM codes WHERE name = ? COLLATE NOCASE').get(name) as
      { guid: string } | undefined
  )?.guid;
}
