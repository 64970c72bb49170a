import type { Db } from '../open.ts';
import type { SegmentRow } from './documents.ts';
import { jsonColumns } from './numberColumns.ts';
import type { ProjectSnapshot } from './snapshot.ts';

// Reads for the streamed exports (app/exports/stream/, app/exchange/refi/): small tables
// whole, large ones (transcripts, codings, segments) through iterating statements, so an
// export holds one document's rows at a time, not the project.

type Snapshot = ProjectSnapshot;

/** A document without its text. */
export type DocumentOutline = Omit<Snapshot['documents'][number], 'text'>;

/** Everything a .qdpx writes except the transcripts, their segments and the codings. */
export interface ProjectOutline {
  readonly coders: Snapshot['coders'];
  readonly documents: DocumentOutline[];
  readonly codes: Snapshot['codes'];
  readonly memos: Snapshot['memos'];
  readonly cases: Snapshot['cases'];
  readonly caseDocuments: Snapshot['caseDocuments'];
  readonly attributes: Snapshot['attributes'];
  readonly values: Snapshot['values'];
}

/** The rows of readProjectSnapshot (same order), less the large tables. */
export function readProjectOutline(db: Db): ProjectOutline {
  const all = <T>(sql: string): T[] => db.prepare(sql).all() as T[];
  return {
    coders: all('SELECT id, guid, name FROM coders ORDER BY id'),
    documents: all(
      `SELECT id, guid, name, source_name AS sourceName, source_format AS sourceFormat,
              source_encoding AS sourceEncoding, checksum, imported_at AS importedAt FROM documents ORDER BY id`,
    ),
    codes: all(
      `SELECT id, guid, parent_id AS parentId, name, color, description, inclusion, exclusion, archived
       FROM codes ORDER BY id`,
    ),
    memos: all(
      `SELECT guid, target_kind AS targetKind, target_id AS targetId, title, body, plain_text AS plainText,
              author_id AS authorId, created_at AS createdAt FROM memos ORDER BY id`,
    ),
    cases: all('SELECT id, guid, name, description FROM cases ORDER BY id'),
    caseDocuments: all('SELECT case_id AS caseId, document_id AS documentId FROM case_documents'),
    attributes: all('SELECT id, guid, name, type, choices FROM attributes ORDER BY id'),
    values: all('SELECT case_id AS caseId, attribute_id AS attributeId, value FROM attribute_values'),
  };
}

/** Each document's text, one row at a time, in id order. */
export function iterateDocumentTexts(db: Db): IterableIterator<{ id: number; name: string; text: string }> {
  return db.prepare('SELECT id, name, text FROM documents ORDER BY id').iterate() as IterableIterator<{
    id: number;
    name: string;
    text: string;
  }>;
}

/** A coding as a .qdpx writes it: its place and who made it, not its quote (the source has the text). */
export type CodingPlacement = Omit<Snapshot['codings'][number], 'quote'>;

/**
 * Every coding without its quote, by document (in id order) then id. The table is read in
 * its own order and sorted (`+document_id` keeps SQLite from walking the document index,
 * which fetched the rows one by one all over a large file: twice as long at 10x).
 */
export function iterateCodingsByDocument(db: Db): IterableIterator<CodingPlacement> {
  return db
    .prepare(
      `SELECT id, guid, document_id AS documentId, code_id AS codeId, coder_id AS coderId, start, end,
              created_at AS createdAt FROM codings ORDER BY +document_id, id`,
    )
    .iterate() as IterableIterator<CodingPlacement>;
}

/** What an excerpt export sorts and groups its codings by (no quote: reading them all cost more than the rest). */
export interface CodingKeyRow {
  readonly id: number;
  readonly codeId: number;
  readonly documentId: number;
  readonly start: number;
  readonly end: number;
}

/** A coding's quote, by a statement prepared once for all the codings asked. */
export function codingQuoteReader(db: Db): (id: number) => string {
  const statement = db.prepare('SELECT quote FROM codings WHERE id = ?').pluck();
  return (id) => (statement.get(id) as string | undefined) ?? '';
}

/** A coding's own columns: an export names its code, document and coder from the small tables. */
export interface CodingOwnRow extends CodingKeyRow {
  readonly coderId: number;
  readonly quote: string;
}

/**
 * These codings, in the order of `ids` (an id with no coding is skipped): one query by
 * primary key for the whole list, no other join (the joins and the segment looked up per
 * row were most of a large excerpt export's reading, profiled).
 */
export function listCodingsByIds(db: Db, ids: readonly number[]): CodingOwnRow[] {
  return codingsByIdsReader(db)(ids);
}

/**
 * listCodingsByIds with its statement prepared once, for an export reading chunk after
 * chunk. A chunk is a few hundred rows, each read as an array (raw): one JSON array per
 * column, each aggregate sorting its own rows by the list's order, took half as long again
 * (profiled on the 20,000 codings of the 1x project).
 */
