import { z } from 'zod';
import { op } from './operation.ts';
import type { Translated } from '../errors.ts';
import { SURVEY_ANSWER_UNITS, TEXT_ENCODINGS, type ColumnRole } from './enums.ts';
import {
  Empty,
  FilePath,
  type FindingGroup,
  Id,
  IdInput,
  Name,
  ReplacementInput,
  type StartedJob,
} from './shared.ts';

/** The documents operations of the contract: their inputs (zod), outputs and operation table. */

export const TextEncodingInput = z.enum(TEXT_ENCODINGS);

/** A file sent with its content (imports, and new versions of a document: edits.ts). */
export const ImportFile = z
  .object({
    name: z.string().min(1).max(1024),
    base64: z.string(),
    /** Overrides the detected encoding of a text or subtitle file. */
    encoding: TextEncodingInput.optional(),
  })
  .strict();

export const ImportPreviewInput = z.object({ files: z.array(ImportFile).min(1).max(1000) }).strict();

export const ImportFilesInput = z
  .object({
    files: z
      .array(z.object({ name: z.string().min(1).max(1024), base64: z.string() }).strict())
      .min(1)
      .max(1000),
    /** Import a file even when its text is already in the project (skipped by default). */
    allowDuplicates: z.boolean().optional(),
  })
  .strict();

export const ImportBatchInput = z
  .object({
    files: z.array(ImportFile).min(1).max(1000),
    skipDuplicates: z.boolean().optional(),
    /** Speaker labels as the user confirmed them in the preview: detected label → new label ('' = none). */
    speakerMap: z.record(z.string().max(200), z.string().max(200)).optional(),
    /** Identifiers accepted in the pseudonymisation review, replaced across the whole batch. */
    replacements: z.array(ReplacementInput).max(10000).optional(),
  })
  .strict();

export const ImportPathsInput = z
  .object({
    paths: z.array(FilePath).min(1).max(1000),
    /** Import a file even when its text is already in the project (skipped by default). */
    allowDuplicates: z.boolean().optional(),
  })
  .strict();

export const RenameDocumentInput = z
  .object({
    id: Id,
    // One line: names stand in lists, citation lines and file names.
    name: Name.refine((name) => !/[\r\n]/u.test(name), 'a document name is one line'),
  })
  .strict();

export const TablePreviewInput = z
  .object({ name: z.string().min(1).max(1024), base64: z.string(), encoding: TextEncodingInput.optional() })
  .strict();

export const TableImportInput = z
  .object({
    name: z.string().min(1).max(1024),
    base64: z.string(),
    encoding: TextEncodingInput.optional(),
    idColumn: z.string().min(1).max(500),
    textColumns: z.array(z.string().min(1).max(500)).max(500),
    attributeColumns: z.array(z.string().min(1).max(500)).max(500),
    /** Each answer becomes a document, or each respondent a document with one segment per answer. */
    answerAs: z.enum(SURVEY_ANSWER_UNITS),
  })
  .strict();

export interface DocumentSummary {
  readonly id: number;
  readonly name: string;
  readonly length: number;
  readonly segmentCount: number;
  readonly codingCount: number;
  readonly importedAt: string;
}

export interface Segment {
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

export interface DocumentDetail {
  readonly id: number;
  readonly name: string;
  readonly text: string;
  readonly sourceName: string;
  readonly sourceFormat: string;
  readonly sourceEncoding: string;
  readonly segments: readonly Segment[];
}

export interface ImportedDocument {
  readonly id: number;
  readonly name: string;
  readonly length: number;
  readonly segmentCount: number;
}

export interface ImportFailure {
  readonly file: string;
  readonly message: string;
  /** The message's key and values for the interface (app/errors.ts, Translated). */
  readonly translated?: Translated | undefined;
}

export interface SpeakerCount {
  readonly label: string;
  readonly turns: number;
}

/** Kinds of things an import tells the researcher about one file (issue 12: no silent damage). */
export type ImportNoteKey = 'imagesLeftOut' | 'nulBytesRemoved' | 'invalidBytes' | 'droppedCues';

/**
 * Something the researcher should know about one imported file. `text` is the English
 * sentence (CLI, logs); the interface says it in its language from `key`, `count` and
 * `where` (line numbers of the file, "" when it does not apply).
 */
export interface ImportNote {
  readonly key: ImportNoteKey;
  readonly count: number;
  readonly where: string;
  readonly text: string;
}

export type ImportPreviewFile =
  | {
      readonly file: string;
      readonly ok: true;
      readonly name: string;
      readonly format: string;
      readonly encoding: string;
      readonly characters: number;
      readonly segmentCount: number;
      readonly speakers: readonly SpeakerCount[];
      readonly notes: readonly ImportNote[];
      /** A document already in the project, or an earlier file of the batch, with the same text. */
      readonly duplicateOf: string | null;
      readonly excerpt: string;
    }
  | {
      readonly file: string;
      readonly ok: false;
      readonly message: string;
      readonly translated?: Translated | undefined;
    };

/** What an import would do, before anything is stored. */
export interface ImportPreview {
  readonly files: readonly ImportPreviewFile[];
  readonly findings: readonly FindingGroup[];
}

/** A transcript stored by an import, with what the researcher should know about it. */
export interface ImportedFile extends ImportedDocument {
  /** A document already in the project with the same text, when duplicates were allowed. */
  readonly duplicateOf: string | null;
  readonly notes: readonly ImportNote[];
}

export interface ImportReport {
  readonly imported: readonly ImportedFile[];
  readonly failed: readonly ImportFailure[];
  /** Files left out on purpose: their text is already in the project (same checksum). */
  readonly skipped: readonly ImportFailure[];
}

export interface TableColumn {
  readonly name: string;
  readonly suggestedRole: ColumnRole;
  readonly distinct: number;
  readonly samples: readonly string[];
}

export interface TablePreview {
  readonly columns: readonly TableColumn[];
  readonly rowCount: number;
  readonly encoding: string;
  /** What the researcher should know, e.g. invalid bytes replaced in a CSV. */
  readonly notes: readonly ImportNote[];
}

export interface TableImportReport {
  readonly documents: readonly ImportedDocument[];
  readonly casesCreated: number;
  readonly casesUpdated: number;
  readonly attributesCreated: number;
  /** Rows without an id or without any answer. */
  readonly skippedRows: number;
}

export const documentsOperations = {
  'documents/list': op<readonly DocumentSummary[]>()(Empty),
  /** Every speaker label of the project's transcripts, sorted (the speaker filter's choices). */
  'documents/speakers': op<readonly string[]>()(Empty),
  'documents/get': op<DocumentDetail>()(IdInput),
  'documents/importFiles': op<ImportReport>()(ImportFilesInput),
  'documents/importPaths': op<ImportReport>()(ImportPathsInput),
  /** Parses the files and scans them for identifiers; stores nothing. */
  'documents/previewImport': op<ImportPreview>()(ImportPreviewInput),
  /** Starts a background import; poll jobs/status, whose result is an ImportBatchReport. */
  'documents/importBatch': op<StartedJob>()(ImportBatchInput),
  'documents/delete': op<null>()(IdInput),
  /** Renames a document (undoable), e.g. to take a name out of it. */
  'documents/rename': op<DocumentDetail>()(RenameDocumentInput),
  /** Columns of a survey table (.csv/.xlsx) with a suggested role each; stores nothing. */
  'documents/previewTable': op<TablePreview>()(TablePreviewInput),
  /** Open-text answers become documents or segments, attribute columns case attributes. */
  'documents/importTable': op<TableImportReport>()(TableImportInput),
} as const;
