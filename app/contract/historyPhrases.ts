/**
 * What each kind of change says in the history and on the Undo/Redo buttons, in English,
 * in i18next's format ({{value}}, _one/_other by {{count}}). The backend writes the English
 * summary from these (CLI, older readers); the interface shows the phrase in its own
 * language (renderer/i18n/*.ts `history.phrases`, the same keys).
 */
export const HISTORY_PHRASES_EN = {
  codeCreate: 'Create code «{{name}}»',
  codeRename: 'Rename code «{{name}}» to «{{to}}»',
  codeMove: 'Move code «{{name}}»',
  codeEdit: 'Edit code «{{name}}»',
  codeDelete: 'Delete code «{{name}}»',
  codeMerge: 'Merge «{{name}}» into «{{to}}»',
  codeSplit_one: 'Split {{count}} coding of «{{name}}» into «{{to}}»',
  codeSplit_other: 'Split {{count}} codings of «{{name}}» into «{{to}}»',
  codingCreate_one: 'Code a passage with {{codes}}',
  codingCreate_other: 'Code {{count}} passages with {{codes}}',
  codingAdjust: 'Adjust a coding of «{{name}}»',
  codingRecode_one: 'Recode {{count}} coding as «{{name}}»',
  codingRecode_other: 'Recode {{count}} codings as «{{name}}»',
  codingRemove: 'Remove a coding of «{{name}}»',
  codingsRemove_one: 'Remove {{count}} coding',
  codingsRemove_other: 'Remove {{count}} codings',
  documentRename: 'Rename document «{{name}}» to «{{to}}»',
  documentsPseudonymise_one: 'Pseudonymise {{count}} document (replacements: {{replaced}}; cannot be undone)',
  documentsPseudonymise_other:
    'Pseudonymise {{count}} documents (replacements: {{replaced}}; cannot be undone)',
  // Edits and updates of a transcript's text (issue 16)
  documentEdit: 'Edit document «{{name}}» ({{removed}} characters removed, {{inserted}} added)',
  documentUpdate: 'Update «{{name}}» from {{file}} ({{removed}} characters removed, {{inserted}} added)',
  documentsUpdate_one: 'Update {{count}} document from new versions',
  documentsUpdate_other: 'Update {{count}} documents from new versions',
  memoWrite: 'Write memo «{{name}}»',
  memoEdit: 'Edit memo «{{name}}»',
  memoDelete: 'Delete memo «{{name}}»',
  summaryWrite: 'Summarise «{{name}}» for «{{to}}»',
  // Merges and REFI-QDA imports (app/history/bulkChange.ts)
  projectMerge: 'Merge the project «{{name}}»',
  exchangeImport: 'Import «{{name}}»',
  disagreementSettle:
    'Settle a disagreement on «{{name}}» in {{document}} ({{coderA}} / {{coderB}}): {{what}}',
  // Coding queries (app/queries/operations.ts)
  queryCode_one: 'Code the {{count}} result of {{expression}} as «{{name}}»',
  queryCode_other: 'Code the {{count}} results of {{expression}} as «{{name}}»',
  // Cases, attributes, sets and document deletion (db/queries/wholeRows.ts)
  caseCreate: 'Create case «{{name}}»',
  caseRename: 'Rename case «{{name}}» to «{{to}}»',
  caseEdit: 'Edit case «{{name}}»',
  caseDelete: 'Delete case «{{name}}»',
  caseValueSet: 'Set «{{attribute}}» of «{{name}}» to «{{value}}»',
  caseValueClear: 'Clear «{{attribute}}» of «{{name}}»',
  attributeCreate: 'Create attribute «{{name}}»',
  attributeRename: 'Rename attribute «{{name}}» to «{{to}}»',
  attributeEdit: 'Edit attribute «{{name}}»',
  attributeDelete: 'Delete attribute «{{name}}»',
  documentSetCreate: 'Create document set «{{name}}»',
  documentSetRename: 'Rename document set «{{name}}» to «{{to}}»',
  documentSetEdit: 'Change the documents of set «{{name}}»',
  documentSetDelete: 'Delete document set «{{name}}»',
  codeGroupCreate: 'Create code group «{{name}}»',
  codeGroupRename: 'Rename code group «{{name}}» to «{{to}}»',
  codeGroupEdit: 'Change the codes of group «{{name}}»',
  codeGroupDelete: 'Delete code group «{{name}}»',
  documentDelete: 'Delete document «{{name}}»',
  tableImport: 'Import the table «{{name}}»',
};

type WithoutPlural<T> = T extends `${infer Key}_${'one' | 'other'}` ? Key : T;
/** A phrase's key, without the plural suffix. */
export type HistoryPhraseKey = WithoutPlural<keyof typeof HISTORY_PHRASES_EN>;

/** What a change did, for the interface to say in its language. */
export interface HistoryPhrase {
  readonly key: HistoryPhraseKey;
  readonly values: Readonly<Record<string, string | number>>;
}

/** The phrase in English, as i18next would render it (the plural chosen by `count`). */
export function englishPhrase({ key, values }: HistoryPhrase): string {
  const templates: Readonly<Record<string, string>> = HISTORY_PHRASES_EN;
  const plural = typeof values.count === 'number' ? `${key}_${values.count === 1 ? 'one' : 'other'}` : key;
  const template = templates[plural] ?? templates[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/gu, (_match, name: string) => String(values[name] ?? ''));
}
