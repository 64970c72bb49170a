import type { z } from 'zod';
import * as S from './schemas.ts';
import type * as T from './types.ts';

interface Operation<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: carries the output type only. */
  readonly output?: O;
}

function op<O>() {
  return <I extends z.ZodType>(input: I): Operation<I, O> => ({ input });
}

/**
 * The one API contract. Every transport (Electron IPC, loopback HTTP, CLI) calls these
 * operations by name with one input object; nothing else crosses from UI to backend.
 */
export const api = {
  'project/create': op<T.ProjectInfo>()(S.PathInput),
  'project/open': op<T.ProjectInfo>()(S.PathInput),
  'project/close': op<null>()(S.Empty),
  'project/current': op<T.ProjectInfo | null>()(S.Empty),
  'project/recent': op<readonly string[]>()(S.Empty),
  'project/settings': op<T.ProjectSettings>()(S.Empty),
  'project/setSettings': op<T.ProjectSettings>()(S.SettingsInput),
  'coders/me': op<T.CoderIdentity>()(S.Empty),
  'coders/setMe': op<T.CoderIdentity>()(S.IdentityInput),
  /** The project's coders with their number of codings (for agreement and view filters). */
  'coders/list': op<readonly T.CoderSummary[]>()(S.Empty),
  /** What merging another project would add, match and conflict on; changes nothing. */
  'project/mergePreview': op<T.ProjectMergeReport>()(S.PathInput),
  'project/merge': op<T.ProjectMergeReport>()(S.MergeInput),

  'documents/list': op<readonly T.DocumentSummary[]>()(S.Empty),
  'documents/get': op<T.DocumentDetail>()(S.IdInput),
  'documents/importFiles': op<T.ImportReport>()(S.ImportFilesInput),
  'documents/importPaths': op<T.ImportReport>()(S.ImportPathsInput),
  /** Parses the files and scans them for identifiers; stores nothing. */
  'documents/previewImport': op<T.ImportPreview>()(S.ImportPreviewInput),
  /** Starts a background import; poll jobs/status, whose result is an ImportBatchReport. */
  'documents/importBatch': op<T.StartedJob>()(S.ImportBatchInput),
  'documents/delete': op<null>()(S.IdInput),
  /** Renames a document (undoable), e.g. to take a name out of it. */
  'documents/rename': op<T.DocumentDetail>()(S.RenameDocumentInput),
  /** Columns of a survey table (.csv/.xlsx) with a suggested role each; stores nothing. */
  'documents/previewTable': op<T.TablePreview>()(S.TablePreviewInput),
  /** Open-text answers become documents or segments, attribute columns case attributes. */
  'documents/importTable': op<T.TableImportReport>()(S.TableImportInput),

  'codes/list': op<readonly T.Code[]>()(S.Empty),
  'codes/create': op<T.Code>()(S.CreateCodeInput),
  'codes/update': op<T.Code>()(S.UpdateCodeInput),
  'codes/deletePreview': op<T.CodeDeletionPreview>()(S.IdInput),
  'codes/delete': op<T.CodeDeletionPreview>()(S.IdInput),
  'codes/move': op<T.Code>()(S.MoveCodeInput),
  'codes/merge': op<T.MergeReport>()(S.MergeCodesInput),
  'codes/split': op<T.Code>()(S.SplitCodeInput),

  'codings/create': op<readonly T.Coding[]>()(S.CreateCodingsInput),
  'codings/delete': op<null>()(S.IdInput),
  'codings/ofDocument': op<readonly T.Coding[]>()(S.DocumentCodingsInput),
  'codings/excerptsOfCode': op<readonly T.Excerpt[]>()(S.ExcerptFilterInput),
  'codings/update': op<T.Coding>()(S.UpdateCodingInput),
  'codings/recode': op<readonly T.Coding[]>()(S.RecodeInput),
  'codings/deleteMany': op<null>()(S.IdsInput),
  'codings/context': op<T.ExcerptContext>()(S.ContextInput),

  'memos/list': op<readonly T.MemoSummary[]>()(S.MemoListInput),
  'memos/get': op<T.Memo>()(S.IdInput),
  'memos/save': op<T.Memo>()(S.SaveMemoInput),
  'memos/delete': op<null>()(S.IdInput),

  'analysis/cooccurrence': op<T.CooccurrenceResult>()(S.CooccurrenceInput),
  'analysis/cooccurrenceExcerpts': op<readonly T.CooccurrenceInstance[]>()(S.CooccurrenceExcerptsInput),

  'analysis/matrix': op<T.Matrix>()(S.MatrixInput),
  'exports/matrix': op<T.ExportedFile>()(S.ExportMatrixInput),
  /** REFI-QDA exchange (docs/REFI-QDA.md): .qdpx project and .qdc codebook, both ways. */
  'exchange/exportProject': op<T.ExportedFile>()(S.Empty),
  'exchange/exportCodebook': op<T.ExportedFile>()(S.Empty),
  'exchange/importProject': op<T.ExchangeImportReport>()(S.ExchangeFileInput),
  'exchange/importCodebook': op<T.ExchangeImportReport>()(S.ExchangeFileInput),

  'search/query': op<T.SearchResult>()(S.SearchInput),

  /** Inter-coder agreement per code and pooled (docs/AGREEMENT.md). */
  'agreement/compute': op<T.AgreementResult>()(S.AgreementInput),
  'agreement/disagreements': op<readonly T.DisagreementPlace[]>()(S.DisagreementsInput),
  /** Settles one place (keep A, keep B, keep both, remove); recorded in the history. */
  'agreement/resolve': op<T.DisagreementResolution>()(S.ResolveDisagreementInput),

  'exports/excerpts': op<T.ExportedFile>()(S.ExportExcerptsInput),
  /** The same export as a job (large exports): poll jobs/status, whose result is an ExportedFile. */
  'exports/excerptsJob': op<T.StartedJob>()(S.ExportExcerptsInput),
  /** One excerpt as a paper quotes it, with its citation line, to paste into a draft. */
  'exports/excerptText': op<T.ExcerptText>()(S.ExcerptTextInput),
  /** The codebook for a paper's appendix: hierarchy, definitions, criteria, examples, counts. */
  'exports/codebook': op<T.ExportedFile>()(S.ExportCodebookInput),

  /** Likely identifiers in documents (all of them when documentIds is empty), grouped. */
  'pseudonymise/scanDocuments': op<readonly T.FindingGroup[]>()(S.ScanDocumentsInput),
  /** Before an export: the transcripts it writes and its other texts (memos, cases, codebook). */
  'pseudonymise/scanForExport': op<readonly T.FindingGroup[]>()(S.ScanForExportInput),
  /** Replaces the accepted identifiers everywhere. Cannot be undone: the UI confirms first. */
  'pseudonymise/applyToDocuments': op<T.PseudonymiseReport>()(S.ApplyPseudonymsInput),
  /** The mapping as a CSV file to save apart; nothing of it is written to the project. */
  'pseudonymise/mappingFile': op<T.ExportedFile>()(S.MappingFileInput),

  'cases/list': op<T.CasesTable>()(S.Empty),
  'cases/create': op<T.Case>()(S.CreateCaseInput),
  'cases/update': op<T.Case>()(S.UpdateCaseInput),
  'cases/delete': op<null>()(S.IdInput),
  'cases/setValue': op<T.Case>()(S.SetValueInput),
  'attributes/create': op<T.Attribute>()(S.CreateAttributeInput),
  'attributes/update': op<T.Attribute>()(S.UpdateAttributeInput),
  'attributes/delete': op<null>()(S.IdInput),

  'sets/list': op<readonly T.NamedSet[]>()(S.SetKindOnly),
  'sets/create': op<T.NamedSet>()(S.CreateSetInput),
  'sets/update': op<T.NamedSet>()(S.UpdateSetInput),
  'sets/delete': op<null>()(S.DeleteSetInput),

  'jobs/status': op<T.JobStatus>()(S.JobIdInput),
  'jobs/cancel': op<T.JobStatus>()(S.JobIdInput),

  'review/freeze': op<T.CodebookVersion>()(S.FreezeInput),
  'review/versions': op<readonly T.CodebookVersion[]>()(S.Empty),
  'review/changes': op<readonly T.CodebookChangeEntry[]>()(S.VersionInput),
  'review/changelog': op<T.ExportedFile>()(S.ChangelogInput),
  'review/propose': op<T.Proposal>()(S.ProposeInput),
  'review/proposals': op<readonly T.Proposal[]>()(S.Empty),
  'review/decide': op<T.Proposal>()(S.DecideInput),

  'history/status': op<T.HistoryStatus>()(S.Empty),
  'history/list': op<readonly T.HistoryEntry[]>()(S.HistoryListInput),
  'history/undo': op<T.HistoryStep>()(S.Empty),
  'history/redo': op<T.HistoryStep>()(S.Empty),

  // Backups and copies (docs/USER-GUIDE.md, "Backups").
  /** The automatic backups of the open project, newest first. */
  'project/backups': op<readonly T.BackupInfo[]>()(S.Empty),
  /** Replaces the open project by a backup, after backing the current state up. */
  'project/restoreBackup': op<T.ProjectInfo>()(S.BackupIdInput),
  /** A complete, consistent copy of the open project at a new path (never replaces a file). */
  'project/saveCopy': op<T.SavedCopy>()(S.PathInput),
} as const;

export type Api = typeof api;
export type OperationName = keyof Api;
export type InputOf<N extends OperationName> = z.input<Api[N]['input']>;
export type ParsedInputOf<N extends OperationName> = z.output<Api[N]['input']>;
export type OutputOf<N extends OperationName> = Exclude<Api[N]['output'], undefined>;

export const operationNames = Object.keys(api) as OperationName[];
