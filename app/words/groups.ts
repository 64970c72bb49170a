import {
  caseDocumentLinks,
  listAttributes,
  listAttributeValues,
  listCases,
  listCodes,
  type AnalysisCoding,
  type Db,
} from '../../db/index.ts';
import type { WordsBy } from '../contract/enums.ts';
import { AppError } from '../errors.ts';
import type { TextRange, WordGroup } from './count.ts';
import type { WordIndex } from './wordIndex.ts';

function wholeDocuments(ids: Iterable<number>): Map<number, null> {
  return new Map([...ids].map((id) => [id, null]));
}

/** Each case's documents. */
function caseDocuments(db: Db): Map<number, number[]> {
  const documents = new Map<number, number[]>();
  for (const { caseId, documentId } of caseDocumentLinks(db)) {
    const list = documents.get(caseId) ?? [];
    list.push(documentId);
    documents.set(caseId, list);
  }
  return documents;
}

/** Each document's coded ranges, per code. */
export function codingRanges(codings: readonly AnalysisCoding[]): Map<number, Map<number, TextRange[]>> {
  const byCode = new Map<number, Map<number, TextRange[]>>();
  for (const coding of codings) {
    let documents = byCode.get(coding.codeId);
    if (!documents) {
      documents = new Map();
      byCode.set(coding.codeId, documents);
    }
    const ranges = documents.get(coding.documentId) ?? [];
    ranges.push(coding);
    documents.set(coding.documentId, ranges);
  }
  return byCode;
}

/**
 * The columns of the breakdown (docs/ANALYSIS.md "Word frequencies"): a document, a case
 * (its documents), an attribute value (the documents of the cases having it) or a code (its
 * codings' text). A document in two cases counts in both.
 */
export function wordGroups(
  db: Db,
  index: WordIndex,
  by: WordsBy,
  attributeId: number | undefined,
  codings: readonly AnalysisCoding[],
): WordGroup[] {
  if (by === 'all') return [];
  if (by === 'document')
    return index.documents.map((document) => ({
      id: `document:${document.id}`,
      label: document.name,
      parts: wholeDocuments([document.id]),
    }));
  if (by === 'case') {
    const documents = caseDocuments(db);
    return listCases(db).map((found) => ({
      id: `case:${found.id}`,
      label: found.name,
      parts: wholeDocuments(documents.get(found.id) ?? []),
    }));
  }
  if (by === 'attribute') {
    const attribute = listAttributes(db).find((candidate) => candidate.id === attributeId);
    if (!attribute)
      throw new AppError('NOT_FOUND', 'This attribute no longer exists: choose another one.', {
        key: 'attributeGone',
      });
    const documents = caseDocuments(db);
    const values = new Map<string, number[]>();
    for (const value of listAttributeValues(db)) {
      if (value.attributeId !== attribute.id || value.value === '') continue;
      values.set(value.value, [...(values.get(value.value) ?? []), ...(documents.get(value.caseId) ?? [])]);
    }
    return [...values]
      .sort(([a], [b]) => a.localeCompare(b, 'fr'))
      .map(([value, ids]) => ({ id: `value:${value}`, label: value, parts: wholeDocuments(ids) }));
  }
  const ranges = codingRanges(codings);
  return listCodes(db).flatMap((code) => {
    const parts = ranges.get(code.id);
    return parts ? [{ id: `code:${code.id}`, label: code.name, parts }] : [];
  });
}
