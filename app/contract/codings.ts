import { z } from 'zod';
import { op } from './operation.ts';
import { CODING_VIEWS } from './enums.ts';
import type { AnalysisCoding } from './rows.ts';
import { CodeName, type Excerpt, Id, IdInput, Offset } from './shared.ts';

/** The codings operations of the contract: their inputs (zod), outputs and operation table. */

export const CodingTarget = z
  .object({
    documentId: Id,
    start: Offset,
    end: Offset,
    codeId: Id.optional(),
    codeName: CodeName.optional(),
    coder: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .refine((value) => (value.codeId === undefined) !== (value.codeName === undefined), {
    message: 'give either codeId or codeName',
  });

/**
 * The most codings one codings/create saves (one transaction, so a batch is saved whole or
 * not at all); a script splits a larger batch. 200,000 codings took 290 MB at peak.
 */
export const MAX_CODINGS_PER_BATCH = 250000;

export const CreateCodingsInput = z
  .object({ items: z.array(CodingTarget).min(1).max(MAX_CODINGS_PER_BATCH) })
  .strict();

export const CodingViewInput = z.enum(CODING_VIEWS);

export const DocumentCodingsInput = z
  .object({ documentId: Id, view: CodingViewInput.optional(), coder: z.string().max(200).optional() })
  .strict();

export const UpdateCodingInput = z.object({ id: Id, start: Offset, end: Offset }).strict();

export const RecodeInput = z.object({ codingIds: z.array(Id).min(1).max(100000), codeId: Id }).strict();

export const IdsInput = z.object({ ids: z.array(Id).min(1).max(100000) }).strict();

export const ExcerptFilterInput = z
  .object({
    codeId: Id,
    coders: z.array(z.string().max(200)).max(1000).optional(),
    documentIds: z.array(Id).max(100000).optional(),
    speakers: z.array(z.string().max(200)).max(1000).optional(),
  })
  .strict();

export const ContextInput = z
  .object({ codingId: Id, chars: z.number().int().positive().max(5000).optional() })
  .strict();

export interface Coding extends AnalysisCoding {
  readonly quote: string;
}

export interface ExcerptContext {
  readonly codingId: number;
  readonly before: string;
  readonly quote: string;
  readonly after: string;
  /** The turn goes on before `before` / after `after`: the view shows an ellipsis. */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

export const codingsOperations = {
  'codings/create': op<readonly Coding[]>()(CreateCodingsInput),
  'codings/delete': op<null>()(IdInput),
  'codings/ofDocument': op<readonly Coding[]>()(DocumentCodingsInput),
  'codings/excerptsOfCode': op<readonly Excerpt[]>()(ExcerptFilterInput),
  'codings/update': op<Coding>()(UpdateCodingInput),
  'codings/recode': op<readonly Coding[]>()(RecodeInput),
  'codings/deleteMany': op<null>()(IdsInput),
  'codings/context': op<ExcerptContext>()(ContextInput),
} as const;
