import { createHash, randomUUID } from 'node:crypto';
import { emptySnapshot, type ProjectSnapshot } from '../../../db/index.ts';
import { attr, child, children, type XmlNode } from './parseXml.ts';
import { normaliseGuid } from './values.ts';
import type { MemoTargetKind } from '../../contract/enums.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** Something an imported memo can be attached to. */
export interface MemoTarget {
  readonly kind: MemoTargetKind;
  readonly id: number | null;
  /** The GUID of what the memo ends up on, to derive a stable GUID for a second memo. */
  readonly guid: string;
  /** Why the memo lands there rather than where the file put it, for the report. */
  readonly moved?: string;
}

/** What the parts of a project import share while they read one file. */
export interface ReadContext {
  readonly origin: string;
  readonly now: string;
  readonly snapshot: Mutable<ProjectSnapshot>;
  readonly skipped: { what: string; why: string }[];
  readonly warnings: string[];
  /** Imported things by their normalised GUID: where a note on them goes. */
  readonly memoTargets: Map<string, MemoTarget[]>;
  readonly codeByGuid: Map<string, number>;
  readSource(path: string): string | null;
  /** A new id, local to the snapshot. */
  id(): number;
  /**
   * The coder of the first of `guids` that names a user of the file, else of the project's
   * creator (`Project@creatingUserGUID`); without any, one coder named after the importing tool.
   */
  coderOf(...guids: (string | undefined)[]): number;
}

/** A GUID of the file, normalised; a new one when the element has none. */
export function guidOf(node: XmlNode | undefined): string {
  return normaliseGuid(attr(node, 'guid') ?? randomUUID());
}

/**
 * A GUID made from others, the same on every import of the file (so that a second import
 * matches what the first added): for the second memo of a note, or a selection's comment.
 */
export function derivedGuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function createReadContext(
  root: XmlNode,
  readSource: (path: string) => string | null,
): ReadContext & { readonly users: number } {
  const origin = attr(root, 'origin') ?? '';
  const snapshot: Mutable<ProjectSnapshot> = emptySnapshot();
  let nextId = 1;
  const id = (): number => nextId++;
  // Users → coders. Codings by unknown users are the importing tool's.
  const coderByGuid = new Map<string, number>();
  for (const user of children(child(root, 'Users'), 'User')) {
    const coderId = id();
    const guid = guidOf(user);
    coderByGuid.set(guid, coderId);
    snapshot.coders.push({
      id: coderId,
      guid,
      name: attr(user, 'name') ?? attr(user, 'id') ?? `User ${coderByGuid.size}`,
    });
  }
  let fallbackCoder: number | null = null;
  const projectCreator = attr(root, 'creatingUserGUID');
  const coderOf = (...guids: (string | undefined)[]): number => {
    for (const guid of [...guids, projectCreator]) {
      const known = guid ? coderByGuid.get(normaliseGuid(guid)) : undefined;
      if (known !== undefined) return known;
    }
    fallbackCoder ??= (() => {
      const coderId = id();
      snapshot.coders.push({
        id: coderId,
        guid: randomUUID(),
        name: origin ? `${origin} import` : 'REFI-QDA import',
      });
      return coderId;
    })();
    return fallbackCoder;
  };
  return {
    origin,
    now: new Date().toISOString(),
    snapshot,
    skipped: [],
    warnings: [],
    memoTargets: new Map([['project', [{ kind: 'project', id: null, guid: 'project' }]]]),
    codeByGuid: new Map(),
    readSource,
    id,
    coderOf,
    users: coderByGuid.size,
  };
}

/** Registers `target` as a place for the notes of the element `guid`. */
export function addMemoTarget(context: ReadContext, guid: string, target: MemoTarget): void {
  const list = context.memoTargets.get(guid) ?? [];
  list.push(target);
  context.memoTargets.set(guid, list);
}
