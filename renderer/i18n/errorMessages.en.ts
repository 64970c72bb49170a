import type { ErrorCode, ErrorMessageKey } from '../../app/contract/index.ts';

/**
 * The backend's messages for the interface, by the stable key an AppError carries
 * (app/errors.ts, Translated); {{values}} are the params it sends. errorMessages.fr.ts has the
 * same keys (its type), and tests/integration/errorMessages.test.ts checks that every key the
 * backend throws is here.
 */
export const errorMessagesEn = {
  noProject: 'No project is open; create or open one first.',
  restoreFromItself: 'A project cannot be restored from itself; choose a backup.',
  fileExists: 'A file already exists at {{path}}; choose another name.',
  diskFull: 'The disk is full{{where}}: nothing was written. Free some space, then try again.',
  readOnly:
    'The disk or file is read-only{{where}}: nothing was written. Copy the project to a writable folder, or choose another place.',
  noPermission:
    'Verbatim is not allowed to write there{{where}}. Choose a folder of your own, or ask for write permission.',
  diskError:
    'The disk could not be written to or read{{where}}: it may be full, removed or failing. Nothing was saved; check the disk, then try again.',
  busy: 'The project is busy: another program is saving changes to it. Nothing was changed here; try again when it has finished.',
  busyBy:
    'The project is busy: it is being changed by {{holders}}. Nothing was changed here; try again when it has finished, or close the project there.',
  undoGone:
    '“{{summary}}” cannot be undone any more: what it changed is gone. It was removed from the history.',
  redoGone:
    '“{{summary}}” cannot be redone any more: what it changed is gone. It was removed from the history.',
  nothingToUndo: 'There is nothing to undo.',
  nothingToRedo: 'There is nothing to redo.',
  caseExists: 'A case named “{{name}}” already exists.',
  codeExists: 'A code named “{{name}}” already exists.',
  attributeExists: 'An attribute named “{{name}}” already exists.',
  codeInsideItself: 'A code cannot be nested inside itself or one of its own sub-codes.',
  codeMergedIntoItself: 'A code cannot be merged into itself.',
  codeMergeInside: '«{{target}}» is inside «{{source}}»; merge it the other way round.',
  choiceWithoutChoices: 'A choice attribute needs at least one choice.',
  mergeItself: 'This is the project that is open; choose another project to merge.',
  codebookEmpty: 'The codebook is empty: there is nothing to export.',
  agreementNoCommonDocument:
    'No document has codings by every one of {{coders}}; agreement compares documents they all coded (or choose the documents).',
  noText: '{{file}} contains no text.',
  duplicateText: '{{file}} has the same text as «{{name}}», already in the project.',
  emptyFile: '{{file}} is empty.',
  binaryFile: '{{file}} looks like a binary file, not text; it was not imported.',
  pdfPassword: '{{file}} is password-protected; remove the password and import it again.',
  pdfDamaged: '{{file}} is damaged or not a real PDF file.',
  pdfNoTextLayer:
    '{{file}} has no text layer (it is probably a scan). Run text recognition (OCR) on it first, for example with OCRmyPDF, and import the result.',
  protectedOrOldWord:
    '{{file}} is password-protected or in the old binary Word format; save it unprotected as .docx and import it again.',
  unsupportedFormat:
    '{{file}}: the .{{extension}} format is not supported; import .txt, .md, .docx, .odt, .pdf, .vtt or .srt files (survey tables: .csv, .xlsx, with “Import a survey table”).',
  fileTooLarge:
    '{{file}} is {{size}} MB; Verbatim imports files up to {{max}} MB. Split it into several documents.',
  searchUnreadable:
    'The search “{{query}}” could not be read. Put phrases in double quotes; operators are AND, OR, NOT, NEAR(…), and * for a prefix.',
  openNotFound: 'Nothing was found at {{path}}: no such project file or folder.',
  openNotAProject: '{{path}} is not a Verbatim project file.',
  openNewerVersion: '{{path}} was saved by a newer version of Verbatim. Update Verbatim to open it.',
  openAlteredSchema:
    '{{path}} was set up by a different build of Verbatim. To protect your data it was not opened and nothing was changed; open it with the Verbatim that last saved it.',
  outsideShellFolder:
    'In the browser, Verbatim uses only .verbatim files inside {{folder}} (the folder it was started for); “{{name}}” is not one of them.',
  folderMissing: 'The folder {{folder}} does not exist; choose an existing folder.',
  codeNotFound: 'There is no code with id {{id}} in this project (any more): it may have been deleted.',
  codingNotFound: 'There is no coding with id {{id}} in this project (any more): it may have been removed.',
  documentNotFound:
    'There is no document with id {{id}} in this project (any more): it may have been deleted.',
  attributeNotFound: 'There is no attribute with id {{id}} in this project (any more).',
  memoNotFound: 'There is no memo with id {{id}} in this project (any more).',
  caseNotFound: 'There is no case with id {{id}} in this project (any more).',
  coderNotFound: 'There is no coder “{{name}}” in this project.',
  caseAttributeNotFound: 'There is no case attribute «{{name}}» in this project.',
  proposalAccepted: 'This proposal was already accepted.',
  proposalRejected: 'This proposal was already rejected.',
  agreementBlind:
    'Agreement compares the coders’ codings, and blind mode hides the other coders’ codings from you. The team lead switches blind mode off (Team panel) to compute and settle agreement.',
  blindOthersCodings:
    'This would also move or delete other coders’ codings, which blind mode hides from you. The team lead can make this change with blind mode off.',
  mappingEmpty: 'The mapping file lists no replacement.',
  surveyNoColumn: 'Choose at least one open-text or attribute column to import.',
  surveyDuplicateId: 'The id «{{id}}» appears on several rows; choose a column with unique ids.',
  tableNoHeader: '{{file}} has no header row with column names.',
  tableNoRows: '{{file}} has column names but no rows.',
  matrixNoAttribute: 'Choose the attribute whose values make the columns.',
  teamUnreachable:
    'The team server at {{server}} cannot be reached. Your changes are kept in the project; sync again when the connection is back.',
  teamAuthFailed: 'The team server at {{server}} refused the name or password of {{member}}.',
  teamNotTeamDatabase: 'The database at {{server}} does not hold a Verbatim team project.',
  teamSchemaNewer:
    'The team server was set up by a newer version of Verbatim. Update Verbatim to sync with it.',
  teamPermissionRefused: 'The team server refused this change: your role ({{role}}) does not allow it.',
  teamTlsRequired:
    'The team server at {{server}} accepts only encrypted connections: add sslmode=require to its address.',
  teamNotLinked: 'This project is not linked to a team server. Publish it, or join a team project.',
  teamNotMember: '{{member}} is not a member of the team project at {{server}}. Ask its lead to add you.',
  teamAlreadyPublished:
    'The database at {{server}} already holds a Verbatim team project. Join it, or publish to an empty database.',
  teamAlreadyLinked: 'This project is already linked to the team server at {{server}}.',
} satisfies Record<ErrorMessageKey, string>;

