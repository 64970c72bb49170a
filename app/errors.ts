/** Error codes that cross the wire; the renderer translates them (renderer/i18n). */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NO_PROJECT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_FILE'
  | 'NOT_A_PROJECT'
  | 'NEWER_VERSION'
  /** A migration recorded in the project differs from this version's (db/open.ts). */
  | 'ALTERED_SCHEMA'
  | 'FILE_EXISTS'
  | 'UNKNOWN_OPERATION'
  /** The operation or the file is not open to this shell (app/operationAccess.ts). */
  | 'NOT_ALLOWED'
  | 'INTERNAL'
  // Storage: the disk or the project file refused (app/storageErrors.ts).
  | 'BUSY'
  | 'DISK_FULL'
  | 'DISK_ERROR'
  | 'READ_ONLY'
  | 'NO_PERMISSION'
  /** The team server (PostgreSQL) could not be reached or refused the connection (app/team/). */
  | 'TEAM_SERVER';

/**
 * The keys of the backend's messages that the interface translates (renderer/i18n/
 * errorMessages.en.ts and .fr.ts must have each: their type and a test check it).
 */
export const ERROR_MESSAGE_KEYS = [
  'noProject',
  'restoreFromItself',
  'fileExists',
  'diskFull',
  'readOnly',
  'noPermission',
  'diskError',
  'busy',
  'busyBy',
  'undoGone',
  'redoGone',
  'nothingToUndo',
  'nothingToRedo',
  'caseExists',
  'codeExists',
  'attributeExists',
  'codeInsideItself',
  'codeMergedIntoItself',
  'codeMergeInside',
  'choiceWithoutChoices',
  'mergeItself',
  'codebookEmpty',
  'agreementNoCommonDocument',
  'noText',
  'duplicateText',
  'emptyFile',
  'binaryFile',
  'pdfPassword',
  'pdfDamaged',
  'pdfNoTextLayer',
  'protectedOrOldWord',
  'unsupportedFormat',
  'fileTooLarge',
  'searchUnreadable',
  'openNotFound',
  'openNotAProject',
  'openNewerVersion',
  'openAlteredSchema',
  'outsideShellFolder',
  'folderMissing',
  'codeNotFound',
  'codingNotFound',
  'documentNotFound',
  'attributeNotFound',
  'memoNotFound',
  'caseNotFound',
  'coderNotFound',
  'caseAttributeNotFound',
  'proposalAccepted',
  'proposalRejected',
  'agreementBlind',
  'blindOthersCodings',
  'mappingEmpty',
  'surveyNoColumn',
  'surveyDuplicateId',
  'tableNoHeader',
  'tableNoRows',
  'matrixNoAttribute',
  // Import, export, coding, codebook, documents, merge, backups and pseudonymisation (issue 14).
  'rangeOutside',
  'rangeInvalid',
  'unplacedNotFound',
  'updateTwice',
  'textChangedWhileEditing',
  'cannotDecodeAs',
  'utf16Damaged',
  'notARealFile',
  'archiveDamaged',
  'zipBomb',
  'unsafeArchivePath',
  'documentDamaged',
  'xmlDoctype',
  'notWord',
  'notOdt',
  'csvMalformed',
  'xlsxDamaged',
  'xlsxNoSheet',
  'tableTooLarge',
  'tableFormat',
  'tableNoColumn',
  'qdpxExpected',
  'xmlMalformed',
  'notRefiProject',
  'notRefiCodebook',
  'percentOnlyCounts',
  'citationPart',
  'exportTooLarge',
  'cannotWrite',
  'notCodingsOfCode',
  'notAFile',
  'cannotReadFile',
  'editDeletesAll',
  'noSuchTurn',
  'splitOutsideTurn',
  'blankTurn',
  'noDocumentForFile',
  'severalDocumentsForFile',
  'editOutsideText',
  'editsOverlap',
  'editCutsCharacter',
  'pseudonymNameClash',
  'mappingQuote',
  'mappingLine',
  'replacementMultiline',
  'variantConflict',
  'pseudonymiseWhileOpen',
  'namesStillInFile',
  'namesStillInFileBy',
  'backupNotFound',
  // Cases, attributes, sets, memos, summaries and words (issue 14).
  'documentSetNotFound',
  'codeGroupNotFound',
  'documentSetExists',
  'codeGroupExists',
  'attributeValueChoice',
  'attributeValueDate',
  'attributeValueNumber',
  'attributeGone',
  // Team server (app/team/serverErrors.ts).
  'teamUnreachable',
  'teamUnreachableRetry',
  'teamAuthFailed',
  'teamNotTeamDatabase',
  'teamSchemaNewer',
  'teamPermissionRefused',
  'teamTlsRequired',
  'teamNotLinked',
  'teamNotMember',
  'teamAlreadyPublished',
  'teamAlreadyLinked',
  // Team server over TLS (app/team/serverErrors.ts).
  'teamTlsUntrusted',
  'teamTlsFileUnreadable',
  'teamTlsNotOffered',
  // A member given the codings of a coder already in the project (app/team/members.ts).
  'teamCoderUnknown',
  'teamCoderTaken',
  // Undo or redo over a row a team sync changed since (app/history/changedSince.ts).
  'undoChangedSince',
  'redoChangedSince',
  'queryQuoteUnclosed',
  'queryEmptyName',
  'queryExpectedKeyword',
  'queryExpectedKeywordAtEnd',
  'queryExpectedNumber',
  'queryExpectedNumberAtEnd',
  'queryDistanceTooLarge',
  'queryCloseExpected',
  'queryCloseExpectedAtEnd',
  'queryUnmatchedClose',
  'queryExpectedName',
  'queryExpectedNameAtEnd',
  'queryNearTurns',
  'queryEmpty',
  'queryExpectedOperator',
  'queryUnknownCode',
] as const;
export type ErrorMessageKey = (typeof ERROR_MESSAGE_KEYS)[number];

/** The values a translated message names: a file, a code's name, a count. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A message's stable key in the renderer's catalogue (`errorMessages` of renderer/i18n/en.ts
 * and fr.ts) and the values it names, so that the interface shows it in its own language.
 * tests/integration/errorMessages.test.ts collects every key thrown in app/, db/ and main/
 * and checks both catalogues have it.
 */
export interface Translated {
  readonly key: ErrorMessageKey;
  readonly params?: MessageParams;
}

/**
 * An expected failure with a message fit to show a researcher. `message` is English (the CLI
 * and logs print it); `translated` names the same sentence for the interface. Without it the
 * interface shows the code's own translated sentence (`errorDetails` in renderer/i18n).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly translated: Translated | undefined;
  constructor(code: ErrorCode, message: string, translated?: Translated) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.translated = translated;
  }
}

export interface WireError {
  readonly code: ErrorCode;
  readonly message: string;
  /** The message's key and values for the interface, when it has one (see Translated). */
  readonly key?: string;
  readonly params?: MessageParams;
}

/** The failure as it crosses the wire: code, English message, and its key for translation. */
export function wireErrorOf(error: AppError): WireError {
  const { translated } = error;
  if (!translated) return { code: error.code, message: error.message };
  return { code: error.code, message: error.message, key: translated.key, params: translated.params ?? {} };
}

export type WireResult<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: WireError };
