import {
  findCaseByName,
  findCodeByName,
  findDocumentByChecksum,
  getDocument,
  idByGuid,
  insertAttribute,
  insertCase,
  insertCode,
  insertCoderWithGuid,
  insertCoding,
  insertDocument,
  insertMemo,
  listAttributes,
  listAttributeValues,
  setAttributeValue,
  updateCode,
  type Db,
  type ProjectSnapshot,
} from '../../db/index.ts';
import type { MergeConflict, ProjectMergeReport } from '../contract/types.ts';

/** For each conflict (by its key), which side wins; absent means "ours". */
export type MergeResolutions = Readonly<Record<string, 'ours' | 'theirs'>>;

interface Counts {
  documents: number;
  codes: number;
  codings: number;
  memos: number;
  cases: number;
}

const zero = (): Counts => ({ documents: 0, codes: 0, codings: 0, memos: 0, cases: 0 });

/**
 * Brings another project's rows into `db` (the caller owns the transaction).
 * Matching: documents by GUID, else by text checksum; codes by GUID, else by name; coders
 * by GUID, else by name; codings by GUID, else by identical (document, code, coder, range);
 * memos and cases by GUID (cases also by name). Codings keep their coder. Whatever already
 * matches is left alone, so merging the same file twice changes nothing.
 */
export function mergeSnapshot(
  db: Db,
  theirs: ProjectSnapshot,
  resolutions: MergeResolutions,
): ProjectMergeReport {
  const added = zero();
  const matched = zero();
  const conflicts: MergeConflict[] = [];
  const now = new Date().toISOString();

  const coderMap = new Map<number, number>();
  for (const coder of theirs.coders) {
    const byName = db.prepare('SELECT id FROM coders WHERE name = ?').get(coder.name) as
      { id: number } | undefined;
    coderMap.set(
      coder.id,
      idByGuid(db, 'coders', coder.guid) ?? byName?.id ?? insertCoderWithGuid(db, coder.guid, coder.name),
    );
  }

  const documentMap = new Map<number, number>();
  for (const document of theirs.documents) {
    const ours =
      idByGuid(db, 'documents', document.guid) ?? findDocumentByChecksum(db, document.checksum)?.id;
    if (ours !== undefined) {
      if (getDocument(db, ours)?.text !== document.text) {
        conflicts.push({
          key: `document:${document.guid}`,
          kind: 'document-text',
          label: document.name,
          ours: 'text in this project',
          theirs: 'a different text',
          resolvable: false,
        });
        continue; // Its codings cannot be placed on a different text.
      }
      documentMap.set(document.id, ours);
      matched.documents++;
      continue;
    }
    const id = insertDocument(db, {
      guid: document.guid,
      name: document.name,
      text: document.text,
      sourceName: document.sourceName,
      sourceFormat: document.sourceFormat,
      sourceEncoding: document.sourceEncoding,
      checksum: document.checksum,
      importedAt: document.importedAt,
      segments: theirs.segments.filter((segment) => segment.documentId === document.id),
    });
    documentMap.set(document.id, id);
    added.documents++;
  }

  // Parents before children: their codes sorted so that a parent is placed first.
  const codeMap = new Map<number, number>();
  const pending = [...theirs.codes];
  while (pending.length > 0) {
    const index = pending.findIndex(
      (code) =>
        code.parentId === null ||
        codeMap.has(code.parentId) ||
        !theirs.codes.some((c) => c.id === code.parentId),
    );
    const [code] = pending.splice(index < 0 ? 0 : index, 1);
    if (!code) break;
    const byGuid = idByGuid(db, 'codes', code.guid);
    if (byGuid !== undefined) {
      const ours = db.prepare('SELECT name FROM codes WHERE id = ?').get(byGuid) as { name: string };
      if (ours.name !== code.name) {
        const key = `code:${code.guid}`;
        conflicts.push({
          key,
          kind: 'code-name',
          label: ours.name,
          ours: ours.name,
          theirs: code.name,
          resolvable: true,
        });
        if (resolutions[key] === 'theirs' && !findCodeByName(db, code.name))
          updateCode(db, byGuid, { name: code.name });
      }
      codeMap.set(code.id, byGuid);
      matched.codes++;
      continue;
    }
    const byName = findCodeByName(db, code.name);
    if (byName) {
      codeMap.set(code.id, byName.id);
      matched.codes++;
      continue;
    }
    const id = insertCode(db, {
      guid: code.guid,
      name: code.name,
      color: code.color,
      parentId: code.parentId === null ? null : (codeMap.get(code.parentId) ?? null),
      createdAt: now,
    });
    updateCode(db, id, {
      description: code.description,
      inclusion: code.inclusion,
      exclusion: code.exclusion,
      archived: code.archived === 1,
    });
    codeMap.set(code.id, id);
    added.codes++;
  }

  const codingMap = new Map<number, number>();
  const identical = db.prepare(
    'SELECT id FROM codings WHERE document_id = ? AND code_id = ? AND coder_id = ? AND start = ? AND end = ?',
  );
  for (const coding of theirs.codings) {
    const documentId = documentMap.get(coding.documentId);
    const codeId = codeMap.get(coding.codeId);
    const coderId = coderMap.get(coding.coderId);
    if (documentId === undefined || codeId === undefined || coderId === undefined) continue;
    const existing =
      idByGuid(db, 'codings', coding.guid) ??
      (identical.get(documentId, codeId, coderId, coding.start, coding.end) as { id: number } | undefined)
        ?.id;
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
      body: memo.body,
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
  const link = db.prepare('INSERT OR IGNORE INTO case_documents (case_id, document_id) VALUES (?, ?)');
  for (const pair of theirs.caseDocuments) {
    const caseId = caseMap.get(pair.caseId);
    const documentId = documentMap.get(pair.documentId);
    if (caseId !== undefined && documentId !== undefined) link.run(caseId, documentId);
  }
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
    setAttributeValue(db, caseId, attributeId, value.value);
  }
  return { added, matched, conflicts };
}
