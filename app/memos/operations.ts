import { randomUUID } from 'node:crypto';
import {
  ensureCoder,
  getCode,
  getCoding,
  getDocument,
  getMemo,
  insertMemo,
  lastDoneEvent,
  listMemos,
  updateEventChanges,
  updateMemoContent,
  type Db,
  type MemoRow,
} from '../../db/index.ts';
import type { Memo, MemoSummary, MemoTargetKind } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import type { ChangeSet, RowChange } from '../history/changeSet.ts';
import { cutText } from '../text/cutText.ts';
import { mutation, read, type OperationGroup } from '../registration/registry.ts';

/** How a memo is named in the history: its title, else the start of its text. */
function memoLabel(title: string, plainText: string): string {
  return title || cutText(plainText, 40);
}

const EXCERPT_LENGTH = 160;

function toSummary(row: MemoRow): MemoSummary {
  return {
    id: row.id,
    targetKind: row.targetKind,
    targetId: row.targetId,
    targetLabel: row.targetKind === 'project' ? '' : (row.targetLabel ?? ''),
    title: row.title,
    excerpt: row.plainText.slice(0, EXCERPT_LENGTH),
    author: row.author,
    updatedAt: row.updatedAt,
  };
}

function toMemo(row: MemoRow): Memo {
  return { ...toSummary(row), body: row.body, plainText: row.plainText };
}

function requireMemo(db: Db, id: number): MemoRow {
  const memo = getMemo(db, id);
  if (!memo)
    throw new AppError('NOT_FOUND', `There is no memo with id ${id} in this project.`, {
      key: 'memoNotFound',
      params: { id },
    });
  return memo;
}

function requireTarget(db: Db, kind: MemoTargetKind, id: number | null): void {
  if (kind === 'project') return;
  const exists =
    id !== null &&
    (kind === 'document' ? getDocument(db, id) : kind === 'code' ? getCode(db, id) : getCoding(db, id)) !==
      undefined;
  if (!exists)
    throw new AppError('NOT_FOUND', `There is no ${kind} with id ${String(id)} to attach the memo to.`, {
      key: kind === 'document' ? 'documentNotFound' : kind === 'code' ? 'codeNotFound' : 'codingNotFound',
      params: { id: String(id) },
    });
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Memos are saved as the user types. Successive saves of the same memo fold into one
 * history event (its first "before", the latest "after"), so that Undo reverts the whole
 * edit rather than one keystroke.
 */
function foldIntoLastEvent(db: Db, memoId: number, changes: ChangeSet): boolean {
  const last = lastDoneEvent(db);
  if (!last || last.kind !== 'memo.edit') return false;
  const previous = JSON.parse(last.changes) as RowChange[];
  const [only] = previous;
  if (previous.length !== 1 || !only || Number(only.after?.id) !== memoId) return false;
  const [current] = changes.changes;
  if (!current) return true;
  updateEventChanges(
    db,
    last.id,
    JSON.stringify([{ ...only, after: current.after }]),
    new Date().toISOString(),
  );
  return true;
}

export const memoOperations = {
  'memos/list': read(({ targetKind, targetId, query }, session) => {
    const rows = listMemos(session.db(), { targetKind, targetId });
    const wanted = query?.trim() ? normalise(query.trim()) : null;
    return rows
      .filter(
        (row) =>
          wanted === null ||
          normalise(`${row.title}\n${row.plainText}\n${row.targetLabel ?? ''}`).includes(wanted),
      )
      .map(toSummary);
  }),
  'memos/get': read(({ id }, session) => toMemo(requireMemo(session.db(), id))),
  // A new memo is 'memo.create'; an edit is 'memo.edit', folded into the previous edit of
  // the same memo when there is one.
  'memos/save': mutation(
    { kind: 'memo.edit' },
    (
      { id, targetKind, targetId, title, body, plainText },
      { db, changes, coder, describe, foldedIntoEarlierEvent },
    ) => {
      const at = new Date().toISOString();
      if (id === undefined) {
        requireTarget(db, targetKind, targetId);
        const newId = insertMemo(db, {
          guid: randomUUID(),
          targetKind,
          targetId,
          title,
          body,
          plainText,
          authorId: ensureCoder(db, coder),
          at,
        });
        changes.inserted('memos', newId);
        describe(
          { key: 'memoWrite', values: { name: memoLabel(title, plainText) } },
          { kind: 'memo.create' },
        );
        return toMemo(requireMemo(db, newId));
      }
      const memo = requireMemo(db, id);
      changes.update('memos', id, () => updateMemoContent(db, id, { title, body, plainText, at }));
      if (foldIntoLastEvent(db, id, changes)) foldedIntoEarlierEvent();
      else describe({ key: 'memoEdit', values: { name: memoLabel(memo.title, memo.plainText) } });
      return toMemo(requireMemo(db, id));
    },
  ),
  'memos/delete': mutation({ kind: 'memo.delete' }, ({ id }, { db, changes, describe }) => {
    const memo = requireMemo(db, id);
    changes.delete('memos', id);
    describe({ key: 'memoDelete', values: { name: memoLabel(memo.title, memo.plainText) } });
    return null;
  }),
} satisfies OperationGroup;
