import { z } from 'zod';
import { op } from './operation.ts';
import { Color, Empty } from './shared.ts';

/** The coders operations of the contract: their inputs (zod), outputs and operation table. */

export const IdentityInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    initials: z.string().trim().min(1).max(4),
    color: Color,
  })
  .strict();

export interface CoderSummary {
  readonly name: string;
  readonly initials: string;
  readonly color: string;
  readonly codings: number;
}

export interface CoderIdentity {
  readonly name: string;
  readonly initials: string;
  readonly color: string;
}

export const codersOperations = {
  'coders/me': op<CoderIdentity>()(Empty),
  'coders/setMe': op<CoderIdentity>()(IdentityInput),
  /** The project's coders with their number of codings (for agreement and view filters). */
  'coders/list': op<readonly CoderSummary[]>()(Empty),
} as const;
