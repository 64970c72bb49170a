import { z } from 'zod';
import { op } from './operation.ts';
import { SET_KINDS, type SetKind } from './enums.ts';
import { Id, Name } from './shared.ts';

/** The sets operations of the contract: their inputs (zod), outputs and operation table. */

const SetKindInput = z.enum(SET_KINDS);

export const SetKindOnly = z.object({ kind: SetKindInput }).strict();

export const CreateSetInput = z
  .object({ kind: SetKindInput, name: Name, memberIds: z.array(Id).max(100000).optional() })
  .strict();

export const UpdateSetInput = z
  .object({
    kind: SetKindInput,
    id: Id,
    name: Name.optional(),
    memberIds: z.array(Id).max(100000).optional(),
  })
  .strict();

export const DeleteSetInput = z.object({ kind: SetKindInput, id: Id }).strict();

export interface NamedSet {
  readonly id: number;
  readonly kind: SetKind;
  readonly name: string;
  readonly memberIds: readonly number[];
}

export const setsOperations = {
  'sets/list': op<readonly NamedSet[]>()(SetKindOnly),
  'sets/create': op<NamedSet>()(CreateSetInput),
  'sets/update': op<NamedSet>()(UpdateSetInput),
  'sets/delete': op<null>()(DeleteSetInput),
} as const;
