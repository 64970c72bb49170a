import { z } from 'zod';
import { op } from './operation.ts';
import { MEMO_TARGET_KINDS, type MemoTargetKind } from './enums.ts';
import { Id, IdInput } from './shared.ts';

/** The memos operations of the contract: their inputs (zod), outputs and operation table. */

const MemoTargetKindInput = z.enum(MEMO_TARGET_KINDS);

export const MemoListInput = z
  .object({
    targetKind: MemoTargetKindInput.optional(),
    targetId: Id.optional(),
    query: z.string().max(500).optional(),
  })
  .strict();

export const SaveMemoInput = z
  .object({
    id: Id.optional(),
    targetKind: MemoTargetKindInput,
    targetId: Id.nullable(),
    title: z.string().max(500),
    body: z.string().max(5_000_000),
    plainText: z.string().max(5_000_000),
  })
  .strict()
  .refine((memo) => (memo.targetKind === 'project') === (memo.targetId === null), {
    message: 'a project memo has no targetId; other memos need one',
  });

export interface MemoSummary {
  readonly id: number;
  readonly targetKind: MemoTargetKind;
  readonly targetId: number | null;
  /** The document, code or coding the memo is about, in words. */
  readonly targetLabel: string;
  readonly title: string;
  readonly excerpt: string;
  readonly author: string | null;
  readonly updatedAt: string;
}

export interface Memo extends MemoSummary {
  /** Lexical editor state, JSON. */
  readonly body: string;
  readonly plainText: string;
}

export const memosOperations = {
  'memos/list': op<readonly MemoSummary[]>()(MemoListInput),
  'memos/get': op<Memo>()(IdInput),
  'memos/save': op<Memo>()(SaveMemoInput),
  'memos/delete': op<null>()(IdInput),
} as const;
