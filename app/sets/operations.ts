import { randomUUID } from 'node:crypto';
import {
  deleteSet,
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
import { NOT_IN_HISTORY, read, unrecorded, type OperationGroup } from '../registration/registry.ts';

const LABEL: Record<SetKind, string> = { document: 'document set', code: 'code group' };
const NOT_FOUND_KEY = { document: 'documentSetNotFound', code: 'codeGroupNotFound' } as const;
const EXISTS_KEY = { document: 'documentSetExists', code: 'codeGroupExists' } as const;

function setNotFound(kind: SetKind, id: number): AppError {
  return new AppError('NOT_FOUND', `There is no ${LABEL[kind]} with id ${id}.`, {
    key: NOT_FOUND_KEY[kind],
    params: { id },
  });
}

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
  'sets/create': unrecorded(NOT_IN_HISTORY, ({ kind, name, memberIds }, session) => {
    const db = session.db();
    checkName(db, kind, name);
    checkMembers(db, kind, memberIds);
    const id = insertSet(db, kind, randomUUID(), name);
    setMembers(db, kind, id, memberIds ?? []);
    return requireSet(db, kind, id);
  }),
  'sets/update': unrecorded(NOT_IN_HISTORY, ({ kind, id, name, memberIds }, session) => {
    const db = session.db();
    requireSet(db, kind, id);
    if (name !== undefined) {
      checkName(db, kind, name, id);
      renameSet(db, kind, id, name);
    }
    if (memberIds !== undefined) {
      checkMembers(db, kind, memberIds);
      setMembers(db, kind, id, memberIds);
    }
    return requireSet(db, kind, id);
  }),
  'sets/delete': unrecorded(NOT_IN_HISTORY, ({ kind, id }, session) => {
    const db = session.db();
    if (!deleteSet(db, kind, id)) throw setNotFound(kind, id);
    return null;
  }),
} satisfies OperationGroup;
