import {
  findCodeByName,
  findDocumentByChecksum,
  getCode,
  getDocument,
  idByGuid,
  insertCode,
  insertDocument,
  updateCode,
  type Db,
  type ProjectSnapshot,
} from '../../db/index.ts';
import type { MergeConflict } from '../contract/types.ts';
import type { BulkUpdates } from '../history/bulkChange.ts';
import type { MergeResolutions } from './mergeSnapshot.ts';

/** What matching one table gave: their id → ours, and what the merge report counts and says. */
export interface Matched {
  readonly ids: Map<number, number>;
  added: number;
  matched: number;
  readonly conflicts: MergeConflict[];
  /** Rows matched otherwise than by GUID, in words: the user should know (docs/REFI-QDA.md). */
  readonly notes: string[];
}

const start = (): Matched => ({ ids: new Map(), added: 0, matched: 0, conflicts: [], notes: [] });

function match(out: Matched, theirId: number, ourId: number): void {
  out.ids.set(theirId, ourId);
  out.matched++;
}

/** Documents by GUID, else by text checksum (the same interview imported on both sides). */
export function matchDocuments(db: Db, theirs: ProjectSnapshot): Matched {
  const out = start();
  for (const document of theirs.documents) {
    const byGuid = idByGuid(db, 'documents', document.guid);
    const byText = byGuid === undefined ? findDocumentByChecksum(db, document.checksum) : undefined;
    const ours = byGuid ?? byText?.id;
    if (ours !== undefined) {
      if (getDocument(db, ours)?.text !== document.text) {
        out.conflicts.push({
          key: `document:${document.guid}`,
          kind: 'document-text',
          label: document.name,
          ours: 'text in this project',
          theirs: 'a different text',
          resolvable: false,
        });
        continue; // Its codings cannot be placed on a different text.
      }
      if (byText)
        out.notes.push(
          `The document «${document.name}» was matched by its text with «${byText.name}», already in this project (their GUIDs differ).`,
        );
      match(out, document.id, ours);
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
    out.ids.set(document.id, id);
    out.added++;
  }
  return out;
}

/**
 * Codes by GUID, else by name: names are unique in a project, so a code of the same name
 * with another GUID can only be that code (or be renamed, which would split one concept in
 * two). Parents are placed before their children.
 */
export function matchCodes(
  db: Db,
  theirs: ProjectSnapshot,
  resolutions: MergeResolutions,
  now: string,
  updates: BulkUpdates,
): Matched {
  const out = start();
  const pending = [...theirs.codes];
  while (pending.length > 0) {
    const index = pending.findIndex(
      (code) =>
        code.parentId === null ||
        out.ids.has(code.parentId) ||
        !theirs.codes.some((c) => c.id === code.parentId),
    );
    const [code] = pending.splice(index < 0 ? 0 : index, 1);
    if (!code) break;
    const byGuid = idByGuid(db, 'codes', code.guid);
    if (byGuid !== undefined) {
      const ours = getCode(db, byGuid) ?? { name: code.name };
      if (ours.name !== code.name) {
        const key = `code:${code.guid}`;
        out.conflicts.push({
          key,
          kind: 'code-name',
          label: ours.name,
          ours: ours.name,
          theirs: code.name,
          resolvable: true,
        });
        if (resolutions[key] === 'theirs' && !findCodeByName(db, code.name))
          updates.update('codes', { id: byGuid }, () => updateCode(db, byGuid, { name: code.name }));
      }
      match(out, code.id, byGuid);
      continue;
    }
    const byName = findCodeByName(db, code.name);
    if (byName) {
      out.notes.push(
        `The code «${code.name}» was matched by name with «${byName.name}», already in this project (their GUIDs differ): its codings and sets go to that code.`,
      );
      match(out, code.id, byName.id);
      continue;
    }
    const id = insertCode(db, {
      guid: code.guid,
      name: code.name,
      color: code.color,
      parentId: code.parentId === null ? null : (out.ids.get(code.parentId) ?? null),
      createdAt: now,
    });
    updateCode(db, id, {
      description: code.description,
      inclusion: code.inclusion,
      exclusion: code.exclusion,
      archived: code.archived === 1,
    });
    out.ids.set(code.id, id);
    out.added++;
  }
  return out;
}
