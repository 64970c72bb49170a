import type { Db } from '../open.ts';

export interface SegmentRow {
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

export interface NewDocument {
  readonly guid: string;
  readonly name: string;
  readonly text: string;
  readonly sourceName: string;
  readonly sourceFormat: string;
  readonly sourceEncoding: string;
  readonly checksum: string;
  readonly importedAt: string;
  readonly segments: readonly SegmentRow[];
}

export interface DocumentSummaryRow {
  readonly id: number;
  readonly guid: string;
  readonly name: string;
  readonly length: number;
  readonly segmentCount: number;
  readonly codingCount: number;
  readonly importedAt: string;
}

export interface DocumentRow {
  readonly id: number;
  readonly guid: string;
  readonly name: string;
  readonly text: string;
  readonly sourceName: string;
  readonly sourceFormat: string;
  readonly sourceEncoding: string;
  readonly checksum: string;
  readonly importedAt: string;
}

/** Inserts a document and its segments. The caller owns the transaction. */
export function insertDocument(db: Db, doc: NewDocument): number {
  const result = db
    .prepare(
      `INSERT INTO documents (guid, name, text, source_name, source_format, source_encoding, checksum, imported_at, text_length)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      doc.guid,
      doc.name,
      doc.text,
      doc.sourceName,
      doc.sourceFormat,
      doc.sourceEncoding,
      doc.checksum,
      doc.importedAt,
      doc.text.length,
    );
  const id = Number(result.lastInsertRowid);
  insertSegments(db, id, doc.text, doc.segments);
  return id;
}

/** A document's turns and their search index entries (the document has none yet). */
export function insertSegments(
  db: Db,
  documentId: number,
  text: string,
  segments: readonly Pick<SegmentRow, 'ordinal' | 'start' | 'end' | 'speaker' | 'timestamp'>[],
): void {
  const insertSegment = db.prepare(
    'INSERT INTO segments (document_id, ordinal, start, end, speaker, timestamp) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const indexSegment = db.prepare('INSERT INTO segments_fts (rowid, text) VALUES (?, ?)');
  for (const segment of segments) {
    const segmentId = insertSegment.run(
      documentId,
      segment.ordinal,
      segment.start,
      segment.end,
      segment.speaker,
      segment.timestamp,
    ).lastInsertRowid;
    indexSegment.run(segmentId, text.slice(segment.start, segment.end));
  }
}

/**
 * Every document with its length and counts, by name. Read from the documents_listing index
 * and the segments' and codings' indexes: no transcript is read (at 2,000 transcripts,
 * reading them took a second). A length missing (a row written by other means) is computed.
 */
export function listDocuments(db: Db): DocumentSummaryRow[] {
  return withLengths(
    db,
    db
      .prepare(
        `SELECT d.id, d.guid, d.name, d.text_length AS length, d.imported_at AS importedAt,
              (SELECT COUNT(*) FROM segments s WHERE s.document_id = d.id) AS segmentCount,
              (SELECT COUNT(*) FROM codings c WHERE c.document_id = d.id) AS codingCount
       FROM documents d INDEXED BY documents_listing ORDER BY d.name COLLATE NOCASE, d.id`,
      )
      .all() as (DocumentSummaryRow & { length: number | null })[],
  );
}

export interface DocumentLengthRow {
  readonly id: number;
  readonly name: string;
  readonly length: number;
}

/**
 * Every document's id, name and length, in listDocuments' order, from the documents_listing
 * index alone: without listDocuments' counts, which read 400,000 segment and 200,000 coding
 * index entries at 10× (agreement and matrices need only the lengths).
 */
export function listDocumentLengths(db: Db): DocumentLengthRow[] {
  return withLengths(
    db,
    db
      .prepare(
        `SELECT id, name, text_length AS length
         FROM documents INDEXED BY documents_listing ORDER BY name COLLATE NOCASE, id`,
      )
      .all() as (DocumentLengthRow & { length: number | null })[],
  );
}

/** The rows with each missing length (a row written by other means) computed. */
function withLengths<T extends { readonly id: number; readonly length: number }>(
  db: Db,
  rows: readonly (Omit<T, 'length'> & { length: number | null })[],
): T[] {
  return rows.map((row) => (row.length === null ? { ...row, length: textLength(db, row.id) } : row) as T);
}

/**
 * The distinct speaker labels of every transcript, read from the segments alone (at 10×,
 * reading each document in full to list its speakers read 110 MB of text).
 */
export function listSpeakers(db: Db): string[] {
  return db
    .prepare('SELECT DISTINCT speaker FROM segments WHERE speaker IS NOT NULL')
    .pluck()
    .all() as string[];
}

function textLength(db: Db, id: number): number {
  return db.prepare('SELECT utf16_length(text) FROM documents WHERE id = ?').pluck().get(id) as number;
}

export function renameDocument(db: Db, id: number, name: string): void {
  db.prepare('UPDATE documents SET name = ? WHERE id = ?').run(name, id);
}

/**
 * The first `chars` characters of each document asked (enough to tell its language, say;
 * '' if none), by one statement prepared once for all of them.
 */
export function documentOpeningReader(db: Db, chars: number): (id: number) => string {
  const statement = db.prepare('SELECT substr(text, 1, ?) FROM documents WHERE id = ?').pluck();
  return (id) => {
    const opening = statement.get(chars, id);
    return typeof opening === 'string' ? opening : '';
  };
}

const documentColumns = `id, guid, name, text, source_name AS sourceName, source_format AS sourceFormat,
  source_encoding AS sourceEncoding, checksum, imported_at AS importedAt`;

export function getDocument(db: Db, id: number): DocumentRow | undefined {
  return db.prepare(`SELECT ${documentColumns} FROM documents WHERE id = ?`).get(id) as
    DocumentRow | undefined;
}

export function findDocumentsByName(db: Db, name: string): DocumentRow[] {
  return db
    .prepare(`SELECT ${documentColumns} FROM documents WHERE name = ? ORDER BY id`)
    .all(name) as DocumentRow[];
}

export function findDocumentByChecksum(db: Db, checksum: string): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM documents WHERE checksum = ? LIMIT 1').get(checksum) as
    { id: number; name: string } | undefined;
}

export function listSegments(db: Db, documentId: number): SegmentRow[] {
  return db
    .prepare(
      'SELECT ordinal, start, end, speaker, timestamp FROM segments WHERE document_id = ? ORDER BY ordinal',
    )
    .all(documentId) as SegmentRow[];
}

/** Deletes a document with its segments, codings and the memos written on them. */
export function deleteDocument(db: Db, id: number): boolean {
  db.prepare(
    "DELETE FROM memos WHERE (target_kind = 'document' AND target_id = ?) OR (target_kind = 'coding' AND target_id IN (SELECT id FROM codings WHERE document_id = ?))",
  ).run(id, id);
  return db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
}

export function countDocuments(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
}

export interface SegmentSpanRow {
  readonly id: number;
  readonly documentId: number;
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
}

export function listAllSegmentSpans(db: Db): SegmentSpanRow[] {
  return db
    .prepare(
      'SELECT id, document_id AS documentId, ordinal, start, end, speaker FROM segments ORDER BY document_id, start',
    )
    .all() as SegmentSpanRow[];
}
