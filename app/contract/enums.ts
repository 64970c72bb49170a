/**
 * Every enumeration of the contract, declared once as a const tuple: `z.enum(X_VALUES)` in the
 * schemas, `X` as the TypeScript type, and the db row types use the same `X`. No zod here: the
 * renderer and db/ import it (docs/ARCHITECTURE.md, One API contract).
 */

/** Encodings a text or subtitle file may be read in, overriding detection. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** Which codings a document view shows; blind mode (a project setting) forces 'mine'. */
export const CODING_VIEWS = ['all', 'mine', 'coder', 'differ'] as const;
export type CodingView = (typeof CODING_VIEWS)[number];

/** The fixed co-occurrence scopes; `near:N` (N characters apart) is the one with a number. */
export const FIXED_SCOPES = ['overlap', 'segment', 'document'] as const;
export type FixedScope = (typeof FIXED_SCOPES)[number];

/**
 * CSV cells: `exact` text (the default, for R and Python) or `spreadsheet`, where a cell a
 * spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe.
 */
export const CSV_CELLS = ['exact', 'spreadsheet'] as const;
export type CsvCells = (typeof CSV_CELLS)[number];

/** Languages of exported text (citations, headings, reports). */
export const EXPORT_LANGUAGES = ['en', 'fr'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

export const EXCERPT_FORMATS = ['md', 'html', 'csv', 'docx'] as const;
export type ExcerptFormat = (typeof EXCERPT_FORMATS)[number];

/** How an excerpt export is grouped. */
export const EXCERPT_GROUPINGS = ['code', 'case', 'document'] as const;
export type GroupBy = (typeof EXCERPT_GROUPINGS)[number];

export const MEMO_TARGET_KINDS = ['project', 'document', 'code', 'coding'] as const;
export type MemoTargetKind = (typeof MEMO_TARGET_KINDS)[number];

export const ATTRIBUTE_TYPES = ['text', 'number', 'date', 'choice'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export const SET_KINDS = ['document', 'code'] as const;
export type SetKind = (typeof SET_KINDS)[number];

export const MATRIX_COLUMNS = ['documents', 'cases', 'attribute', 'sets'] as const;
export type MatrixColumns = (typeof MATRIX_COLUMNS)[number];

export const MATRIX_MEASURES = ['count', 'presence', 'share', 'cases', 'codings'] as const;
export type MatrixMeasure = (typeof MATRIX_MEASURES)[number];

export const MATRIX_FORMATS = ['csv', 'xlsx'] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

/** Percentages shown in a matrix: none, of the row total, of the column total. */
export const MATRIX_PERCENTS = ['none', 'row', 'column'] as const;
export type MatrixPercent = (typeof MATRIX_PERCENTS)[number];

/** Which side a merge keeps for a conflicting item. */
export const MERGE_SIDES = ['ours', 'theirs'] as const;
export type MergeSide = (typeof MERGE_SIDES)[number];

/** What a pseudonymised copy or a shared export carries. */
export const SHARE_SCOPES = ['excerpts', 'codebook', 'qdpx', 'qdc'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];

/** The unit agreement is computed in. */
export const AGREEMENT_UNITS = ['char', 'segment', 'document'] as const;
export type AgreementUnit = (typeof AGREEMENT_UNITS)[number];

/** A survey import makes each answer a document, or each respondent one with a segment per answer. */
export const SURVEY_ANSWER_UNITS = ['document', 'segment'] as const;
export type SurveyAnswerUnit = (typeof SURVEY_ANSWER_UNITS)[number];

export const CODEBOOK_FORMATS = ['md', 'csv', 'docx'] as const;
export type CodebookFormat = (typeof CODEBOOK_FORMATS)[number];

/** Why a backup was taken: opening, every few minutes of changes, closing, asked for, or before a restore. */
export const BACKUP_REASONS = ['open', 'auto', 'close', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** A history event: done, undone (redo may bring it back), or discarded by a new change after an undo. */
export const EVENT_STATES = ['done', 'undone', 'discarded'] as const;
export type EventState = (typeof EVENT_STATES)[number];

/** What a column of a survey table becomes on import. */
export const COLUMN_ROLES = ['id', 'text', 'attribute', 'ignore'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Warnings on a co-occurrence pair (docs/ANALYSIS.md): too few, or very unequal codes. */
export const COOCCURRENCE_WARNINGS = ['small', 'unequal'] as const;
export type CooccurrenceWarning = (typeof COOCCURRENCE_WARNINGS)[number];

/** How a codebook changed since a frozen version (review/changes, app/review/codebookDiff.ts). */
export const CODEBOOK_CHANGE_KINDS = [
  'added',
  'removed',
  'merged',
  'split',
  'renamed',
  'definition',
  'moved',
  'archived',
  'restored',
  'recoloured',
] as const;
export type CodebookChangeKind = (typeof CODEBOOK_CHANGE_KINDS)[number];

/** A codebook proposal's kind and where it stands (the proposals table, review/*). */
export const PROPOSAL_KINDS = ['new-code', 'definition', 'rename', 'merge'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const PROPOSAL_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

// Word frequencies (app/words, docs/ANALYSIS.md "Word frequencies").
/** The languages whose stop words and stems Verbatim knows. */
export const WORD_LANGUAGES = ['fr', 'en'] as const;
export type WordLanguage = (typeof WORD_LANGUAGES)[number];
/** What word counts are broken down by: nothing, each document, case, attribute value or code. */
export const WORDS_BY = ['all', 'document', 'case', 'attribute', 'code'] as const;
export type WordsBy = (typeof WORDS_BY)[number];

/** A member's role in a team project (docs/TEAM.md): each is a PostgreSQL group role. */
export const TEAM_MEMBER_ROLES = ['lead', 'coder', 'viewer'] as const;
export type TeamMemberRole = (typeof TEAM_MEMBER_ROLES)[number];
