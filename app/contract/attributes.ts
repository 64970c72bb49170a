import { z } from 'zod';
import { op } from './operation.ts';
import { ATTRIBUTE_TYPES } from './enums.ts';
import { type Attribute, Id, IdInput, Name } from './shared.ts';

/** The attributes operations of the contract: their inputs (zod), outputs and operation table. */

const AttributeTypeInput = z.enum(ATTRIBUTE_TYPES);

export const CreateAttributeInput = z
  .object({
    name: Name,
    type: AttributeTypeInput,
    choices: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
  })
  .strict();

export const UpdateAttributeInput = z
  .object({
    id: Id,
    name: Name.optional(),
    type: AttributeTypeInput.optional(),
    choices: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
  })
  .strict();

export const attributesOperations = {
  'attributes/create': op<Attribute>()(CreateAttributeInput),
  'attributes/update': op<Attribute>()(UpdateAttributeInput),
  'attributes/delete': op<null>()(IdInput),
} as const;
