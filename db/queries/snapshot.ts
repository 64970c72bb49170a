import type { Db } from '../open.ts';

/** Every row another project file holds that a merge may bring in, keyed by GUIDs. */
export interface ProjectSnapshot {
  readonly coders: { id: number; guid: string; name: string }[];
  readonly documents: {
    id: number;
    guid: string;
    name: string;
    text: string;
    sourceName: string;
    sourceFormat: string;
    sourceEncoding: string;
    checksum: string;
    importedAt: string;
  }[];
  readonly segments: {
    documentId: number;
    ordinal: number;
    start: number;
    end: number;
    speaker: string | null;
    timestamp: string | null;
  }[];
  readonly codes: {
    id: number;
    guid: string;
    parentId: number | null;
    name: string;
    color: string;
    description: string;
    inclusion: string;
    exclusion: string;
    archived: number;
  }[];
  readonly codings: {
    id: number;
    guid: string;
    documentId: number;
    codeId: number;
    coderId: number;
    start: number;
    end: number;
    quote: string;
    createdAt: string;
  }[];
  readonly memos: {
    guid: string;
    targetKind: string;
    targetId: number | null;
    title: string;
    body: string;
    plainText: string;
    authorId: number | null;
    createdAt: string;
  }[];
  readonly cases: { id: number; guid: string; name: string; description: string }[];
  readonly caseDocuments: { caseId: number; documentId: number }[];
  readonly attributes: { id: number; guid: string; name: string; type: string; choices: string }[];
  readonly values: { caseId: number; attributeId: number; value: string }[];
}

/** A snapshot with nothing in it, fresh arrays each time (a reader fills them in place). */
export function emptySnapshot(): ProjectSnapshot {
  return {
    coders: [],
    documents: [],
    segments: [],
    codes: [],
    codings: [],
    memos: [],
    cases: [],
    caseDocuments: [],
    attributes: [],
    values: [],
  };
}

export function readProjectSnapshot(db: Db): ProjectSnapshot {
  const all = <T>(sql: string): T[] => db.prepare(sql).all() as T[];
  return {
    coders: all('SELECT id, guid, name FROM coders ORDER BY id'),
    documents: all(
      `SELECT id, guid, name, text, source_name AS sourceName, source_format AS sourceFormat,
              source_encoding AS sourceEncoding, checksum, imported_at AS importedAt FROM documents ORDER BY id`,
    ),
    segments: all(
      'SELECT document_id AS documentId, ordinal, start, end, speaker, timestamp FROM segments ORDER BY document_id, ordinal',
    ),
    codes: all(
      `SELECT id, guid, parent_id AS parentId, name, color, description, inclusion, exclusion, archived
       FROM codes ORDER BY id`,
    ),
    codings: all(
      `SELECT id, guid, document_id AS documentId, code_id AS codeId, coder_id AS coderId, start, end, quote,
              created_at AS createdAt FROM codings ORDER BY id`,
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

/** Looks up a row id by GUID in one of the tables that have GUIDs. */
export function idByGuid(
  db: Db,
  table: 'coders' | 'documents' | 'codes' | 'codings' | 'memos' | 'cases' | 'attributes',
  guid: string,
): number | undefined {
  const row = db.prepare(`SELECT id FROM ${table} WHERE guid = ?`).get(guid) as { id: number } | undefined;
  return row?.id;
}

export function insertCoderWithGuid(db: Db, guid: string, name: string): number {
  return Number(
    db
      .prepare('INSERT INTO coders (guid, name, created_at) VALUES (?, ?, ?)')
      .run(guid, name, new Date().toISOString()).lastInsertRowid,
  );
}
