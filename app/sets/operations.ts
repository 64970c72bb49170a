import { randomUUID } from 'node:crypto';
import {
  getCode,
  getDocument,
  insertSet,
  listSets,
  renameSet,
  setMembers,
  type Db,
  type SetKind,
} from '../../db/index.ts';
import type { NamedSet } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { HistoryPhraseKey } from '../contract/historyPhrases.ts';
import { mutation, read, type OperationGroup } from '../registration/registry.ts';

const LABEL: Record<SetKind, string> = { document: 'document set', code: 'code group' };
const NOT_FOUND_KEY = { document: 'documentSetNotFound', code: 'codeGroupNotFound' } as const;
const EXISTS_KEY = { document: 'documentSetExists', code: 'codeGroupExists' } as const;

function setNotFound(kind: SetKind, id: number): AppError {
  return new AppError('NOT_FOUND', `There is no ${LABEL[kind]} with id ${id}.`, {
    key: NOT_FOUND_KEY[kind],
    params: { id },
  });
}

/** A set is recorded whole, with its members (db/queries/wholeRows.ts). */
const WHOLE = { document: 'document_set_whole', code: 'code_group_whole' } as const;

type SetVerb = 'Create' | 'Rename' | 'Edit' | 'Delete';
const phraseKey = (kind: SetKind, verb: SetVerb): HistoryPhraseKey =>
  `${kind === 'document' ? 'documentSet' : 'codeGroup'}${verb}`;

function requireSet(db: Db, kind: SetKind, id: number): NamedSet {
  const found = listSets(db, kind).find((set) => set.id === id);
  if (!found) throw setNotFound(kind, id);
  return { id: found.id, kind, name: found.name, memberIds: found.memberIds };
}

function checkMembers(db: Db, kind: SetKind, ids: readonly number[] | undefined): void {
  for (const id of ids ?? []) {
    const exists = kind === 'document' ? getDocument(db, id) : getCode(db, id);
    if (!exists)
      throw new AppError('NOT_FOUND', `There is no ${kind} with id ${id} in this project.`, {
        key: kind === 'document' ? 'documentNotFound' : 'codeNotFound',
        params: { id },
      });
  }
}

function checkName(db: Db, kind: SetKind, name: string, exceptId?: number): void {
  const clash = listSets(db, kind).find(
    (set) => set.name.toLowerCase() === name.toLowerCase() && set.id !== exceptId,
  );
  if (clash)
    throw new AppError('CONFLICT', `A ${LABEL[kind]} named "${clash.name}" already exists.`, {
      key: EXISTS_KEY[kind],
      params: { name: clash.name },
    });
}

/** Document sets and code groups (a code may belong to several groups). */
export const setOperations = {
  'sets/list': read(({ kind }, session) =>
    listSets(session.db(), kind).map((set) => ({
      id: set.id,
      kind,
      name: set.name,
      memberIds: set.memberIds,
    })),
  ),
  'sets/create': mutation({ kind: 'set.create' }, ({ kind, name, memberIds }, { db, changes, describe }) => {
    checkName(db, kind, name);
    checkMembers(db, kind, memberIds);
    const id = insertSet(db, kind, randomUUID(), name);
    setMembers(db, kind, id, memberIds ?? []);
    changes.inserted(WHOLE[kind], id);
    describe({ key: phraseKey(kind, 'Create'), values: { name } });
    return requireSet(db, kind, id);
  }),
  'sets/update': mutation(
    { kind: 'set.update' },
    ({ kind, id, name, memberIds }, { db, changes, describe }) => {
      const current = requireSet(db, kind, id);
      if (name !== undefined) checkName(db, kind, name, id);
      if (memberIds !== undefined) checkMembers(db, kind, memberIds);
      changes.update(WHOLE[kind], id, () => {
        if (name !== undefined) renameSet(db, kind, id, name);
        if (memberIds !== undefined) setMembers(db, kind, id, memberIds);
      });
      describe(
        name !== undefined && name !== current.name
          ? { key: phraseKey(kind, 'Rename'), values: { name: current.name, to: name } }
          : { key: phraseKey(kind, 'Edit'), values: { name: current.name } },
      );
      return requireSet(db, kind, id);
    },
  ),
  'sets/delete': mutation({ kind: 'set.delete' }, ({ kind, id }, { db, changes, describe }) => {
    const current = requireSet(db, kind, id);
    changes.delete(WHOLE[kind], id);
    describe({ key: phraseKey(kind, 'Delete'), values: { name: current.name } });
    return null;
  }),
} satisfies OperationGroup;
