import { z } from 'zod';
import { op } from './operation.ts';
import { AGREEMENT_DECISIONS } from './agreementDecisions.ts';
import { AGREEMENT_UNITS, type AgreementUnit } from './enums.ts';
import { Id, Offset, type QuoteTurn } from './shared.ts';

/** The agreement operations of the contract: their inputs (zod), outputs and operation table. */

/** Inter-coder agreement (docs/AGREEMENT.md). Coders are named as on their codings. */
const CoderName = z.string().trim().min(1).max(200);

export const AgreementUnitInput = z.enum(AGREEMENT_UNITS);

const AgreementCoders = z
  .array(CoderName)
  .min(2, 'agreement needs at least two coders')
  .max(20)
  .refine((names) => new Set(names).size === names.length, 'each coder may be named once');

export const AgreementInput = z
  .object({
    coders: AgreementCoders,
    unit: AgreementUnitInput,
    codeIds: z.array(Id).min(1).max(10000).optional(),
    documentIds: z.array(Id).min(1).max(100000).optional(),
  })
  .strict();

export const DisagreementsInput = z
  .object({
    coders: AgreementCoders,
    unit: AgreementUnitInput,
    codeId: Id,
    documentIds: z.array(Id).min(1).max(100000).optional(),
  })
  .strict();

export const ResolveDisagreementInput = z
  .object({
    codeId: Id,
    documentId: Id,
    start: Offset,
    end: Offset,
    decision: z.enum(AGREEMENT_DECISIONS),
    coders: z.tuple([CoderName, CoderName]).refine(([a, b]) => a !== b, 'the two coders must differ'),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .refine((value) => value.start < value.end, { message: 'start must be before end' });

/** Agreement on one code, or pooled over codes; definitions in docs/AGREEMENT.md. */
export interface AgreementFigures {
  /** Share in [0, 1] of agreeing pairs of values; null when no unit is pairable. */
  readonly percent: number | null;
  /** Cohen's kappa; null with more than two coders, or when undefined. */
  readonly kappa: number | null;
  /** Krippendorff's alpha (nominal); null when undefined. */
  readonly alpha: number | null;
  /** Why a figure is null, in plain words. */
  readonly reasons: { readonly percent?: string; readonly kappa?: string; readonly alpha?: string };
  /** Units compared: characters, segments or documents (pooled: unit × code cells). */
  readonly units: number;
  /** Units on which the coders do not all give the same value. */
  readonly disagreements: number;
}

export interface AgreementCodeFigures extends AgreementFigures {
  readonly codeId: number;
  readonly name: string;
}

export interface AgreementResult {
  readonly unit: AgreementUnit;
  readonly coders: readonly string[];
  /** The documents compared (by default those every chosen coder has coded in). */
  readonly documents: readonly { readonly id: number; readonly name: string }[];
  readonly codes: readonly AgreementCodeFigures[];
  readonly pooled: AgreementFigures;
}

export type AgreementDecision = (typeof AGREEMENT_DECISIONS)[number];

export interface AgreementDecisionRecord {
  readonly decision: AgreementDecision;
  readonly by: string | null;
  readonly at: string;
  readonly note: string;
}

export interface DisagreementSide {
  readonly coder: string;
  /** The coder applied the code somewhere in the place. */
  readonly covered: boolean;
  readonly codingIds: readonly number[];
  readonly codings: readonly {
    readonly id: number;
    readonly start: number;
    readonly end: number;
    readonly quote: string;
  }[];
}

/** One place where coders differ on a code, each coder's codings side by side. */
export interface DisagreementPlace {
  readonly documentId: number;
  readonly documentName: string;
  readonly start: number;
  readonly end: number;
  /** The text of the place (cut after 400 characters). */
  readonly text: string;
  /** Speaker of the segment where the place starts. */
  readonly speaker: string | null;
  /** The place's parts by speaker when it spans turns of several speakers (see Excerpt.turns). */
  readonly turns: readonly QuoteTurn[] | null;
  readonly byCoder: readonly DisagreementSide[];
  /** A decision already recorded on exactly this place (e.g. keep both), else null. */
  readonly resolution: AgreementDecisionRecord | null;
}

export interface DisagreementResolution {
  readonly decision: AgreementDecision;
  readonly removed: number;
  readonly created: number;
  readonly adjusted: number;
}

export const agreementOperations = {
  /** Inter-coder agreement per code and pooled (docs/AGREEMENT.md). */
  'agreement/compute': op<AgreementResult>()(AgreementInput),
  'agreement/disagreements': op<readonly DisagreementPlace[]>()(DisagreementsInput),
  /** Settles one place (keep A, keep B, keep both, remove); recorded in the history. */
  'agreement/resolve': op<DisagreementResolution>()(ResolveDisagreementInput),
} as const;
