import { listAnchorExamples, listCodes, listMemos, type Db } from '../../db/index.ts';
import type { InputOf } from '../contract/api.ts';
import { casesTable } from '../cases/casesTable.ts';
import type { ScannedText } from './group.ts';

/** What is about to leave the project: coded excerpts, the codebook (for a paper or as .qdc), or the whole project (.qdpx). */
export type ExportScope = InputOf<'pseudonymise/scanForExport'>['scope'];

const CODEBOOK_SOURCE = 'codebook';
const CASES_SOURCE = 'cases';
const MEMOS_SOURCE = 'memos';
const DOCUMENTS_SOURCE = 'document names';

/** Case names and attribute values: citation lines and REFI-QDA cases carry them. */
function caseTexts(db: Db): ScannedText[] {
  const table = casesTable(db);
  return table.cases.flatMap((row) => [
    { source: CASES_SOURCE, text: row.name },
    ...Object.values(row.values).map((value) => ({ source: CASES_SOURCE, text: value })),
  ]);
}

/** Document names: citation lines show them, and a .qdpx names its sources after them. */
function documentNames(names: readonly string[]): ScannedText[] {
  return names.map((name) => ({ source: DOCUMENTS_SOURCE, text: name }));
}

function memoTexts(db: Db, targetKind?: 'coding'): ScannedText[] {
  return listMemos(db, { targetKind }).flatMap((memo) => [
    { source: MEMOS_SOURCE, text: memo.title },
    { source: MEMOS_SOURCE, text: memo.plainText },
  ]);
}

/** Code names, definitions, criteria and anchor examples: all a codebook export writes. */
function codebookTexts(db: Db): ScannedText[] {
  const codes = listCodes(db);
  return [
    ...codes.flatMap((code) =>
      [code.name, code.description, code.inclusion, code.exclusion].map((text) => ({
        source: CODEBOOK_SOURCE,
        text,
      })),
    ),
    ...[...listAnchorExamples(db).values()].map((quote) => ({ source: CODEBOOK_SOURCE, text: quote })),
  ];
}

/**
 * The texts besides the transcripts that an export of `scope` writes (document names, case
 * names and values, memos, the codebook), for the identifier scan before it (the
 * transcripts are scanned by the caller, with their speaker labels): a name in a memo or a
 * case attribute re-identifies as surely as one in a transcript.
 */
export function textsLeavingWith(
  db: Db,
  scope: ExportScope,
  includeMemos: boolean,
  names: readonly string[],
): ScannedText[] {
  const texts =
    scope === 'codebook' || scope === 'qdc'
      ? codebookTexts(db)
      : scope === 'qdpx'
        ? [...documentNames(names), ...codebookTexts(db), ...caseTexts(db), ...memoTexts(db)]
        : [...documentNames(names), ...caseTexts(db), ...(includeMemos ? memoTexts(db, 'coding') : [])];
  return texts.filter((entry) => entry.text.trim() !== '');
}

/** Whether an export of `scope` writes the transcripts (excerpts quote them, a .qdpx holds them). */
export function scopeWritesTranscripts(scope: ExportScope): boolean {
  return scope === 'excerpts' || scope === 'qdpx';
}
