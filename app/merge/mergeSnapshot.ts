import {
  findCaseByName,
  findIdenticalCoding,
  getCoderByName,
  idByGuid,
  insertAttribute,
  insertCase,
  insertCoderWithGuid,
  insertCoding,
  insertMemo,
  linkCaseDocuments,
  listAttributes,
  listAttributeValues,
  setAttributeValue,
  type Db,
  type ProjectSnapshot,
} from '../../db/index.ts';
import type { MergeConflict, MergeSide, ProjectMergeReport } from '../contract/types.ts';
import { BulkUpdates } from '../history/bulkChange.ts';
import { sanitiseMemoBody } from '../text/memoBody.ts';
import { matchCodes, matchDocuments } from './matchRows.ts';

/** For each conflict (by its key), which side wins; absent means "ours". */
export type MergeResolutions = Readonly<Record<string, MergeSide>>;

interface Counts {
  documents: number;
  codes: number;
  codings: number;
  memos: number;
  cases: number;
}

const zero = (): Counts => ({ documents: 0, codes: 0, codings: 0, memos: 0, cases: 0 });

/** A merge's report, and where their documents and codes went, by their GUID. */
export interface MergeOutcome {
  readonly report: ProjectMergeReport;
  /** Their GUID → our id, whether the row was added or matched (by GUID, name or text). */
  readonly documentIds: ReadonlyMap<string, number>;
  readonly codeIds: ReadonlyMap<string, number>;
  /** Documents and codes matched otherwise than by GUID, in words. */
  readonly notes: readonly string[];
}

/** {@link mergeWithIds} for callers that need only the report (`project/merge`). */
export function mergeSnapshot(
  db: Db,
  theirs: ProjectSnapshot,
  resolutions: MergeResolutions,
  updates: BulkUpdates = new BulkUpdates(db),
): ProjectMergeReport {
  return mergeWithIds(db, theirs, resolutions, updates).report;
}

/**
 * Brings another project's rows into `db` (the caller owns the transaction).
 * Matching: documents by GUID, else by text checksum; codes by GUID, else by name; coders
 * by GUID, else by name; codings by GUID, else by identical (document, code, coder, range);
 * memos and cases by GUID (cases also by name). Codings keep their coder. Whatever already
 * matches is left alone, so merging the same file twice changes nothing. Everything placed
 * after the rows (codings, memos, cases, and a REFI import's sets) goes through the same
 * mapping, so a code matched by name gets them too. Rows that were there before and that the
 * merge changes go through `updates`, for the history; the rows it adds are found by rowid
 * (app/history/bulkChange.ts).
 */
