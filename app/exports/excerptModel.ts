import { listAllExcerpts, listCodes, listDocumentOpenings, listMemos, type Db } from '../../db/index.ts';
import type { CasesTable, Excerpt } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { casesTable } from '../handlers/cases.ts';
import {
  citationOf,
  DEFAULT_CITATION,
  type CaseContext,
  type CitationPart,
  type ExportLanguage,
} from './citation.ts';
import { codebookOrder } from './codebookExport.ts';
import { betweenQuotationMarks, frenchTypography } from './frenchTypography.ts';
import { printable } from './printable.ts';
// Aliased: `groupBy` is the grouping option here.
import { groupBy as groupRows } from '../util/groupBy.ts';
import { guessTextLanguage, type TextLanguage } from './textLanguage.ts';

export type GroupBy = 'code' | 'case' | 'document';

/** One excerpt as every writer shows it: the quote, its sources, its citation line, its memo. */
export interface ModelExcerpt extends Excerpt {
  readonly caseName: string | null;
  /** Values of the cited case attributes, by attribute name (empty string when unset). */
  readonly attributes: ReadonlyMap<string, string>;
  /** The formatted citation line (French typography in French). */
  readonly citation: string;
  /** The plain text of the coding's memos, or null (always null unless memos were asked for). */
  readonly memo: string | null;
  /**
   * The quote as a paper shows it (Markdown, HTML, Word): the language's typography unless
   * the exact text was asked for, between quotation marks when asked. CSV keeps `quote`.
   */
  readonly shown: string;
}

export interface ModelGroup {
  /** The code, case or document name the group is about. */
  readonly title: string;
  readonly excerpts: readonly ModelExcerpt[];
}

/**
 * What an excerpt export contains, built once from the database; the Markdown, HTML, CSV
 * and DOCX writers only lay it out, so all formats show the same excerpts, groups and lines.
 */
export interface ExcerptModel {
  readonly projectName: string;
  readonly language: ExportLanguage;
  readonly groupBy: GroupBy;
  readonly parts: readonly CitationPart[];
  /** Attribute names cited (the `attr:` parts, in order): CSV gives them their own columns. */
  readonly attributeNames: readonly string[];
  readonly includeMemos: boolean;
  readonly quoteMarks: boolean;
  readonly exactQuotes: boolean;
  readonly groups: readonly ModelGroup[];
  readonly total: number;
}

export interface ModelOptions {
  readonly language: ExportLanguage;
  readonly groupBy?: GroupBy | undefined;
  /** Only these codes (none given: every code). */
  readonly codeIds?: readonly number[] | undefined;
  /** The citation parts in order; absent: document, speaker, timestamp, segment (+ code when not grouped by code). */
  readonly parts?: readonly CitationPart[] | undefined;
  readonly includeMemos?: boolean | undefined;
  /** Each excerpt between quotation marks (« » in French, “ ” in English). */
  readonly quoteMarks?: boolean | undefined;
  /** Excerpts character for character as transcribed: no typography in them. */
  readonly exactQuotes?: boolean | undefined;
}

const NO_CASE: Record<ExportLanguage, string> = { en: 'No case', fr: 'Sans cas' };

/** Each document's case and its attribute values by name (a document in several cases: the first). */
export function caseContexts(table: CasesTable): Map<number, CaseContext> {
  const attributeName = new Map(table.attributes.map((attribute) => [attribute.id, attribute.name]));
  const contexts = new Map<number, CaseContext>();
  for (const row of table.cases) {
    const values = new Map(
      Object.entries(row.values).map(([id, value]) => [attributeName.get(Number(id)) ?? '', value] as const),
    );
    for (const documentId of row.documentIds) {
      if (!contexts.has(documentId)) contexts.set(documentId, { caseName: row.name, values });
    }
  }
  return contexts;
}

/** Memo text per coding id; several memos on one coding are joined by a blank line. */
function codingMemos(db: Db): Map<number, string> {
  const memos = new Map<number, string>();
  // listMemos sorts newest first; the export reads oldest first.
  for (const memo of [...listMemos(db, { targetKind: 'coding' })].reverse()) {
    const text = [memo.title.trim(), memo.plainText.trim()].filter(Boolean).join(' — ');
    if (memo.targetId === null || !text) continue;
    const before = memos.get(memo.targetId);
    memos.set(memo.targetId, before ? `${before}\n\n${text}` : text);
  }
  return memos;
}

/** Names as a reader sorts them: accents and case aside, "entretien-2" before "entretien-10". */
const NAME_ORDER = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Orders excerpts by document name, then place in the document. Each document's rank is
 * computed once: comparing names for each of 100,000 excerpts' comparisons was the slowest
 * step of a large export.
 */
function byPlace(excerpts: readonly Excerpt[]): (x: Excerpt, y: Excerpt) => number {
  const documents = new Map(excerpts.map((excerpt) => [excerpt.documentId, excerpt.documentName]));
  const rank = new Map(
    [...documents]
      .sort(([idA, a], [idB, b]) => NAME_ORDER.compare(a, b) || idA - idB)
      .map(([id], index) => [id, index]),
  );
  return (x, y) => (rank.get(x.documentId) ?? 0) - (rank.get(y.documentId) ?? 0) || x.start - y.start;
}

