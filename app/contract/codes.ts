import { z } from 'zod';
import { op } from './operation.ts';
import type { Code } from './rows.ts';
import { CodeName, Color, Empty, Id, IdInput } from './shared.ts';

/** The codes operations of the contract: their inputs (zod), outputs and operation table. */

export const CreateCodeInput = z
  .object({ name: CodeName, parentId: Id.nullable().optional(), color: Color.optional() })
  .strict();

export const UpdateCodeInput = z
  .object({
    id: Id,
    name: CodeName.optional(),
    color: Color.optional(),
    parentId: Id.nullable().optional(),
    description: z.string().max(20000).optional(),
    inclusion: z.string().max(20000).optional(),
    exclusion: z.string().max(20000).optional(),
    exampleCodingId: Id.nullable().optional(),
    archived: z.boolean().optional(),
  })
  .strict();

export const MergeCodesInput = z.object({ sourceId: Id, targetId: Id }).strict();

export const SplitCodeInput = z
  .object({
    codeId: Id,
    codingIds: z.array(Id).min(1).max(100000),
    newName: z.string().trim().min(1).max(200),
  })
  .strict();

export const MoveCodeInput = z
  .object({ id: Id, parentId: Id.nullable(), index: z.number().int().nonnegative() })
  .strict();

export interface CodeDeletionPreview {
  readonly codeIds: readonly number[];
  readonly codeCount: number;
  readonly codingCount: number;
}

/** What a merge will do (codes/mergePreview) or did (codes/merge, with the target after it). */
export interface MergePreview {
  readonly movedCodings: number;
  /** Codings of the source on exactly the range of a target coding by the same coder. */
  readonly collapsedDuplicates: number;
}

export interface MergeReport extends MergePreview {
  readonly target: Code;
}

export const codesOperations = {
  'codes/list': op<readonly Code[]>()(Empty),
  'codes/create': op<Code>()(CreateCodeInput),
  'codes/update': op<Code>()(UpdateCodeInput),
  'codes/deletePreview': op<CodeDeletionPreview>()(IdInput),
  'codes/delete': op<CodeDeletionPreview>()(IdInput),
  'codes/move': op<Code>()(MoveCodeInput),
  /** The numbers the merge dialog shows, by the merge's own rule (app/codes/mergePlan.ts). */
  'codes/mergePreview': op<MergePreview>()(MergeCodesInput),
  'codes/merge': op<MergeReport>()(MergeCodesInput),
  'codes/split': op<Code>()(SplitCodeInput),
} as const;
