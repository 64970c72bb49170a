import { z } from 'zod';
import { EXPORT_LANGUAGES } from './enums.ts';
import { op } from './operation.ts';
import { type ExportedFile, FilePath, Id, type StartedJob } from './shared.ts';

/** The summary grid's operations (framework method, docs/ANALYSIS.md "Summary grid"). */

export const SUMMARY_EXPORT_FORMATS = ['docx', 'xlsx'] as const;

export const SaveSummaryInput = z.object({ caseId: Id, codeId: Id, text: z.string().max(100_000) }).strict();

export const ExportSummariesInput = z
  .object({
    format: z.enum(SUMMARY_EXPORT_FORMATS),
    /** Headings, title and file name in this language, with its typography (default en). */
    language: z.enum(EXPORT_LANGUAGES).optional(),
  })
  .strict();

/** The summary grid written to a file (the desktop app's save dialog). */
export const ExportSummariesToFileInput = ExportSummariesInput.extend({ out: FilePath }).strict();

/** One summary: what its author wrote about a case and a code. */
export interface Summary {
  readonly id: number;
  readonly caseId: number;
  readonly codeId: number;
  readonly text: string;
  readonly author: string | null;
  readonly updatedAt: string;
}

export interface SummaryGrid {
  readonly cases: readonly {
    readonly id: number;
    readonly name: string;
    readonly documentIds: readonly number[];
  }[];
  /** Codes in codebook order. */
  readonly codes: readonly {
    readonly id: number;
    readonly name: string;
    readonly color: string;
    readonly depth: number;
  }[];
  /** codings[case][code]: the codings of the code in the case's documents (what feeds the cell). */
  readonly codings: readonly (readonly number[])[];
  /** The summaries the viewer may see (blind mode: their own and unattributed ones). */
  readonly summaries: readonly Summary[];
}

export const summariesOperations = {
  'summaries/grid': op<SummaryGrid>()(z.object({}).strict()),
  'summaries/save': op<Summary | null>()(SaveSummaryInput),
  'summaries/export': op<ExportedFile>()(ExportSummariesInput),
  /** The summary grid as a job writing the chosen file: jobs/status's result is a WrittenFile. */
  'summaries/exportToFileJob': op<StartedJob>()(ExportSummariesToFileInput),
} as const;