/**
 * How a quote is shown in a paper. French typography changes only spacing and quotation
 * marks (no-break spaces before : ; ! ?, « » for straight quotes), never a word, and only
 * in quotes from transcripts in French; a researcher who must quote character for
 * character asks for exact quotes.
 */
export function quoteShower(
  language: ExportLanguage,
  { quoteMarks = false, exactQuotes = false }: Pick<ModelOptions, 'quoteMarks' | 'exactQuotes'>,
): (quote: string, spokenIn: TextLanguage) => string {
  return (quote, spokenIn) => {
    // Only a French quote takes French spacing; the marks around it follow the paper.
    const french = language === 'fr' && spokenIn === 'fr' && !exactQuotes;
    const typeset = french ? frenchTypography(quote, { nested: quoteMarks }) : quote;
    return quoteMarks ? betweenQuotationMarks(typeset, language) : typeset;
  };
}

/** Enough of a transcript's start to tell its language. */
const LANGUAGE_SAMPLE = 20_000;

function documentLanguages(db: Db): Map<number, TextLanguage> {
  return new Map(
    listDocumentOpenings(db, LANGUAGE_SAMPLE).map(({ id, opening }) => [id, guessTextLanguage(opening)]),
  );
}

export function buildExcerptModel(db: Db, projectName: string, options: ModelOptions): ExcerptModel {
  const { language } = options;
  const groupBy = options.groupBy ?? 'code';
  const codes = codebookOrder(listCodes(db)).map(({ code }) => code);
  const wanted = options.codeIds && options.codeIds.length > 0 ? new Set(options.codeIds) : null;
  for (const id of wanted ?? []) {
    if (!codes.some((code) => code.id === id))
      throw new AppError('NOT_FOUND', `There is no code with id ${id} in this project.`);
  }
  // Grouped by case or document, each excerpt must say its code.
  const parts =
    options.parts ?? (groupBy === 'code' ? DEFAULT_CITATION : ['code' as const, ...DEFAULT_CITATION]);
  const attributeNames = parts.filter((part) => part.startsWith('attr:')).map((part) => part.slice(5));
  const cases = casesTable(db);
  const contexts = caseContexts(cases);
  const known = new Set(cases.attributes.map((attribute) => attribute.name));
  const unknown = attributeNames.find((name) => !known.has(name));
  if (unknown !== undefined)
    throw new AppError('NOT_FOUND', `There is no case attribute «${unknown}» in this project.`);
  const memos = options.includeMemos ? codingMemos(db) : new Map<number, string>();
  const show = quoteShower(language, options);
  const spokenIn = language === 'fr' ? documentLanguages(db) : new Map<number, TextLanguage>();
  const toModel = (excerpt: Excerpt): ModelExcerpt => {
    const context = contexts.get(excerpt.documentId);
    const quote = printable(excerpt.quote);
    const memo = memos.get(excerpt.codingId);
    return {
      ...excerpt,
      quote,
      shown: show(quote, spokenIn.get(excerpt.documentId) ?? 'unknown'),
      caseName: context?.caseName ?? null,
      attributes: new Map(attributeNames.map((name) => [name, context?.values.get(name) ?? ''])),
      citation: printable(citationOf(excerpt, language, parts, context)),
      memo: memo === undefined ? null : printable(memo),
    };
  };
  const excerpts = listAllExcerpts(db)
    .filter((excerpt) => wanted === null || wanted.has(excerpt.codeId))
    .map(toModel);

  const inOrder = byPlace(excerpts);
  let groups: ModelGroup[];
  if (groupBy === 'code') {
    const byCode = groupRows(excerpts, (excerpt) => excerpt.codeId);
    // Codebook order (parents before children), as the researcher arranged the codes.
    groups = codes
      .filter((code) => wanted === null || wanted.has(code.id))
      .map((code) => ({ title: code.name, excerpts: (byCode.get(code.id) ?? []).sort(inOrder) }));
  } else {
    const byKey = groupRows(excerpts, (excerpt) =>
      groupBy === 'case' ? (excerpt.caseName ?? NO_CASE[language]) : excerpt.documentName,
    );
    groups = [...byKey]
      .sort(([a], [b]) => NAME_ORDER.compare(a, b))
      .map(([title, list]) => ({ title, excerpts: list.sort(inOrder) }));
  }
  return {
    projectName,
    language,
    groupBy,
    parts,
    attributeNames,
    includeMemos: options.includeMemos ?? false,
    quoteMarks: options.quoteMarks ?? false,
    exactQuotes: options.exactQuotes ?? false,
    groups,
    total: excerpts.length,
  };
}

/**
 * Called by writers after each excerpt: lets a long export report progress, yield to the
 * event loop and stop when cancelled. Synchronous exports pass nothing.
 */
export type ExportTick = () => Promise<void>;

export const noTick: ExportTick = () => Promise.resolve();
