import { z } from 'zod';
import { op } from './operation.ts';
import { type Attribute, Empty, Id, IdInput, Name } from './shared.ts';

/** The cases operations of the contract: their inputs (zod), outputs and operation table. */

export const CreateCaseInput = z
  .object({
    name: Name,
    description: z.string().max(20000).optional(),
    documentIds: z.array(Id).max(100000).optional(),
  })
  .strict();

export const UpdateCaseInput = z
  .object({
    id: Id,
    name: Name.optional(),
    description: z.string().max(20000).optional(),
    documentIds: z.array(Id).max(100000).optional(),
  })
  .strict();

export const SetValueInput = z.object({ caseId: Id, attributeId: Id, value: z.string().max(1000) }).strict();

export interface Case {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly documentIds: readonly number[];
  /** Attribute id → value. */
  readonly values: Readonly<Record<number, string>>;
}

export interface CasesTable {
  readonly attributes: readonly Attribute[];
  readonly cases: readonly Case[];
}

export const casesOperations = {
  'cases/list': op<CasesTable>()(Empty),
  'cases/create': op<Case>()(CreateCaseInput),
  'cases/update': op<Case>()(UpdateCaseInput),
  'cases/delete': op<null>()(IdInput),
  'cases/setValue': op<Case>()(SetValueInput),
} as const;
