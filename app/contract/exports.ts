import { z } from 'zod';
import { op } from './operation.ts';
import {
  CODEBOOK_FORMATS,
  CSV_CELLS,
  EXCERPT_FORMATS,
  EXCERPT_GROUPINGS,
  EXPORT_LANGUAGES,
  MATRIX_FORMATS,
  MATRIX_PERCENTS,
} from './enums.ts';
import { type ExportedFile, FilePath, Id, MatrixInput, type StartedJob } from './shared.ts';

/** The exports operations of the contract: their inputs (zod), outputs and operation table. */

export const CsvCellsInput = z.enum(CSV_CELLS);

export const ExportExcerptsInput = z
  .object({
    format: z.enum(EXCERPT_FORMATS),
    codeId: Id.optional(),
    language: z.enum(EXPORT_LANGUAGES).optional(),
    /** Under each excerpt: document, case, speaker, timestamp, segment, code, or attr:<name>. */
    citation: z.array(z.string().max(200)).max(20).optional(),
    /** Excerpts grouped by code (default), by case or by document. */
    groupBy: z.enum(EXCERPT_GROUPINGS).optional(),
    /** Only these codes (with codeId, both count); none: every code. */
    codeIds: z.array(Id).max(10000).optional(),
    /** The memos written on each coding, under its citation. */
    includeMemos: z.boolean().optional(),
    /** Each excerpt between quotation marks (« » in French, “ ” in English). */
    quoteMarks: z.boolean().optional(),
    /** Excerpts character for character, without the language's typography. */
    exactQuotes: z.boolean().optional(),
    csvCells: CsvCellsInput.optional(),
  })
  .strict();

export const ExportMatrixInput = z
  .object({
    matrix: MatrixInput,
    format: z.enum(MATRIX_FORMATS),
    percent: z.enum(MATRIX_PERCENTS).optional(),
    csvCells: CsvCellsInput.optional(),
  })
  .strict();

export const ExcerptTextInput = z
  .object({
    codingId: Id,
    language: z.enum(EXPORT_LANGUAGES).optional(),
    citation: z.array(z.string().max(200)).max(20).optional(),
    /** Between quotation marks unless false. */
    quoteMarks: z.boolean().optional(),
    exactQuotes: z.boolean().optional(),
  })
  .strict();

export const ExportCodebookInput = z
  .object({
    format: z.enum(CODEBOOK_FORMATS),
    language: z.enum(EXPORT_LANGUAGES).optional(),
    csvCells: CsvCellsInput.optional(),
  })
  .strict();

// Streamed exports written straight to a file (issue #15): the command line's --out.
export const ExportExcerptsToFileInput = ExportExcerptsInput.extend({ out: FilePath }).strict();

/** The codebook written to a file (the desktop app's save dialog). */
export const ExportCodebookToFileInput = ExportCodebookInput.extend({ out: FilePath }).strict();

/** The matrix written to a file (the desktop app's save dialog). */
export const ExportMatrixToFileInput = ExportMatrixInput.extend({ out: FilePath }).strict();

/** A file an export wrote to the path it was given (atomically: the whole file or none). */
export interface WrittenFile {
  /** The name the export would have given the file. */
  readonly fileName: string;
  readonly path: string;
  readonly bytes: number;
}

/** One excerpt ready to paste: the quote as shown, then "— citation" on the next line. */
export interface ExcerptText {
  readonly text: string;
}

export const exportsOperations = {
  'exports/matrix': op<ExportedFile>()(ExportMatrixInput),
  'exports/excerpts': op<ExportedFile>()(ExportExcerptsInput),
  /** The same export as a job (large exports): poll jobs/status, whose result is an ExportedFile. */
  'exports/excerptsJob': op<StartedJob>()(ExportExcerptsInput),
  /** The same export streamed to a file (the command line): rows written as they are read. */
  'exports/excerptsToFile': op<WrittenFile>()(ExportExcerptsToFileInput),
  /**
   * The same streamed export as a job (the desktop app, to the file chosen in its save
   * dialog): progress and cancel; jobs/status's result is a WrittenFile.
   */
  'exports/excerptsToFileJob': op<StartedJob>()(ExportExcerptsToFileInput),
  /** One excerpt as a paper quotes it, with its citation line, to paste into a draft. */
  'exports/excerptText': op<ExcerptText>()(ExcerptTextInput),
  /** The codebook for a paper's appendix: hierarchy, definitions, criteria, examples, counts. */
  'exports/codebook': op<ExportedFile>()(ExportCodebookInput),
  /** The codebook as a job writing the chosen file: jobs/status's result is a WrittenFile. */
  'exports/codebookToFileJob': op<StartedJob>()(ExportCodebookToFileInput),
  /** The matrix as a job writing the chosen file: jobs/status's result is a WrittenFile. */
  'exports/matrixToFileJob': op<StartedJob>()(ExportMatrixToFileInput),
} as const;
