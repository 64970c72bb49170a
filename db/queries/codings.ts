import type { Db } from '../open.ts';
import { integerColumns } from './numberColumns.ts';
import type { AnalysisCoding, ExcerptRow } from '../../app/contract/rows.ts';

export interface CodingRow {
  readonly id: number;
  readonly guid: string;
  readonly documentId: number;
  readonly codeId: number;
  readonly coder: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly createdAt: string;
}

export interface NewCoding {
  readonly guid: string;
  readonly documentId: number;
  readonly codeId: number;
  readonly coderId: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly createdAt: string;
}

const codingColumns = `k.id, k.guid, k.document_id AS documentId, k.code_id AS codeId, r.name AS coder,
  k.start, k.end, k.quote, k.created_at AS createdAt`;

const SELECT_CODING_BY_ID = `SELECT ${codingColumns} FROM codings k JOIN coders r ON r.id = k.coder_id WHERE k.id = ?`;

const INSERT_CODING = `INSERT INTO codings (guid, document_id, code_id, coder_id, start, end, quote, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

// Served by the index codings_document_start: only the codings starting at the same offset
// of the document are read.
const SELECT_IDENTICAL_CODING =
  'SELECT id FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? AND start = ? AND end = ?';

function codingValues(coding: NewCoding): unknown[] {
  return [
    coding.guid,
    coding.documentId,
    coding.codeId,
    coding.coderId,
    coding.start,
    coding.end,
    coding.quote,
    coding.createdAt,
  ];
}

export function insertCoding(db: Db, coding: NewCoding): number {
  return Number(db.prepare(INSERT_CODING).run(...codingValues(coding)).lastInsertRowid);
}

/** Page cache of a large batch of codings, in KiB (SQLite's default is 2 MiB). */
const BATCH_PAGE_CACHE_KIB = 65536;

/**
 * Runs `work` with a page cache large enough for the codings' indexes of a large project:
 * a batch inserts into them at random places (GUIDs, documents), and with the default 2 MiB
 * cache SQLite spilled and re-read pages for each insert (a third of the time of 100,000
 * codings on a 200,000-coding project). The connection's usual cache comes back after.
 */
export function withBatchPageCache<T>(db: Db, work: () => T): T {
  const usual = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${BATCH_PAGE_CACHE_KIB}`);
  try {
    return work();
  } finally {
    db.pragma(`cache_size = ${usual}`);
  }
}

/**
 * The statements a batch of new codings runs for each item, prepared once for the batch
 * (preparing them per item cost more than running them).
 */
export interface CodingBatchStatements {
  findIdentical(
    documentId: number,
    codeId: number,
    coderId: number,
    start: number,
    end: number,
  ): number | undefined;
  insert(coding: NewCoding): number;
  /** A saved coding (an identical one found), as getCoding reads it. */
  get(id: number): CodingRow | undefined;
}

export function prepareCodingBatch(db: Db): CodingBatchStatements {
  const identical = db.prepare(SELECT_IDENTICAL_CODING).pluck();
  const insert = db.prepare(INSERT_CODING);
  const get = db.prepare(SELECT_CODING_BY_ID);
  return {
    findIdentical: (documentId, codeId, coderId, start, end) =>
      identical.get(documentId, codeId, coderId, start, end) as number | undefined,
    insert: (coding) => Number(insert.run(...codingValues(coding)).lastInsertRowid),
    get: (id) => get.get(id) as CodingRow | undefined,
  };
}

export function getCoding(db: Db, id: number): CodingRow | undefined {
  return db.prepare(SELECT_CODING_BY_ID).get(id) as CodingRow | undefined;
}

export function findIdenticalCoding(
  db: Db,
  documentId: number,
  codeId: number,
  coderId: number,
  start: number,
  end: number,
): number | undefined {
  return db.prepare(SELECT_IDENTICAL_CODING).pluck().get(documentId, codeId, coderId, start, end) as
    number | undefined;
}

export function listCodingsOfDocument(db: Db, documentId: number): CodingRow[] {
  return db
    .prepare(
      `SELECT ${codingColumns} FROM codings k JOIN coders r ON r.id = k.coder_id
       WHERE k.document_id = ? ORDER BY k.start, k.end, k.id`,
    )
    .all(documentId) as CodingRow[];
}

/** Every coding, ordered by document then start: the input of the co-occurrence sweep. */
export function listAllCodingSpans(
  db: Db,
): { id: number; documentId: number; codeId: number; start: number; end: number }[] {
  return db
    .prepare(
      'SELECT id, document_id AS documentId, code_id AS codeId, start, end FROM codings ORDER BY document_id, start, end, id',
    )
    .all() as { id: number; documentId: number; codeId: number; start: number; end: number }[];
}

export type { ExcerptRow };

