import { z } from 'zod';
import { AGREEMENT_DECISIONS } from './agreementDecisions.ts';
import {
  AGREEMENT_UNITS,
  ATTRIBUTE_TYPES,
  CODEBOOK_FORMATS,
  CODING_VIEWS,
  CSV_CELLS,
  EXCERPT_FORMATS,
  EXCERPT_GROUPINGS,
  EXPORT_LANGUAGES,
  MATRIX_COLUMNS,
  MATRIX_FORMATS,
  MATRIX_MEASURES,
  MATRIX_PERCENTS,
  MEMO_TARGET_KINDS,
  MERGE_SIDES,
  SET_KINDS,
  SHARE_SCOPES,
  SURVEY_ANSWER_UNITS,
  TEXT_ENCODINGS,
} from './enums.ts';

/** Input schemas, checked at the boundary before any handler runs. */

export const Id = z.number().int().positive();
export const Offset = z.number().int().nonnegative();
/**
 * A file on the user's disk. Every path field of the contract uses this schema: the shells
 * find path fields by it (app/operationAccess.ts) and accept only paths the user chose.
 */
export const FilePath = z.string().trim().min(1, 'a file path is required').max(4096);
const CodeName = z.string().trim().min(1, 'a code name is required').max(200);
export const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/u, 'a colour is #rrggbb');

export const Empty = z.object({}).strict();
export const PathInput = z.object({ path: FilePath }).strict();
export const IdInput = z.object({ id: Id }).strict();

export const TextEncodingInput = z.enum(TEXT_ENCODINGS);
const ImportFile = z
  .object({
    name: z.string().min(1).max(1024),
    base64: z.string(),
    /** Overrides the detected encoding of a text or subtitle file. */
    encoding: TextEncodingInput.optional(),
  })
  .strict();
export const ReplacementInput = z
  .object({
    variants: z.array(z.string().trim().min(1).max(500)).min(1).max(100),
    replacement: z.string().trim().min(1).max(200),
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

export const CreateCodeInput = z
  .object({ name: CodeName, parentId: Id.nullable().optional(), color: Color.optional() })
  .strict();

export const UpdateCodeInput = z
  .object({
    id: Id,
    name: CodeName.optional(),
    color: Color.optional(),
    parentId: Id.nullable().optional(),
    description: z.string().max(20000).optional(),
    inclusion: z.string().max(20000).optional(),
    exclusion: z.string().max(20000).optional(),
    exampleCodingId: Id.nullable().optional(),
    archived: z.boolean().optional(),
  })
  .strict();

export const CodingTarget = z
  .object({
    documentId: Id,
    start: Offset,
    end: Offset,
    codeId: Id.optional(),
    codeName: CodeName.optional(),
    coder: z.string().trim().min(1).max(200).optional(),
  })
  .strict()
  .refine((value) => (value.codeId === undefined) !== (value.codeName === undefined), {
    message: 'give either codeId or codeName',
  });

export const CreateCodingsInput = z.object({ items: z.array(CodingTarget).min(1).max(100000) }).strict();

export const CodingView = z.enum(CODING_VIEWS);
export const DocumentCodingsInput = z
  .object({ documentId: Id, view: CodingView.optional(), coder: z.string().max(200).optional() })
  .strict();

export const Scope = z
  .string()
  .regex(/^(overlap|segment|document|near:\d{1,7})$/u, 'scope is overlap, segment, document or near:N');
// Readonly, so the contract's AnalysisFilters (types.ts) is the input type as well.
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
export const CooccurrenceInput = z
  .object({ scope: Scope, filters: AnalysisFiltersInput.optional() })
  .strict();
export const CooccurrenceExcerptsInput = z
  .object({ scope: Scope, codeA: Id, codeB: Id, filters: AnalysisFiltersInput.optional() })
  .strict();

export const CsvCells = z.enum(CSV_CELLS);

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
    csvCells: CsvCells.optional(),
  })
  .strict();

export const HistoryListInput = z
  .object({ limit: z.number().int().positive().max(10000).optional() })
  .strict();

export const MergeCodesInput = z.object({ sourceId: Id, targetId: Id }).strict();
export const SplitCodeInput = z
  .object({
    codeId: Id,
    codingIds: z.array(Id).min(1).max(100000),
    newName: z.string().trim().min(1).max(200),
  })
  .strict();
export const MoveCodeInput = z
  .object({ id: Id, parentId: Id.nullable(), index: z.number().int().nonnegative() })
  .strict();

export const UpdateCodingInput = z.object({ id: Id, start: Offset, end: Offset }).strict();
export const RecodeInput = z.object({ codingIds: z.array(Id).min(1).max(100000), codeId: Id }).strict();
export const IdsInput = z.object({ ids: z.array(Id).min(1).max(100000) }).strict();
export const ExcerptFilterInput = z
  .object({
    codeId: Id,
    coders: z.array(z.string().max(200)).max(1000).optional(),
    documentIds: z.array(Id).max(100000).optional(),
    speakers: z.array(z.string().max(200)).max(1000).optional(),
  })
  .strict();
export const ContextInput = z
  .object({ codingId: Id, chars: z.number().int().positive().max(5000).optional() })
  .strict();

const MemoTargetKind = z.enum(MEMO_TARGET_KINDS);
export const MemoListInput = z
  .object({
    targetKind: MemoTargetKind.optional(),
    targetId: Id.optional(),
    query: z.string().max(500).optional(),
  })
  .strict();
