import { z } from 'zod';
import type { ImportReport } from './documents.ts';
import { type AttributeType, MATRIX_COLUMNS, MATRIX_MEASURES } from './enums.ts';
import type { ExcerptRow } from './rows.ts';

/** Inputs and shapes the contract's domains share (ids, paths, filters, rows several return). */

export const Id = z.number().int().positive();

export const Offset = z.number().int().nonnegative();

/**
 * A file on the user's disk. Every path field of the contract uses this schema: the shells
 * find path fields by it (app/operationAccess.ts) and accept only paths the user chose.
 */
export const FilePath = z.string().trim().min(1, 'a file path is required').max(4096);

export const CodeName = z.string().trim().min(1, 'a code name is required').max(200);

export const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/u, 'a colour is #rrggbb');

export const Empty = z.object({}).strict();

export const IdInput = z.object({ id: Id }).strict();

export const ReplacementInput = z
  .object({
    variants: z.array(z.string().trim().min(1).max(500)).min(1).max(100),
    replacement: z.string().trim().min(1).max(200),
  })
  .strict();

// Readonly, so the contract's AnalysisFilters (below) is the input type as well.
export const AnalysisFiltersInput = z
  .object({
    setIds: z.array(Id).max(10000).readonly().optional(),
    where: z
      .array(
        z
          .object({ attributeId: Id, value: z.string().max(1000) })
          .strict()
          .readonly(),
      )
      .max(100)
      .readonly()
      .optional(),
    speakers: z.array(z.string().max(200)).max(1000).readonly().optional(),
    coders: z.array(z.string().max(200)).max(1000).readonly().optional(),
  })
  .strict();

export const Name = z.string().trim().min(1, 'a name is required').max(200);

/**
 * Documents (or cases) as columns, grouped under a spanning header (docs/ANALYSIS.md
 * "Grouped columns"): by the value of a case attribute, or (documents) by document set.
 */
export const MatrixGroupByInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('attribute'), attributeId: Id }).strict(),
  z.object({ kind: z.literal('sets') }).strict(),
]);

export const MatrixInput = z
  .object({
    columns: z.enum(MATRIX_COLUMNS),
    attributeId: Id.optional(),
    measure: z.enum(MATRIX_MEASURES),
    filters: AnalysisFiltersInput.optional(),
    groupBy: MatrixGroupByInput.optional(),
  })
  .strict();

export type FindingKind = 'email' | 'phone' | 'url' | 'iban' | 'nir' | 'postcode' | 'name';

/** One likely identifier found by the pseudonymisation scan, all its occurrences together. */
export interface FindingGroup {
  readonly kind: FindingKind;
  readonly text: string;
  readonly count: number;
  /** Up to 3 snippets around occurrences, the finding marked with ⟦ ⟧. */
  readonly contexts: readonly string[];
  /** Names of the documents or files where it occurs. */
  readonly sources: readonly string[];
  /** A replacement to propose, e.g. "[e-mail]" or "[Personne 1]". */
  readonly suggestion: string;
}

/** Spellings the user linked (e.g. "Marie Dupont", "Mme Dupont") and what replaces them. */
export interface Replacement {
  readonly variants: readonly string[];
  readonly replacement: string;
}

export interface Excerpt extends ExcerptRow {
  /**
   * The quote's parts, one per turn, when it mixes speakers (a question and its answer):
   * each part is then shown and cited with its own speaker. Null when the quote is one
   * speaker's words; `speaker` and `timestamp` above are then the quote's.
   */
  readonly turns: readonly QuoteTurn[] | null;
}

/** The part of a quote that lies in one turn, with that turn's speaker and time. */
export interface QuoteTurn {
  readonly speaker: string | null;
  readonly timestamp: string | null;
  readonly segmentOrdinal: number;
  readonly start: number;
  readonly end: number;
  /** The words of this part, as transcribed. */
  readonly quote: string;
}

export interface AnalysisFilters {
  /** Documents in any of these sets. */
  readonly setIds?: readonly number[] | undefined;
  /** Documents whose case has every one of these attribute values. */
  readonly where?: readonly { readonly attributeId: number; readonly value: string }[] | undefined;
  /** Only text spoken by these speakers. */
  readonly speakers?: readonly string[] | undefined;
  /** Only codings by these coders. */
  readonly coders?: readonly string[] | undefined;
}

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  /** Text, or base64 when `encoding` says so (binary formats such as XLSX and DOCX). */
  readonly content: string;
  readonly encoding?: 'utf8' | 'base64';
}

export interface Attribute {
  readonly id: number;
  readonly name: string;
  readonly type: AttributeType;
  readonly choices: readonly string[];
}

/** The result of a background import: the same report as a direct one. */
export type ImportBatchReport = ImportReport;

export interface StartedJob {
  readonly jobId: string;
}

export interface MergeConflict {
  /** Names the conflict in `resolutions`. */
  readonly key: string;
  readonly kind: 'code-name' | 'document-text' | 'attribute-value';
  readonly label: string;
  readonly ours: string;
  readonly theirs: string;
  /** False where nothing can be chosen (e.g. a document whose text differs: its codings are left out). */
  readonly resolvable: boolean;
}

export interface MergeCounts {
  readonly documents: number;
  readonly codes: number;
  readonly codings: number;
  readonly memos: number;
  readonly cases: number;
}
