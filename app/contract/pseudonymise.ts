import { z } from 'zod';
import { op } from './operation.ts';
import { SHARE_SCOPES } from './enums.ts';
import { type ExportedFile, type FindingGroup, Id, ReplacementInput } from './shared.ts';

/** The pseudonymise operations of the contract: their inputs (zod), outputs and operation table. */

// Pseudonymisation (docs/PSEUDONYMISATION.md); ReplacementInput is shared with the import inputs.
export const ScanDocumentsInput = z.object({ documentIds: z.array(Id).max(100000) }).strict();

export const ScanForExportInput = z
  .object({
    /** The export about to run: excerpts, the codebook for a paper, a .qdpx or a .qdc. */
    scope: z.enum(SHARE_SCOPES),
    /** Excerpts only: the memos are written too. */
    includeMemos: z.boolean().optional(),
    /** Excerpts only: the codes exported (none: every code), whose quotes are scanned. */
    codeIds: z.array(Id).max(10000).optional(),
  })
  .strict();

export const ApplyPseudonymsInput = z
  .object({
    documentIds: z.array(Id).max(100000),
    replacements: z.array(ReplacementInput).min(1).max(100000),
  })
  .strict();

export const MappingFileInput = z
  .object({ replacements: z.array(ReplacementInput).min(1).max(100000) })
  .strict();

export interface PseudonymiseReport {
  /** Documents whose text or speaker labels changed. */
  readonly documents: number;
  /** Occurrences replaced, in texts and speaker labels. */
  readonly replaced: number;
  /**
   * Occurrences replaced elsewhere: document and source file names, memos, the codebook,
   * cases and sets (earlier copies in the history are purged too, not counted).
   */
  readonly elsewhere: number;
}

export const pseudonymiseOperations = {
  /** Likely identifiers in documents (all of them when documentIds is empty), grouped. */
  'pseudonymise/scanDocuments': op<readonly FindingGroup[]>()(ScanDocumentsInput),
  /** Before an export: the transcripts it writes and its other texts (memos, cases, codebook). */
  'pseudonymise/scanForExport': op<readonly FindingGroup[]>()(ScanForExportInput),
  /** Replaces the accepted identifiers everywhere. Cannot be undone: the UI confirms first. */
  'pseudonymise/applyToDocuments': op<PseudonymiseReport>()(ApplyPseudonymsInput),
  /** The mapping as a CSV file to save apart; nothing of it is written to the project. */
  'pseudonymise/mappingFile': op<ExportedFile>()(MappingFileInput),
} as const;