export const SaveMemoInput = z
  .object({
    id: Id.optional(),
    targetKind: MemoTargetKind,
    targetId: Id.nullable(),
    title: z.string().max(500),
    body: z.string().max(5_000_000),
    plainText: z.string().max(5_000_000),
  })
  .strict()
  .refine((memo) => (memo.targetKind === 'project') === (memo.targetId === null), {
    message: 'a project memo has no targetId; other memos need one',
  });

const Name = z.string().trim().min(1, 'a name is required').max(200);
export const RenameDocumentInput = z
  .object({
    id: Id,
    // One line: names stand in lists, citation lines and file names.
    name: Name.refine((name) => !/[\r\n]/u.test(name), 'a document name is one line'),
  })
  .strict();
const AttributeTypeInput = z.enum(ATTRIBUTE_TYPES);
export const CreateCaseInput = z
  .object({
    name: Name,
    description: z.string().max(20000).optional(),
    documentIds: z.array(Id).max(100000).optional(),
  })
  .strict();
export const UpdateCaseInput = z
  .object({
    id: Id,
    name: Name.optional(),
    description: z.string().max(20000).optional(),
    documentIds: z.array(Id).max(100000).optional(),
  })
  .strict();
export const CreateAttributeInput = z
  .object({
    name: Name,
    type: AttributeTypeInput,
    choices: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
  })
  .strict();
export const UpdateAttributeInput = z
  .object({
    id: Id,
    name: Name.optional(),
    type: AttributeTypeInput.optional(),
    choices: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
  })
  .strict();
export const SetValueInput = z.object({ caseId: Id, attributeId: Id, value: z.string().max(1000) }).strict();
const SetKindInput = z.enum(SET_KINDS);
export const SetKindOnly = z.object({ kind: SetKindInput }).strict();
export const CreateSetInput = z
  .object({ kind: SetKindInput, name: Name, memberIds: z.array(Id).max(100000).optional() })
  .strict();
export const UpdateSetInput = z
  .object({
    kind: SetKindInput,
    id: Id,
    name: Name.optional(),
    memberIds: z.array(Id).max(100000).optional(),
  })
  .strict();
export const DeleteSetInput = z.object({ kind: SetKindInput, id: Id }).strict();

export const SearchInput = z
  .object({
    query: z.string().trim().min(1, 'type something to search for').max(1000),
    codeId: Id.optional(),
    documentIds: z.array(Id).max(100000).optional(),
    limit: z.number().int().positive().max(100000).optional(),
  })
  .strict();

export const MatrixInput = z
  .object({
    columns: z.enum(MATRIX_COLUMNS),
    attributeId: Id.optional(),
    measure: z.enum(MATRIX_MEASURES),
    filters: AnalysisFiltersInput.optional(),
  })
  .strict();
export const ExportMatrixInput = z
  .object({
    matrix: MatrixInput,
    format: z.enum(MATRIX_FORMATS),
    percent: z.enum(MATRIX_PERCENTS).optional(),
    csvCells: CsvCells.optional(),
  })
  .strict();

export const JobIdInput = z.object({ id: z.string().uuid() }).strict();

export const MergeInput = z
  .object({
    path: FilePath,
    resolutions: z.record(z.string(), z.enum(MERGE_SIDES)).optional(),
  })
  .strict();

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

export const IdentityInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    initials: z.string().trim().min(1).max(4),
    color: Color,
  })
  .strict();
export const SettingsInput = z.object({ blindMode: z.boolean() }).strict();

// Pseudonymisation (docs/PSEUDONYMISATION.md); ReplacementInput is declared with the import inputs.
export const ScanDocumentsInput = z.object({ documentIds: z.array(Id).max(100000) }).strict();
export const ScanForExportInput = z
  .object({
    /** The export about to run: excerpts, the codebook for a paper, a .qdpx or a .qdc. */
    scope: z.enum(SHARE_SCOPES),
    /** Excerpts only: the memos are written too. */
    includeMemos: z.boolean().optional(),
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

/** Inter-coder agreement (docs/AGREEMENT.md). Coders are named as on their codings. */
const CoderName = z.string().trim().min(1).max(200);
export const AgreementUnit = z.enum(AGREEMENT_UNITS);
const AgreementCoders = z
  .array(CoderName)
  .min(2, 'agreement needs at least two coders')
  .max(20)
  .refine((names) => new Set(names).size === names.length, 'each coder may be named once');
export const AgreementInput = z
  .object({
    coders: AgreementCoders,
    unit: AgreementUnit,
    codeIds: z.array(Id).min(1).max(10000).optional(),
    documentIds: z.array(Id).min(1).max(100000).optional(),
  })
  .strict();
export const DisagreementsInput = z
  .object({
    coders: AgreementCoders,
    unit: AgreementUnit,
    codeId: Id,
    documentIds: z.array(Id).min(1).max(100000).optional(),
  })
  .strict();
export const ResolveDisagreementInput = z
  .object({
    codeId: Id,
    documentId: Id,
    start: Offset,
    end: Offset,
    decision: z.enum(AGREEMENT_DECISIONS),
    coders: z.tuple([CoderName, CoderName]).refine(([a, b]) => a !== b, 'the two coders must differ'),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .refine((value) => value.start < value.end, { message: 'start must be before end' });

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

export const ExchangeFileInput = z
  .object({ name: z.string().min(1).max(1024), base64: z.string().max(300_000_000) })
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
    csvCells: CsvCells.optional(),
  })
  .strict();

// --- Backups and copies (issue 12: storage) ---

/** A backup's file name as listed by project/backups: never a path. */
export const BackupIdInput = z
  .object({
    id: z.string().regex(/^[0-9TZ-]+_[a-z-]+\.verbatim$/u, 'a backup id as listed by project/backups'),
  })
  .strict();