/** One sentence per error code, for a failure whose message has no key of its own. */
export const errorDetailsEn = {
  INVALID_INPUT: 'Some of what was entered is not valid; check it and try again.',
  NO_PROJECT: 'No project is open; create or open one first.',
  NOT_FOUND: 'What you asked for is not in this project (any more); it may have been deleted.',
  CONFLICT: 'This change conflicts with the project as it is now; nothing was changed.',
  BAD_FILE: 'This file cannot be used; nothing was imported.',
  NOT_A_PROJECT: 'This file is not a Verbatim project.',
  NEWER_VERSION: 'This project was saved by a newer version of Verbatim. Update Verbatim to open it.',
  ALTERED_SCHEMA:
    'This project was set up by a different build of Verbatim; it was not opened and nothing was changed.',
  FILE_EXISTS: 'A file with this name already exists; choose another name.',
  UNKNOWN_OPERATION: 'This version of Verbatim cannot do that.',
  NOT_ALLOWED: 'This is not allowed here; choose the file again in Verbatim.',
  INTERNAL: 'Something went wrong inside Verbatim; nothing was changed. Try again, or restart Verbatim.',
  BUSY: 'The project is busy in another program; nothing was changed here. Try again when it has finished.',
  DISK_FULL: 'The disk is full: nothing was written. Free some space, then try again.',
  DISK_ERROR: 'The disk could not be written to or read; nothing was saved. Check the disk, then try again.',
  READ_ONLY: 'The disk or file is read-only: nothing was written. Copy the project to a writable folder.',
  NO_PERMISSION: 'Verbatim is not allowed to write there. Choose a folder of your own.',
  TEAM_SERVER: 'The team server cannot be used right now; your changes are kept in the project.',
  NETWORK: 'The Verbatim backend cannot be reached; restart Verbatim.',
  technical: 'Technical details (English)',
} satisfies Record<ErrorCode | 'NETWORK' | 'technical', string>;
