import { z } from 'zod';
import { op } from './operation.ts';
import type { DocumentDetail } from './documents.ts';
import { Id, Offset } from './shared.ts';
import { TextEncodingInput } from './documents.ts';

/**
 * Editing a transcript in place and updating it from a new version of its file (issue 16).
 * Offsets are UTF-16 code units of the document's current text, half-open [start, end);
 * every coding follows its text (docs/ARCHITECTURE.md, "Edits and re-anchoring").
 */

/** Replaces the current text's [start, end) by `text`; start === end inserts. */
export const TextEditInput = z
  .object({ start: Offset, end: Offset, text: z.string().max(5_000_000) })
  .strict()
  .refine((edit) => edit.start <= edit.end, 'an edit ends after it starts');

const Speaker = z.string().trim().max(200).nullable();
const Timestamp = z.string().trim().max(50).nullable();

/**
 * A change to the turns, applied after the text edits, one after the other; `ordinal` is the
 * turn's ordinal (0 = first) at the moment the operation applies.
 */
export const TurnOperationInput = z.discriminatedUnion('op', [
  /** Splits the turn containing `offset` in two there; the new turn keeps the speaker. */
  z.object({ op: z.literal('split'), offset: Offset }).strict(),
  /** Joins turn `ordinal` with the next one (a line break between them), keeping its speaker. */
  z.object({ op: z.literal('join'), ordinal: z.number().int().nonnegative() }).strict(),
  z
    .object({ op: z.literal('setSpeaker'), ordinal: z.number().int().nonnegative(), speaker: Speaker })
    .strict(),
  z
    .object({ op: z.literal('setTimestamp'), ordinal: z.number().int().nonnegative(), timestamp: Timestamp })
    .strict(),
  /** Every turn of `from` (null: turns without a speaker) gets `to`. */
  z.object({ op: z.literal('renameSpeaker'), from: Speaker, to: Speaker }).strict(),
]);

export const RestoreCodingInput = z
  .object({
    /** An unplaced coding of this document. */
    id: Id,
    start: Offset,
    end: Offset,
  })
  .strict()
  .refine((place) => place.start < place.end, 'a coding covers at least one character');

export const EditDocumentInput = z
  .object({
    id: Id,
    /** Non-overlapping edits of the current text (any order), applied together. */
    edits: z.array(TextEditInput).max(100_000).default([]),
    turns: z.array(TurnOperationInput).max(10_000).default([]),
    /** Unplaced codings (documents/unplacedCodings) placed again, on the text after the edits. */
    restore: z.array(RestoreCodingInput).max(10_000).default([]),
    /** The length of the text the edits were computed on: a stale editor is refused, not applied. */
    expectedLength: z.number().int().nonnegative().optional(),
  })
  .strict();

/** A new version of a document's file (.docx, .odt, .txt, .md, .vtt, .srt, .pdf). */
export const NewVersionFile = z
  .object({
    name: z.string().min(1).max(1024),
    base64: z.string(),
    encoding: TextEncodingInput.optional(),
  })
  .strict();

export const UpdateDocumentInput = z.object({ id: Id, file: NewVersionFile }).strict();

/** New versions matched to documents by name (file name without extension = document name, or = source file name). */
export const UpdateBatchInput = z.object({ files: z.array(NewVersionFile).min(1).max(1000) }).strict();

/** A coding whose quote changed with the edit (it contains or touches edited text). */
export interface ChangedCoding {
  readonly codingId: number;
  readonly code: string;
  readonly coder: string;
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
}

/**
 * A coding whose whole text was removed: never dropped nor moved onto other words, it is
 * kept apart with its last place and quote, listed for the researcher, who can place it again.
 */
export interface UnplacedCoding {
  /** The coding's id, kept while it is unplaced. */
  readonly id: number;
  readonly documentId: number;
  readonly code: string;
  readonly codeId: number;
  readonly coder: string;
  /** Where it was in the text it was last placed in. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly unplacedAt: string;
}

/** How the codings of one document followed an edit or an update. */
export interface ReanchorReport {
  readonly documentId: number;
  readonly document: string;
  /** Codings at the same offsets with the same quote. */
  readonly kept: number;
  /** Codings with the same quote at other offsets. */
  readonly moved: number;
  readonly changed: readonly ChangedCoding[];
  readonly unplaced: readonly UnplacedCoding[];
  /** UTF-16 units removed and inserted, and the text's lengths before and after. */
  readonly removedChars: number;
  readonly insertedChars: number;
  readonly lengthBefore: number;
  readonly lengthAfter: number;
  readonly segmentsBefore: number;
  readonly segmentsAfter: number;
}

export interface EditReport extends ReanchorReport {
  readonly detail: DocumentDetail;
}

/** A new version aligned with the current text: what applying it does (preview) or did. */
export interface UpdateReport extends ReanchorReport {
  readonly file: string;
  /** False for documents/previewUpdate: nothing was saved. */
  readonly saved: boolean;
}

export interface UpdateBatchReport {
  readonly updated: readonly UpdateReport[];
  /** Files that match no document, or whose parsing failed, with why. */
  readonly failed: readonly { readonly file: string; readonly message: string }[];
  readonly saved: boolean;
}

export const editsOperations = {
  /** Text edits, turn changes and unplaced codings placed again, as one undoable change. */
  'documents/edit': op<EditReport>()(EditDocumentInput),
  /** A new version of the file aligned with the current text; stores nothing. */
  'documents/previewUpdate': op<UpdateReport>()(UpdateDocumentInput),
  /** The same, saved as one undoable change. */
  'documents/applyUpdate': op<UpdateReport>()(UpdateDocumentInput),
  /** New versions matched to documents by name; stores nothing. */
  'documents/previewUpdateBatch': op<UpdateBatchReport>()(UpdateBatchInput),
  /** The same, saved as one undoable change. */
  'documents/applyUpdateBatch': op<UpdateBatchReport>()(UpdateBatchInput),
  /** Codings of a document whose text was removed by an edit or update. */
  'documents/unplacedCodings': op<readonly UnplacedCoding[]>()(z.object({ id: Id }).strict()),
} as const;
