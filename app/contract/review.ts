import { z } from 'zod';
import { op } from './operation.ts';
import { EXPORT_LANGUAGES, type CodebookChangeKind } from './enums.ts';
import type { ProposalRow } from './rows.ts';
import { Empty, type ExportedFile, Id } from './shared.ts';

/** The review operations of the contract: their inputs (zod), outputs and operation table. */

export const FreezeInput = z.object({ name: z.string().trim().min(1).max(200) }).strict();

export const VersionInput = z.object({ versionId: Id }).strict();

export const ChangelogInput = z
  .object({ versionId: Id, format: z.literal('md'), language: z.enum(EXPORT_LANGUAGES).optional() })
  .strict();

export const ProposalPayloadInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('new-code'),
      name: z.string().trim().min(1).max(200),
      parentId: Id.nullable().optional(),
      description: z.string().max(20000).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('definition'),
      codeId: Id,
      description: z.string().max(20000).optional(),
      inclusion: z.string().max(20000).optional(),
      exclusion: z.string().max(20000).optional(),
    })
    .strict(),
  z.object({ kind: z.literal('rename'), codeId: Id, name: z.string().trim().min(1).max(200) }).strict(),
  z.object({ kind: z.literal('merge'), sourceId: Id, targetId: Id }).strict(),
]);

export const ProposeInput = z
  .object({
    payload: ProposalPayloadInput,
    comment: z.string().max(20000).optional(),
    author: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export const DecideInput = z
  .object({ id: Id, accept: z.boolean(), comment: z.string().max(20000).optional() })
  .strict();

export interface CodebookVersion {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly codeCount: number;
}

export interface CodebookChangeEntry {
  readonly kind: CodebookChangeKind;
  readonly code: string;
  readonly detail: string;
}

export type ProposalPayload =
  | {
      readonly kind: 'new-code';
      readonly name: string;
      readonly parentId?: number | null | undefined;
      readonly description?: string | undefined;
    }
  | {
      readonly kind: 'definition';
      readonly codeId: number;
      readonly description?: string | undefined;
      readonly inclusion?: string | undefined;
      readonly exclusion?: string | undefined;
    }
  | { readonly kind: 'rename'; readonly codeId: number; readonly name: string }
  | { readonly kind: 'merge'; readonly sourceId: number; readonly targetId: number };

/** A proposal as the interface shows it: the stored row with its payload parsed. */
export interface Proposal extends Omit<ProposalRow, 'guid' | 'kind' | 'payload'> {
  readonly payload: ProposalPayload;
}

export const reviewOperations = {
  'review/freeze': op<CodebookVersion>()(FreezeInput),
  'review/versions': op<readonly CodebookVersion[]>()(Empty),
  'review/changes': op<readonly CodebookChangeEntry[]>()(VersionInput),
  'review/changelog': op<ExportedFile>()(ChangelogInput),
  'review/propose': op<Proposal>()(ProposeInput),
  'review/proposals': op<readonly Proposal[]>()(Empty),
  'review/decide': op<Proposal>()(DecideInput),
} as const;
