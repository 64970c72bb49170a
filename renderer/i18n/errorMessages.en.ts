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
  // Import, export, coding, codebook, documents, merge, backups and pseudonymisation (issue 14).
  rangeOutside:
    'This passage is outside the document’s text ({{length}} characters), which may have changed; reload the document and select the passage again.',
  rangeInvalid:
    'This passage is not a valid selection of the text (it is empty or cuts a character in two); select it again.',
  unplacedNotFound:
    'This coding is no longer among the document’s codings that lost their text (it may have been placed again or removed); reload the document.',
  updateTwice:
    '{{file}}: another of the chosen files also updates «{{name}}»; choose one new version per document.',
  textChangedWhileEditing:
    'The text of «{{name}}» changed since it was opened for editing (in another window or program). Nothing was saved; reload it and edit again.',
  cannotDecodeAs: '{{file}} cannot be read as {{encoding}}; choose another encoding.',
  utf16Damaged: '{{file}} looks like UTF-16 text but is damaged; it was not imported.',
  notARealFile: '{{file}} is damaged or is not a real .{{kind}} file; nothing was imported.',
  archiveDamaged:
    '{{file}} is damaged: its contents cannot be unpacked. Nothing was imported; open it in the program that made it and save it again.',
  zipBomb:
    '{{file}} would unpack to {{size}} MB, far more than any transcript: Verbatim refuses it for safety. Nothing was imported.',
  unsafeArchivePath:
    '{{file}} contains a part («{{entry}}») whose path points outside the file: Verbatim refuses it for safety. Nothing was imported.',
  documentDamaged:
    '{{file}} is damaged or is not a real document; nothing was imported. Open it in the program that made it and save it again.',
  xmlDoctype:
    '{{file}} contains an XML document type declaration, which Verbatim refuses for safety; nothing was imported. Save it again from the program that made it.',
  notWord:
    '{{file}} is not a Word document; save it as .docx from Word or LibreOffice, then import it again.',
  notOdt: '{{file}} is not an OpenDocument text; save it as .odt from LibreOffice, then import it again.',
  csvMalformed:
    '{{file}} is not a well-formed CSV file: a quote opened on row {{row}} is never closed. Save it again from the spreadsheet, then import it.',
  xlsxDamaged:
    '{{file}} is damaged or is not a real .xlsx spreadsheet; save it again from the spreadsheet program.',
  xlsxNoSheet: '{{file}} has no sheet to read.',
  tableTooLarge: '{{file}} is larger than {{max}} MB; split it into several files.',
  tableFormat: '{{file}} cannot be read as a table: import survey tables as .csv, .tsv or .xlsx files.',
  tableNoColumn: 'The table has no column «{{name}}»; choose one of its columns.',
  qdpxExpected: '{{file}}: import REFI-QDA projects as .qdpx files (or a .qdpx renamed .zip).',
  xmlMalformed:
    '{{file}} is not well-formed XML: it is damaged, or was not written by a REFI-QDA program. Nothing was imported.',
  notRefiProject:
    '{{file}} is not a REFI-QDA project (it holds no project description); export the project again as .qdpx. Nothing was imported.',
  notRefiCodebook:
    '{{file}} is not a REFI-QDA codebook (it has no list of codes); export the codebook again as .qdc. Nothing was imported.',
  percentOnlyCounts:
    'Percentages exist only for a matrix of counts; measure by counts, or export without percentages.',
  citationPart: '«{{part}}» is not a part of a citation; use {{parts}} or attr:NAME (a case attribute).',
  exportTooLarge:
    'This export would be larger than 4 GB, which .qdpx and .docx files cannot hold. Export fewer excerpts or documents at a time.',
  cannotWrite:
    '{{path}} cannot be written (its folder may be missing or out of reach); choose another place.',
  notCodingsOfCode:
    'Some of the chosen passages are no longer coded with «{{name}}»; show the code’s passages again and choose again.',
  notAFile: '{{path}} is not a file; choose a file to import.',
  cannotReadFile: '{{path}} cannot be read: it does not exist or is not accessible.',
  editDeletesAll: 'This edit would delete the whole text; delete the document instead.',
  noSuchTurn: 'The document has {{count}} turns; there is no turn {{turn}}. Reload it and edit again.',
  splitOutsideTurn: 'A turn can be split only inside its text; put the caret inside the turn.',
  blankTurn:
    'After this edit, turn {{turn}} would be blank, or begin or end with a line break; delete the line break with its text, or join the turn with its neighbour.',
  noDocumentForFile: '{{file}}: no document is named «{{name}}» or was imported from a file of that name.',
  severalDocumentsForFile: '{{file}}: {{count}} documents are named «{{name}}»; update them one by one.',
  editOutsideText:
    'This edit is outside the text, which may have changed; reload the document and edit again.',
  editsOverlap: 'Two edits overlap; make them one edit.',
  editCutsCharacter: 'This edit cuts a character (an emoji) in two; select the whole character.',
  pseudonymNameClash:
    'After the replacements, two names in the project would both be «{{name}}»; rename one of them, then pseudonymise again. Nothing was changed.',
  mappingQuote:
    'The mapping file has a quote (") that is never closed; correct it in the spreadsheet, then import it again.',
  mappingLine: 'Line {{line}} of the mapping file must be «variant,replacement» with both filled in.',
  replacementMultiline: 'A spelling or a replacement spans several lines; keep each on one line.',
  variantConflict:
    'Each spelling can have only one replacement, but these have several: {{variants}}. Link each to one person only.',
  pseudonymiseWhileOpen:
    'The project is also open in {{holders}}: close it there before pseudonymising, or the names can stay in the file. Nothing was changed.',
  namesStillInFile:
    'The names were replaced in the project, but their earlier text is still in the project file, because another program is reading it. Do not share the file yet: close the project there, then apply the same pseudonymisation again to remove it.',
  namesStillInFileBy:
    'The names were replaced in the project, but their earlier text is still in the project file, because {{holders}} is reading it. Do not share the file yet: close the project there, then apply the same pseudonymisation again to remove it.',
  backupNotFound: 'There is no backup {{id}} of this project (any more); choose one from the list.',
  // Cases, attributes, sets, memos, summaries and words (issue 14).
  documentSetNotFound: 'There is no document set with id {{id}} in this project (any more).',
  codeGroupNotFound: 'There is no code group with id {{id}} in this project (any more).',
  documentSetExists: 'A document set named «{{name}}» already exists.',
  codeGroupExists: 'A code group named «{{name}}» already exists.',
  attributeValueChoice: '«{{value}}» is not a value of {{name}}: choose one of {{choices}}.',
  attributeValueDate: '«{{value}}» is not a date for {{name}}: write it YYYY-MM-DD (2024-03-15).',
  attributeValueNumber: '«{{value}}» is not a number, which {{name}} expects.',
  attributeGone: 'This attribute no longer exists: choose another one.',
  teamUnreachable:
    'The team server at {{server}} cannot be reached. Your changes are kept in the project; sync again when the connection is back.',
  teamUnreachableRetry:
    'The team server at {{server}} cannot be reached. Check the address and the connection, then try again.',
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
  teamTlsUntrusted:
    'The team server at {{server}} presented a certificate this computer cannot verify. Ask who runs the server for the certificate of its authority and add sslrootcert=/path/to/that/file to its address.',
  teamTlsNotOffered:
    'The team server at {{server}} does not offer encrypted connections, which its address asks for. Ask who runs it to turn encryption (TLS) on.',
  teamTlsFileUnreadable:
    'The file {{file}}, named in the address of the team server at {{server}}, cannot be read.',
  teamCoderUnknown: 'This project has no coder named {{coder}}: choose one of the coders of the project.',
  teamCoderTaken: 'The codings of {{coder}} are already those of the member {{member}}.',
  undoChangedSince:
    '“{{summary}}” cannot be undone: what it changed was changed since by a team sync, and undoing it would overwrite that change. Nothing was changed; it was removed from the history.',
  redoChangedSince:
    '“{{summary}}” cannot be redone: what it changed was changed since by a team sync, and redoing it would overwrite that change. Nothing was changed; it was removed from the history.',
  queryQuoteUnclosed: 'The quote opened at character {{position}} is never closed: add {{close}}.',
  queryEmptyName: 'An empty code name at character {{position}}: write a name between the quotes.',
  queryExpectedKeyword: 'At character {{position}}, {{keyword}} was expected, not «{{found}}».',
  queryExpectedKeywordAtEnd: 'The query ends where {{keyword}} was expected.',
  queryExpectedNumber:
    'At character {{position}}, a whole number was expected after WITHIN, not «{{found}}».',
  queryExpectedNumberAtEnd: 'The query ends where a whole number was expected after WITHIN.',
  queryDistanceTooLarge:
    'The distance {{distance}} at character {{position}} is too large: at most {{most}}.',
  queryCloseExpected:
    'At character {{position}}, a ) was expected to close the ( of character {{open}}, not «{{found}}».',
  queryCloseExpectedAtEnd: 'The ( at character {{open}} is never closed: add a ).',
  queryUnmatchedClose: 'The ) at character {{position}} closes no (.',
  queryExpectedName: 'At character {{position}}, a code name or ( was expected, not «{{found}}».',
  queryExpectedNameAtEnd: 'The query ends where a code name or ( was expected.',
  queryNearTurns: 'NEAR counts characters, not turns (character {{position}}): use FOLLOWED BY … TURNS.',
  queryEmpty: 'The query is empty: write a code name.',
  queryExpectedOperator:
    'At character {{position}}, an operator was expected, not «{{found}}»: quote a code name with spaces ("triple journée") or join codes with AND, OR, NOT…',
  queryUnknownCode:
    'No code is named «{{name}}» (character {{position}}): check its spelling, or choose it from the suggestions.',
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
