import { createHash, randomUUID } from 'node:crypto';
import {
  findCaseByName,
  insertAttribute,
  insertCase,
  insertDocument,
  linkCaseDocuments,
  listAttributes,
  setAttributeValue,
  type Db,
  writeTransaction,
} from '../../db/index.ts';
import type { Attribute, ImportedDocument, TableImportReport } from '../contract/types.ts';
import type { SurveyPlan } from '../importers/table/surveyPlan.ts';
import { buildCanonicalDocument } from '../text/canonical.ts';
import { checkValue } from '../attributes/checkValue.ts';
import { recordBulk } from '../history/record.ts';

export function tableNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Finds an attribute by name (case-insensitive) or creates it as free text. */
function attributeNamed(db: Db, name: string, created: { count: number }): Attribute {
  const existing = listAttributes(db).find((row) => row.name.toLowerCase() === name.toLowerCase());
  if (existing) {
    return {
      id: existing.id,
      name: existing.name,
      type: existing.type,
      choices: JSON.parse(existing.choices) as string[],
    };
  }
  created.count++;
  const id = insertAttribute(db, { guid: randomUUID(), name, type: 'text', choices: '[]' });
  return { id, name, type: 'text', choices: [] };
}

/**
 * Stores a survey plan in one transaction: all of the table, or nothing. It is one history
 * event, recorded as a merge is (app/history/bulkChange.ts): the rows it adds are ranges, an
 * existing case's value it changes is kept before and after, so Undo takes the table back
 * and an undo of an earlier change to those cases finds them as it left them.
 */
export function storePlan(db: Db, plan: SurveyPlan, fileName: string, coder: string): TableImportReport {
  const description = {
    kind: 'document.importTable',
    phrase: { key: 'tableImport', values: { name: fileName } },
    coder,
  } as const;
  return writeTransaction(db, () =>
    recordBulk(db, description, (updates) => {
      const now = new Date().toISOString();
      const attributesCreated = { count: 0 };
      let casesCreated = 0;
      let casesUpdated = 0;
      const caseIds = new Map<string, number>();
      for (const row of plan.cases) {
        const existing = findCaseByName(db, row.name);
        const caseId =
          existing?.id ??
          insertCase(db, { guid: randomUUID(), name: row.name, description: '', createdAt: now });
        if (existing) casesUpdated++;
        else casesCreated++;
        caseIds.set(row.name, caseId);
        for (const [column, value] of row.values) {
          const attribute = attributeNamed(db, column, attributesCreated);
          checkValue(attribute, value);
          // A value the case had is changed in place (kept before and after); a new one is added.
          updates.update('attribute_values', { case_id: caseId, attribute_id: attribute.id }, () =>
            setAttributeValue(db, caseId, attribute.id, value),
          );
        }
      }
      const links: { caseId: number; documentId: number }[] = [];
      const documents: ImportedDocument[] = [];
      for (const planned of plan.documents) {
        const canonical = buildCanonicalDocument(planned.drafts);
        const id = insertDocument(db, {
          guid: randomUUID(),
          name: planned.name,
          text: canonical.text,
          sourceName: fileName,
          sourceFormat: fileName.split('.').pop()?.toLowerCase() ?? 'csv',
          sourceEncoding: 'utf-8',
          checksum: createHash('sha256').update(canonical.text).digest('hex'),
          importedAt: now,
          segments: canonical.segments,
        });
        documents.push({
          id,
          name: planned.name,
          length: canonical.text.length,
          segmentCount: canonical.segments.length,
        });
        const caseId = caseIds.get(planned.caseName);
        if (caseId !== undefined) links.push({ caseId, documentId: id });
      }
      // Only added: a case keeps its earlier links as they are (same rows), which undo leaves.
      linkCaseDocuments(db, links);
      return {
        documents,
        casesCreated,
        casesUpdated,
        attributesCreated: attributesCreated.count,
        skippedRows: plan.skippedRows,
      };
    }),
  );
}
