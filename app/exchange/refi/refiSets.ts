import {
  addSetMembers,
  findSetByGuidOrName,
  idByGuid,
  insertSet,
  type Db,
  type SetKind,
} from '../../../db/index.ts';
import { attr, child, children, type XmlNode } from './parseXml.ts';
import { normaliseGuid } from './values.ts';

/** A REFI `Set` as read: its members by GUID, resolved only once the import is merged. */
export interface RefiSet {
  readonly guid: string;
  readonly name: string;
  readonly sourceGuids: readonly string[];
  readonly codeGuids: readonly string[];
  readonly notes: number;
}

// A project writes members as targetGUID, a .qdc as guid (FORMAT.md): accept both.
const memberGuids = (node: XmlNode, name: string): string[] =>
  children(node, name).flatMap((member) => {
    const guid = attr(member, 'targetGUID') ?? attr(member, 'guid');
    return guid ? [normaliseGuid(guid)] : [];
  });

/** The `Sets` of a Project or CodeBook element. */
export function readRefiSets(root: XmlNode): RefiSet[] {
  return children(child(root, 'Sets'), 'Set').flatMap((set, index) => {
    const guid = attr(set, 'guid');
    if (!guid) return [];
    return [
      {
        guid: normaliseGuid(guid),
        name: (attr(set, 'name') ?? '').trim() || `Set ${index + 1}`,
        sourceGuids: memberGuids(set, 'MemberSource'),
        codeGuids: memberGuids(set, 'MemberCode'),
        notes: children(set, 'MemberNote').length,
      },
    ];
  });
}

/** Where the merge put the file's documents and codes: their GUID → our id (mergeWithIds). */
export interface MergedIds {
  readonly documentIds: ReadonlyMap<string, number>;
  readonly codeIds: ReadonlyMap<string, number>;
}

/**
 * Makes each set a document set (its sources) and/or a code group (its codes), found by GUID
 * or name, else created; members are only ever added, so importing twice changes nothing.
 * Runs inside the caller's transaction, after the merge has stored the members.
 *
 * Members are found through the merge's mapping, not by GUID in the project: a code the
 * merge matched by name, or a document matched by its text, has another GUID here. A member
 * the file does not hold may still be in the project under its GUID.
 */
export function applyRefiSets(
  db: Db,
  sets: readonly RefiSet[],
  merged: MergedIds,
): { sets: number; skipped: { what: string; why: string }[] } {
  let kept = 0;
  const skipped: { what: string; why: string }[] = [];
  const place = (set: RefiSet, kind: SetKind, guids: readonly string[]): void => {
    const mapped = kind === 'document' ? merged.documentIds : merged.codeIds;
    const table = kind === 'document' ? 'documents' : 'codes';
    const found = guids.flatMap((guid) => {
      const id = mapped.get(guid) ?? idByGuid(db, table, guid);
      return id === undefined ? [] : [id];
    });
    // Two members of the file can be one row here (matched by name or text).
    const ids = [...new Set(found)];
    if (guids.length === 0) return;
    const what = kind === 'document' ? 'sources' : 'codes';
    if (ids.length === 0) {
      skipped.push({
        what: `the set «${set.name}» (${what})`,
        why: `none of its ${guids.length} ${what} was imported.`,
      });
      return;
    }
    const setId =
      findSetByGuidOrName(db, kind, set.guid, set.name) ?? insertSet(db, kind, set.guid, set.name);
    addSetMembers(db, kind, setId, ids);
    kept++;
    if (found.length < guids.length)
      skipped.push({
        what: `${guids.length - found.length} of the ${what} in the set «${set.name}»`,
        why: 'they were not imported.',
      });
  };
  for (const set of sets) {
    place(set, 'document', set.sourceGuids);
    place(set, 'code', set.codeGuids);
    if (set.notes > 0)
      skipped.push({
        what: `${set.notes} note(s) in the set «${set.name}»`,
        why: 'Verbatim sets hold documents or codes, not memos.',
      });
    if (set.sourceGuids.length === 0 && set.codeGuids.length === 0 && set.notes === 0)
      skipped.push({ what: `the set «${set.name}»`, why: 'it is empty.' });
  }
  return { sets: kept, skipped };
}
