/** Data shapes returned by the API. Plain, serialisable objects only. */
import type { HistoryPhrase } from './historyPhrases.ts';
import type { AGREEMENT_DECISIONS } from './agreementDecisions.ts';
import type {
  AgreementUnit,
  AttributeType,
  MatrixColumns,
  MatrixMeasure,
  MemoTargetKind,
  SetKind,
} from './enums.ts';

// The enumerations are declared once, as const tuples, in enums.ts.
export type * from './enums.ts';

export interface ProjectInfo {
  readonly path: string;
  readonly name: string;
  readonly documentCount: number;
  readonly codeCount: number;
}

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
}

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
  | { readonly file: string; readonly ok: false; readonly message: string };

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

export interface Code {
  readonly id: number;
  readonly guid: string;
  readonly name: string;
  readonly parentId: number | null;
  readonly color: string;
  readonly description: string;
  readonly sortOrder: number;
  readonly codingCount: number;
  readonly inclusion: string;
  readonly exclusion: string;
  /** A coding chosen as the code's anchor example. */
  readonly exampleCodingId: number | null;
  readonly archived: boolean;
}

export interface CodeDeletionPreview {
  readonly codeIds: readonly number[];
  readonly codeCount: number;
  readonly codingCount: number;
}

export interface Coding {
  readonly id: number;
  readonly documentId: number;
  readonly codeId: number;
  readonly coder: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

export interface Excerpt {
  readonly codingId: number;
  readonly codeId: number;
  readonly codeName: string;
  readonly documentId: number;
  readonly documentName: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly coder: string;
  readonly segmentOrdinal: number | null;
  readonly speaker: string | null;
  readonly timestamp: string | null;
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

/** 'overlap', 'segment', 'document' or 'near:N' (N characters). */
export type CooccurrenceScope = string;

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

export interface CooccurrenceCode {
  readonly id: number;
  readonly name: string;
  readonly n: number;
}

export interface CooccurrencePair {
  readonly a: string;
  readonly b: string;
  readonly aId: number;
  readonly bId: number;
  readonly count: number;
  /** count / (n_a + n_b − count); null where that denominator is not positive. */
  readonly c: number | null;
  /** count / n_a and count / n_b. */
  readonly shareA: number;
  readonly shareB: number;
  /** 'small': count below 5; 'unequal': one code is used over five times more than the other. */
  readonly warnings: readonly ('small' | 'unequal')[];
}

export interface CooccurrenceResult {
  readonly scope: CooccurrenceScope;
  readonly codes: readonly CooccurrenceCode[];
  readonly pairs: readonly CooccurrencePair[];
}

export interface CooccurrenceInstance {
  readonly a: Excerpt;
  readonly b: Excerpt;
  /** For segment and document scopes: the unit in which both occur, e.g. 'segment:12'. */
  readonly unit: string | null;
}

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  /** Text, or base64 when `encoding` says so (binary formats such as XLSX and DOCX). */
  readonly content: string;
  readonly encoding?: 'utf8' | 'base64';
}

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

export interface HistoryEntry {
  readonly id: number;
  readonly kind: string;
  /** In English; `phrase` says it in the interface's language (null for older events). */
  readonly summary: string;
  readonly phrase: HistoryPhrase | null;
  readonly coder: string | null;
  readonly createdAt: string;
  readonly state: 'done' | 'undone' | 'discarded';
}

/** What Undo and Redo would do next (their summaries), or null when there is nothing. */
export interface HistoryStatus {
  readonly undo: string | null;
  readonly redo: string | null;
  readonly undoPhrase: HistoryPhrase | null;
  readonly redoPhrase: HistoryPhrase | null;
}

/** One excerpt ready to paste: the quote as shown, then "— citation" on the next line. */
export interface ExcerptText {
  readonly text: string;
}

export interface HistoryStep extends HistoryStatus {
  readonly done: HistoryEntry;
}

export interface MergeReport {
  readonly target: Code;
  readonly movedCodings: number;
  /** Codings of the source on exactly the range of a target coding by the same coder. */
  readonly collapsedDuplicates: number;
}

export interface ExcerptContext {
  readonly codingId: number;
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

export interface MemoSummary {
  readonly id: number;
  readonly targetKind: MemoTargetKind;
  readonly targetId: number | null;
  /** The document, code or coding the memo is about, in words. */
  readonly targetLabel: string;
  readonly title: string;
  readonly excerpt: string;
  readonly author: string | null;
  readonly updatedAt: string;
}

export interface Memo extends MemoSummary {
  /** Lexical editor state, JSON. */
  readonly body: string;
  readonly plainText: string;
}

export interface Attribute {
  readonly id: number;
  readonly name: string;
  readonly type: AttributeType;
  readonly choices: readonly string[];
}

export interface Case {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly documentIds: readonly number[];
  /** Attribute id → value. */
  readonly values: Readonly<Record<number, string>>;
}

export interface CasesTable {
  readonly attributes: readonly Attribute[];
  readonly cases: readonly Case[];
}

export interface NamedSet {
  readonly id: number;
  readonly kind: SetKind;
  readonly name: string;
  readonly memberIds: readonly number[];
}

export interface SearchHit {
  readonly documentId: number;
  readonly segmentOrdinal: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
  /** The matched words, as offsets in the document's text. */
  readonly start: number;
  readonly end: number;
  /** The whole segment, for "code the segment". */
  readonly segmentStart: number;
  readonly segmentEnd: number;
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface SearchResult {
  readonly query: string;
  readonly total: number;
  /** True when more hits exist than were returned. */
  readonly truncated: boolean;
  readonly documents: readonly {
    readonly documentId: number;
    readonly documentName: string;
    readonly hits: readonly SearchHit[];
  }[];
}

export interface Matrix {
  readonly columnsBy: MatrixColumns;
  readonly measure: MatrixMeasure;
  readonly rows: readonly { readonly id: number; readonly name: string; readonly color: string }[];
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  /** cells[row][column]. */
  readonly cells: readonly (readonly number[])[];
  /** For counts: percentages of the row total and of the column total. */
  readonly rowPercent: readonly (readonly number[])[] | null;
  readonly columnPercent: readonly (readonly number[])[] | null;
}

export interface JobStatus {
  readonly id: string;
  readonly kind: string;
  readonly state: 'running' | 'done' | 'failed' | 'cancelled';
  readonly done: number;
  readonly total: number;
  /** What is being worked on, e.g. a file name. */
  readonly current: string;
  readonly result: unknown;
  readonly error: string | null;
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

export interface ProjectMergeReport {
  readonly added: MergeCounts;
  readonly matched: MergeCounts;
  readonly conflicts: readonly MergeConflict[];
}

export interface CodebookVersion {
  readonly id: number;
  readonly name: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly codeCount: number;
}

export interface CodebookChangeEntry {
  readonly kind:
    | 'added'
    | 'removed'
    | 'merged'
    | 'split'
    | 'renamed'
    | 'definition'
    | 'moved'
    | 'archived'
    | 'restored'
    | 'recoloured';
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

export interface Proposal {
  readonly id: number;
  readonly payload: ProposalPayload;
  readonly comment: string;
  readonly author: string;
  readonly createdAt: string;
  readonly status: 'open' | 'accepted' | 'rejected';
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly decisionComment: string;
}

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

export interface ProjectSettings {
  /** Coders see only their own codings (set by the team lead for the project). */
  readonly blindMode: boolean;
}

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

export interface TableColumn {
  readonly name: string;
  readonly suggestedRole: 'id' | 'text' | 'attribute' | 'ignore';
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

// --- Backups and copies (issue 12: storage) ---

/** Why a backup was taken: opening, every few minutes of changes, closing, asked for, or before a restore. */
export type BackupReason = 'open' | 'auto' | 'close' | 'manual' | 'before-restore';

/** One automatic backup of the open project, kept in the user's config folder. */
export interface BackupInfo {
  /** The backup's file name in its folder; the only way to name it in `project/restoreBackup`. */
  readonly id: string;
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly bytes: number;
  readonly documentCount: number;
  readonly codingCount: number;
}

/** A complete copy written by `project/saveCopy` (or `verbatim backup`). */
export interface SavedCopy {
  readonly path: string;
  readonly bytes: number;
  readonly documentCount: number;
  readonly codingCount: number;
}
