import { z } from 'zod';
import { op } from './operation.ts';
import type { WrittenFile } from './exports.ts';
import {
  Empty,
  type ExportedFile,
  FilePath,
  type MergeConflict,
  type MergeCounts,
  type StartedJob,
} from './shared.ts';

/** The exchange operations of the contract: their inputs (zod), outputs and operation table. */

export const ExchangeFileInput = z
  .object({ name: z.string().min(1).max(1024), base64: z.string().max(300_000_000) })
  .strict();

/** What a REFI-QDA import kept, skipped and merged (docs/REFI-QDA.md). */
export interface ExchangeImportReport {
  readonly kept: {
    readonly documents: number;
    readonly codes: number;
    readonly codings: number;
    readonly memos: number;
    readonly cases: number;
    readonly users: number;
    /** Document sets and code groups the file's sets were placed in. */
    readonly sets: number;
  };
  readonly skipped: readonly { readonly what: string; readonly why: string }[];
  /** The unit the file's positions were read in, and how it was decided. */
  readonly positions: 'code-points' | 'utf-16' | 'none';
  readonly positionsDecidedBy: 'same' | 'boundaries' | 'origin' | 'none';
  /** How a CRLF of a source file was counted: two positions, or one (ATLAS.ti); absent without texts. */
  readonly lineBreaks?: 'as-in-file' | 'crlf-as-one';
  readonly warnings: readonly string[];
  /** The coders found in the file (its users, or one named after the tool), with their codings. */
  readonly coders: readonly { readonly name: string; readonly codings: number }[];
  /** As for a project merge: what was new, what matched (by GUID), and conflicts left as ours. */
  readonly added: MergeCounts;
  readonly matched: MergeCounts;
  readonly conflicts: readonly MergeConflict[];
}

/** Where a streamed .qdpx is written (the command line's --out). */
export const ExportProjectToFileInput = z.object({ out: FilePath }).strict();

export const exchangeOperations = {
  /** REFI-QDA exchange (docs/REFI-QDA.md): .qdpx project and .qdc codebook, both ways. */
  'exchange/exportProject': op<ExportedFile>()(Empty),
  /** The same export as a job, with progress and cancel: poll jobs/status, whose result is an ExportedFile. */
  'exchange/exportProjectJob': op<StartedJob>()(Empty),
  /** The .qdpx streamed to a file (the command line): entries written as they are read. */
  'exchange/exportProjectToFile': op<WrittenFile>()(ExportProjectToFileInput),
  /** The streamed .qdpx as a job (the desktop app's save dialog): jobs/status's result is a WrittenFile. */
  'exchange/exportProjectToFileJob': op<StartedJob>()(ExportProjectToFileInput),
  'exchange/exportCodebook': op<ExportedFile>()(Empty),
  /** The .qdc as a job writing the file chosen in the desktop app's save dialog (a WrittenFile). */
  'exchange/exportCodebookToFileJob': op<StartedJob>()(ExportProjectToFileInput),
  'exchange/importProject': op<ExchangeImportReport>()(ExchangeFileInput),
  'exchange/importCodebook': op<ExchangeImportReport>()(ExchangeFileInput),
} as const;
