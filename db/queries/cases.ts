import type { Db } from '../open.ts';
import type { AttributeType } from '../../app/contract/enums.ts';

export interface CaseRow {
  readonly id: number;
  readonly guid: string;
  readonly name: string;
  readonly description: string;
}

export interface AttributeRow {
  readonly id: number;
  readonly guid: string;
  readonly name: string;
  readonly type: AttributeType;
  /** JSON array of allowed values, for type 'choice'. */
  readonly choices: string;
  readonly sortOrder: number;
}

export function listCases(db: Db): CaseRow[] {
  return db
    .prepare('SELECT id, guid, name, description FROM cases ORDER BY name COLLATE NOCASE')
    .all() as CaseRow[];
}

export function findCaseByName(db: Db, name: string): CaseRow | undefined {
  return db
    .prepare('SELECT id, guid, name, description FROM cases WHERE name = ? COLLATE NOCASE')
    .get(name) as CaseRow | undefined;
}

export function insertCase(
  db: Db,
  row: { guid: string; name: string; description: string; createdAt: string },
): number {
  return Number(
    db
      .prepare('INSERT INTO cases (guid, name, description, created_at) VALUES (?, ?, ?, ?)')
      .run(row.guid, row.name, row.description, row.createdAt).lastInsertRowid,
  );
}

export function updateCase(db: Db, id: number, name: string, description: string): void {
  db.prepare('UPDATE cases SET name = ?, description = ? WHERE id = ?').run(name, description, id);
}

export function caseDocumentLinks(db: Db): { caseId: number; documentId: number }[] {
  return db.prepare('SELECT case_id AS caseId, document_id AS documentId FROM case_documents').all() as {
    caseId: number;
    documentId: number;
  }[];
}

export function setCaseDocuments(db: Db, caseId: number, documentIds: readonly number[]): void {
  db.prepare('DELETE FROM case_documents WHERE case_id = ?').run(caseId);
  linkCaseDocuments(
    db,
    documentIds.map((documentId) => ({ caseId, documentId })),
  );
}

/** Links documents to cases, one statement for all; a link already there is left as it is. */
export function linkCaseDocuments(
  db: Db,
  links: readonly { readonly caseId: number; readonly documentId: number }[],
): void {
  const link = db.prepare('INSERT OR IGNORE INTO case_documents (case_id, document_id) VALUES (?, ?)');
  for (const { caseId, documentId } of links) link.run(caseId, documentId);
}

export function listAttributes(db: Db): AttributeRow[] {
  return db
    .prepare(
      'SELECT id, guid, name, type, choices, sort_order AS sortOrder FROM attributes ORDER BY sort_order, id',
    )
    .all() as AttributeRow[];
}

export function insertAttribute(
  db: Db,
  row: { guid: string; name: string; type: string; choices: string },
): number {
  const next = (
    db.prepare('SELECT COALESCE(MAX(sort_order), -1) + 1 AS n FROM attributes').get() as { n: number }
  ).n;
  return Number(
    db
      .prepare('INSERT INTO attributes (guid, name, type, choices, sort_order) VALUES (?, ?, ?, ?, ?)')
      .run(row.guid, row.name, row.type, row.choices, next).lastInsertRowid,
  );
}

export function updateAttribute(db: Db, id: number, name: string, type: string, choices: string): void {
  db.prepare('UPDATE attributes SET name = ?, type = ?, choices = ? WHERE id = ?').run(
    name,
    type,
    choices,
    id,
  );
}

export function listAttributeValues(db: Db): { caseId: number; attributeId: number; value: string }[] {
  return db
    .prepare('SELECT case_id AS caseId, attribute_id AS attributeId, value FROM attribute_values')
    .all() as {
    caseId: number;
    attributeId: number;
    value: string;
  }[];
}

/** Sets a value; an empty value removes it. */
export function setAttributeValue(db: Db, caseId: number, attributeId: number, value: string): void {
  if (value === '') {
    db.prepare('DELETE FROM attribute_values WHERE case_id = ? AND attribute_id = ?').run(
      caseId,
      attributeId,
    );
    return;
  }
  db.prepare(
    'INSERT INTO attribute_values (case_id, attribute_id, value) VALUES (?, ?, ?) ON CONFLICT(case_id, attribute_id) DO UPDATE SET value = excluded.value',
  ).run(caseId, attributeId, value);
}

/** Documents of the cases whose attribute has that value. */
export function documentsWithAttributeValue(db: Db, attributeId: number, value: string): number[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT cd.document_id AS id FROM attribute_values v
         JOIN case_documents cd ON cd.case_id = v.case_id
         WHERE v.attribute_id = ? AND v.value = ?`,
      )
      .all(attributeId, value) as { id: number }[]
  ).map((row) => row.id);
}