// The segment of an excerpt is the one its start falls in (segments do not overlap): the
// last segment starting at or before it, found by one index step (a range join would
// scan every earlier segment of the document for each coding), if it reaches that far.
const excerptSelect = `SELECT k.id AS codingId, k.code_id AS codeId, c.name AS codeName, k.document_id AS documentId,
    d.name AS documentName, k.start, k.end, k.quote, r.name AS coder,
    s.ordinal AS segmentOrdinal, s.speaker, s.timestamp
  FROM codings k
  JOIN codes c ON c.id = k.code_id
  JOIN documents d ON d.id = k.document_id
  JOIN coders r ON r.id = k.coder_id
  LEFT JOIN segments s ON s.id = (
      SELECT p.id FROM segments p WHERE p.document_id = k.document_id AND p.start <= k.start
      ORDER BY p.start DESC LIMIT 1
    ) AND k.start < s.end`;

export function listExcerptsOfCode(db: Db, codeId: number): ExcerptRow[] {
  return db
    .prepare(`${excerptSelect} WHERE k.code_id = ? ORDER BY d.name COLLATE NOCASE, d.id, k.start, k.id`)
    .all(codeId) as ExcerptRow[];
}

/** Each code's anchor example quote, by code id, in one query (codes without one left out). */
export function listAnchorExamples(db: Db): Map<number, string> {
  const rows = db
    .prepare('SELECT c.id AS codeId, k.quote FROM codes c JOIN codings k ON k.id = c.example_coding_id')
    .all() as { codeId: number; quote: string }[];
  return new Map(rows.map((row) => [row.codeId, row.quote]));
}

/**
 * The excerpts of these codings, in the order of `ids` (an id with no coding is skipped).
 * One query for the whole list (the ids as a JSON array): a statement run per id cost a
 * third more at 10× (export chunks of 500 ids, profiled).
 */
export function listExcerptsByIds(db: Db, ids: readonly number[]): ExcerptRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`${excerptSelect} WHERE k.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ExcerptRow[];
  const byId = new Map(rows.map((row) => [row.codingId, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function listAllExcerpts(db: Db): ExcerptRow[] {
  return db
    .prepare(`${excerptSelect} ORDER BY c.name COLLATE NOCASE, d.name COLLATE NOCASE, d.id, k.start, k.id`)
    .all() as ExcerptRow[];
}

export function updateCodingRange(db: Db, id: number, start: number, end: number, quote: string): void {
  db.prepare('UPDATE codings SET start = ?, end = ?, quote = ? WHERE id = ?').run(start, end, quote, id);
}

export function updateCodingCode(db: Db, id: number, codeId: number): void {
  db.prepare('UPDATE codings SET code_id = ? WHERE id = ?').run(codeId, id);
}

/** Codings of a code that sit on exactly the same range, by the same coder, as another code's. */
export function findTwinCoding(db: Db, codingId: number, otherCodeId: number): number | undefined {
  const row = db
    .prepare(
      `SELECT t.id FROM codings s JOIN codings t
         ON t.document_id = s.document_id AND t.start = s.start AND t.end = s.end AND t.coder_id = s.coder_id
       WHERE s.id = ? AND t.code_id = ? LIMIT 1`,
    )
    .get(codingId, otherCodeId) as { id: number } | undefined;
  return row?.id;
}

export function listCodingIdsOfCode(db: Db, codeId: number): number[] {
  return (
    db.prepare('SELECT id FROM codings WHERE code_id = ? ORDER BY id').all(codeId) as { id: number }[]
  ).map((row) => row.id);
}

/** The codings of any of these codes, as ids in id order. */
export function listCodingIdsOfCodes(db: Db, codeIds: readonly number[]): number[] {
  if (codeIds.length === 0) return [];
  const placeholders = codeIds.map(() => '?').join(',');
  return db
    .prepare(`SELECT id FROM codings WHERE code_id IN (${placeholders}) ORDER BY id`)
    .pluck()
    .all(...codeIds) as number[];
}

export type { AnalysisCoding } from '../../app/contract/rows.ts';

/** Every coding with its coder's name: the input of co-occurrence and matrices. */
export function listAnalysisCodings(db: Db): AnalysisCoding[] {
  // No JOIN and no ORDER BY: callers sort what they need, and coder names are few.
  const coders = new Map(
    (db.prepare('SELECT id, name FROM coders').all() as { id: number; name: string }[]).map((row) => [
      row.id,
      row.name,
    ]),
  );
  // As columns, not a row array each (integerColumns, numberColumns.ts).
  const [ids = [], documentIds = [], codeIds = [], coderIds = [], starts = [], ends = []] = integerColumns(
    db,
    'codings',
    ['id', 'document_id', 'code_id', 'coder_id', 'start', 'end'],
  );
  const codings: AnalysisCoding[] = new Array<AnalysisCoding>(ids.length);
  for (let index = 0; index < ids.length; index++) {
    codings[index] = {
      id: ids[index] ?? 0,
      documentId: documentIds[index] ?? 0,
      codeId: codeIds[index] ?? 0,
      coder: coders.get(coderIds[index] ?? 0) ?? '',
      start: starts[index] ?? 0,
      end: ends[index] ?? 0,
    };
  }
  return codings;
}