export function mergeWithIds(
  db: Db,
  theirs: ProjectSnapshot,
  resolutions: MergeResolutions,
  updates: BulkUpdates = new BulkUpdates(db),
): MergeOutcome {
  const added = zero();
  const matched = zero();
  const conflicts: MergeConflict[] = [];
  const now = new Date().toISOString();

  const coderMap = new Map<number, number>();
  for (const coder of theirs.coders) {
    coderMap.set(
      coder.id,
      idByGuid(db, 'coders', coder.guid) ??
        getCoderByName(db, coder.name)?.id ??
        insertCoderWithGuid(db, coder.guid, coder.name),
    );
  }

  const documents = matchDocuments(db, theirs);
  const codes = matchCodes(db, theirs, resolutions, now, updates);
  const documentMap = documents.ids;
  const codeMap = codes.ids;
  for (const table of [documents, codes]) conflicts.push(...table.conflicts);
  Object.assign(added, { documents: documents.added, codes: codes.added });
  Object.assign(matched, { documents: documents.matched, codes: codes.matched });

  const codingMap = new Map<number, number>();
  for (const coding of theirs.codings) {
    const documentId = documentMap.get(coding.documentId);
    const codeId = codeMap.get(coding.codeId);
    const coderId = coderMap.get(coding.coderId);
    if (documentId === undefined || codeId === undefined || coderId === undefined) continue;
    const existing =
      idByGuid(db, 'codings', coding.guid) ??
      findIdenticalCoding(db, documentId, codeId, coderId, coding.start, coding.end);
    if (existing !== undefined) {
      codingMap.set(coding.id, existing);
      matched.codings++;
      continue;
    }
    codingMap.set(
      coding.id,
      insertCoding(db, {
        guid: coding.guid,
        documentId,
        codeId,
        coderId,
        start: coding.start,
        end: coding.end,
        quote: coding.quote,
        createdAt: coding.createdAt,
      }),
    );
    added.codings++;
  }

  for (const memo of theirs.memos) {
    if (idByGuid(db, 'memos', memo.guid) !== undefined) {
      matched.memos++;
      continue;
    }
    let targetId: number | null = null;
    if (memo.targetKind === 'document')
      targetId = memo.targetId === null ? null : (documentMap.get(memo.targetId) ?? null);
    if (memo.targetKind === 'code')
      targetId = memo.targetId === null ? null : (codeMap.get(memo.targetId) ?? null);
    if (memo.targetKind === 'coding')
      targetId = memo.targetId === null ? null : (codingMap.get(memo.targetId) ?? null);
    if (memo.targetKind !== 'project' && targetId === null) continue;
    insertMemo(db, {
      guid: memo.guid,
      targetKind: memo.targetKind,
      targetId,
      title: memo.title,
      // Another project's or file's memo is untrusted: only what the memo editor knows gets in.
      body: sanitiseMemoBody(memo.body, memo.plainText),
      plainText: memo.plainText,
      authorId: (memo.authorId === null ? undefined : coderMap.get(memo.authorId)) ?? null,
      at: memo.createdAt,
    });
    added.memos++;
  }

  const attributeMap = new Map<number, number>();
  for (const attribute of theirs.attributes) {
    const ours =
      idByGuid(db, 'attributes', attribute.guid) ??
      listAttributes(db).find((row) => row.name.toLowerCase() === attribute.name.toLowerCase())?.id;
    attributeMap.set(
      attribute.id,
      ours ??
        insertAttribute(db, {
          guid: attribute.guid,
          name: attribute.name,
          type: attribute.type,
          choices: attribute.choices,
        }),
    );
  }
  const caseMap = new Map<number, number>();
  for (const row of theirs.cases) {
    const ours = idByGuid(db, 'cases', row.guid) ?? findCaseByName(db, row.name)?.id;
    if (ours !== undefined) {
      caseMap.set(row.id, ours);
      matched.cases++;
    } else {
      caseMap.set(
        row.id,
        insertCase(db, { guid: row.guid, name: row.name, description: row.description, createdAt: now }),
      );
      added.cases++;
    }
  }
  linkCaseDocuments(
    db,
    theirs.caseDocuments.flatMap((pair) => {
      const caseId = caseMap.get(pair.caseId);
      const documentId = documentMap.get(pair.documentId);
      return caseId !== undefined && documentId !== undefined ? [{ caseId, documentId }] : [];
    }),
  );
  const ourValues = listAttributeValues(db);
  for (const value of theirs.values) {
    const caseId = caseMap.get(value.caseId);
    const attributeId = attributeMap.get(value.attributeId);
    if (caseId === undefined || attributeId === undefined) continue;
    const ours = ourValues.find((v) => v.caseId === caseId && v.attributeId === attributeId);
    if (ours && ours.value !== value.value) {
      const key = `value:${caseId}:${attributeId}`;
      conflicts.push({
        key,
        kind: 'attribute-value',
        label: `case ${caseId}`,
        ours: ours.value,
        theirs: value.value,
        resolvable: true,
      });
      if (resolutions[key] !== 'theirs') continue;
    }
    updates.update('attribute_values', { case_id: caseId, attribute_id: attributeId }, () =>
      setAttributeValue(db, caseId, attributeId, value.value),
    );
  }
  const byGuid = <T extends { id: number; guid: string }>(rows: readonly T[], ids: Map<number, number>) =>
    new Map(
      rows.flatMap((row) => {
        const id = ids.get(row.id);
        return id === undefined ? [] : [[row.guid, id] as const];
      }),
    );
  return {
    report: { added, matched, conflicts },
    documentIds: byGuid(theirs.documents, documentMap),
    codeIds: byGuid(theirs.codes, codeMap),
    notes: [...documents.notes, ...codes.notes],
  };
}