export function codingsByIdsReader(db: Db): (ids: readonly number[]) => CodingOwnRow[] {
  const statement = db
    .prepare(
      `SELECT k.id, k.code_id, k.document_id, k.coder_id, k.start, k.end, k.quote
       FROM json_each(?) j JOIN codings k ON k.id = j.value ORDER BY j.key`,
    )
    .raw();
  return (ids) => {
    if (ids.length === 0) return [];
    const rows = statement.all(JSON.stringify(ids)) as [
      number,
      number,
      number,
      number,
      number,
      number,
      string,
    ][];
    return rows.map(([id, codeId, documentId, coderId, start, end, quote]) => ({
      id,
      codeId,
      documentId,
      coderId,
      start,
      end,
      quote,
    }));
  };
}

/** Coder names by id. */
export function listCoderNames(db: Db): Map<number, string> {
  const rows = db.prepare('SELECT id, name FROM coders').all() as { id: number; name: string }[];
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Every document's segments (turns) by document id, in ordinal order, in one query. */
export function listSegmentsByDocument(db: Db): Map<number, SegmentRow[]> {
  return segmentsByDocument(db);
}

/**
 * The segments of the documents whose ids are from `first` to `last`, as
 * listSegmentsByDocument reads them: a .qdpx writes its turns a batch of documents at a
 * time, so that a large project's segments are never all held at once.
 */
export function listSegmentsOfDocuments(db: Db, first: number, last: number): Map<number, SegmentRow[]> {
  return segmentsByDocument(db, { sql: 'document_id BETWEEN ? AND ?', params: [first, last] });
}

function segmentsByDocument(db: Db, where?: Parameters<typeof jsonColumns>[3]): Map<number, SegmentRow[]> {
  // As columns, in table order (jsonColumns, numberColumns.ts: a row array each from
  // better-sqlite3 cost more than the rest of the read), each document's sorted after.
  const [documentIds = [], ordinals = [], starts = [], ends = [], speakers = [], timestamps = []] =
    jsonColumns(db, 'segments', ['document_id', 'ordinal', 'start', 'end', 'speaker', 'timestamp'], where);
  const byDocument = new Map<number, SegmentRow[]>();
  for (let index = 0; index < documentIds.length; index++) {
    const documentId = documentIds[index] as number;
    const segment: SegmentRow = {
      ordinal: ordinals[index] as number,
      start: starts[index] as number,
      end: ends[index] as number,
      speaker: speakers[index] as string | null,
      timestamp: timestamps[index] as string | null,
    };
    const list = byDocument.get(documentId);
    if (list) list.push(segment);
    else byDocument.set(documentId, [segment]);
  }
  // Stored in ordinal order when imported; sorted only where they are not.
  for (const list of byDocument.values()) {
    if (list.some((segment, index) => index > 0 && (list[index - 1]?.ordinal ?? 0) > segment.ordinal))
      list.sort((a, b) => a.ordinal - b.ordinal);
  }
  return byDocument;
}

/** Document ids and names, in SQLite's case-insensitive order of names, then id. */
export function listDocumentNamesNoCase(db: Db): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM documents ORDER BY name COLLATE NOCASE, id').all() as {
    id: number;
    name: string;
  }[];
}

/** Code ids in SQLite's case-insensitive order of names. */
export function listCodeIdsNoCase(db: Db): number[] {
  return (db.prepare('SELECT id FROM codes ORDER BY name COLLATE NOCASE, id').all() as { id: number }[]).map(
    (row) => row.id,
  );
}

/** Each document's name and text for the identifier scan, in the documents list's order. */
export function iterateDocumentsByName(db: Db): IterableIterator<{ id: number; name: string; text: string }> {
  return db
    .prepare('SELECT id, name, text FROM documents ORDER BY name COLLATE NOCASE, id')
    .iterate() as IterableIterator<{ id: number; name: string; text: string }>;
}

/** Each document's distinct speaker labels, in the order they first speak. */
export function listSpeakerLabels(db: Db): Map<number, string[]> {
  const rows = db
    .prepare(
      `SELECT document_id AS documentId, speaker FROM segments WHERE speaker IS NOT NULL
       GROUP BY document_id, speaker ORDER BY document_id, MIN(ordinal)`,
    )
    .all() as { documentId: number; speaker: string }[];
  const labels = new Map<number, string[]>();
  for (const row of rows) {
    const list = labels.get(row.documentId);
    if (list) list.push(row.speaker);
    else labels.set(row.documentId, [row.speaker]);
  }
  return labels;
}

/** Every coding's quote with its document, by document name then place, one row at a time. */
export function iterateCodingQuotes(
  db: Db,
): IterableIterator<{ id: number; codeId: number; documentId: number; documentName: string; quote: string }> {
  return db
    .prepare(
      `SELECT k.id, k.code_id AS codeId, k.document_id AS documentId, d.name AS documentName, k.quote
       FROM codings k JOIN documents d ON d.id = k.document_id
       ORDER BY d.name COLLATE NOCASE, d.id, k.start, k.id`,
    )
    .iterate() as IterableIterator<{
    id: number;
    codeId: number;
    documentId: number;
    documentName: string;
    quote: string;
  }>;
}
