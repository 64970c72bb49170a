import {
  iterateCodingQuotes,
  iterateDocumentsByName,
  listAnchorExamples,
  listCodes,
  listMemos,
  listSpeakerLabels,
  type Db,
} from '../../db/index.ts';
import type { InputOf } from '../contract/api.ts';
import { casesTable } from '../cases/casesTable.ts';
import type { ScannedText } from './group.ts';

/** What is about to leave the project: coded excerpts, the codebook (for a paper or as .qdc), or the whole project (.qdpx). */
export type ExportScope = InputOf<'pseudonymise/scanForExport'>['scope'];

const CODEBOOK_SOURCE = 'codebook';
const CASES_SOURCE = 'cases';
const MEMOS_SOURCE = 'memos';
const DOCUMENTS_SOURCE = 'document names';

/** Case names and attribute values (of the cases of `documents`, when given): citation lines and REFI-QDA cases carry them. */
function caseTexts(db: Db, documents?: ReadonlySet<number>): ScannedText[] {
  const table = casesTable(db);
  return table.cases
    .filter((row) => documents === undefined || row.documentIds.some((id) => documents.has(id)))
    .flatMap((row) => [
      { source: CASES_SOURCE, text: row.name },
      ...Object.values(row.values).map((value) => ({ source: CASES_SOURCE, text: value })),
    ]);
}

/** Document names: citation lines show them, and a .qdpx names its sources after them. */
function documentNames(names: readonly string[]): ScannedText[] {
  return names.map((name) => ({ source: DOCUMENTS_SOURCE, text: name }));
}

/** Memos (on the codings written, when given): an excerpt export writes its codings' memos. */
function memoTexts(db: Db, codings?: ReadonlySet<number>): ScannedText[] {
  return listMemos(db, codings ? { targetKind: 'coding' } : {})
    .filter((memo) => codings === undefined || (memo.targetId !== null && codings.has(memo.targetId)))
    .flatMap((memo) => [
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

/** Speaker labels are identifiers too ("Marie Dupont : …"); each distinct label of a document once. */
function labelTexts(source: string, labels: readonly string[] = []): ScannedText[] {
  return labels.map((label) => ({ source, text: label, speakerLabel: true }));
}

/** The whole project (.qdpx): every transcript, read one at a time, with its labels, and every other text. */
function* projectTexts(db: Db): Generator<ScannedText> {
  const labels = listSpeakerLabels(db);
  const names: string[] = [];
  for (const document of iterateDocumentsByName(db)) {
    names.push(document.name);
    yield { source: document.name, text: document.text };
    yield* labelTexts(document.name, labels.get(document.id));
  }
  yield* [...documentNames(names), ...codebookTexts(db), ...caseTexts(db), ...memoTexts(db)];
}

/**
 * Excerpts: the quotes the export writes (of the chosen codes), read one at a time, not the
 * whole transcripts; then what their citations and columns name: the labels, names and
 * cases of their documents, and their memos when asked.
 */
function* excerptTexts(db: Db, includeMemos: boolean, codeIds: readonly number[]): Generator<ScannedText> {
  const wanted = codeIds.length > 0 ? new Set(codeIds) : null;
  const documents = new Map<number, string>();
  const codings = new Set<number>();
  for (const coding of iterateCodingQuotes(db)) {
    if (wanted !== null && !wanted.has(coding.codeId)) continue;
    documents.set(coding.documentId, coding.documentName);
    if (includeMemos) codings.add(coding.id);
    yield { source: coding.documentName, text: coding.quote };
  }
  const labels = listSpeakerLabels(db);
  for (const [id, name] of documents) yield* labelTexts(name, labels.get(id));
  yield* documentNames([...documents.values()]);
  yield* caseTexts(db, new Set(documents.keys()));
  if (includeMemos) yield* memoTexts(db, codings);
}

/**
 * Every text an export of `scope` writes, for the identifier scan before it: transcripts
 * or quotes with their speaker labels, document names, case names and values, memos, the
 * codebook. A name in a memo or a case attribute re-identifies as surely as one in a
 * transcript. One streaming pass over the large tables; blank texts are left out.
 */
export function* textsOfExport(
  db: Db,
  scope: ExportScope,
  includeMemos: boolean,
  codeIds: readonly number[] = [],
): Generator<ScannedText> {
  const texts =
    scope === 'codebook' || scope === 'qdc'
      ? codebookTexts(db)
      : scope === 'qdpx'
        ? projectTexts(db)
        : excerptTexts(db, includeMemos, codeIds);
  for (const entry of texts) if (entry.text.trim() !== '') yield entry;
}
