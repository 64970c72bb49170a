import { documentOpeningReader, listMemos, type Db } from '../../db/index.ts';
import type { CasesTable, Excerpt, QuoteTurn } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { casesTable } from '../cases/casesTable.ts';
import { citationOf, type CaseContext, type CitationPart, type ExportLanguage } from './citation.ts';
import { betweenQuotationMarks, frenchTypography } from './frenchTypography.ts';
import { printable } from '../text/printable.ts';
import { guessTextLanguage, type TextLanguage } from './textLanguage.ts';
import { typesetFor } from './labels.ts';
import { memoExportText } from './memoExportText.ts';
import { ModelExcerptItem, ModelTurnPart, type Formatting } from './modelClasses.ts';

/** One speaker's part of a quote across turns, as the writers show it. */
export interface ModelTurn extends QuoteTurn {
  /** "Enquêtrice :" in the export's typography; null for a turn without a speaker. */
  readonly label: string | null;
  /** The part as shown (see ModelExcerpt.shown); `quote` keeps its exact text. */
  readonly shown: string;
  /** The citation line of this part alone: its own speaker, time and turn. */
  readonly citation: string;
}

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
  /**
   * Set when the quote mixes speakers: each speaker's part, to be shown on its own line
   * after its speaker's label. `shown` is then those lines joined, for plain-text uses.
   */
  readonly turns: readonly ModelTurn[] | null;
}

/** How excerpts are written: the same for a whole export and for one copied excerpt. */
export interface FormatOptions {
  readonly language: ExportLanguage;
  readonly parts: readonly CitationPart[];
  readonly includeMemos?: boolean | undefined;
  /** Each excerpt between quotation marks (« » in French, “ ” in English). */
  readonly quoteMarks?: boolean | undefined;
  /** Excerpts character for character as transcribed: no typography in them. */
  readonly exactQuotes?: boolean | undefined;
  /**
   * Whether each excerpt needs its case (grouping by case, CSV's case column). Without it,
   * the cases are read only when the citation cites a case or an attribute.
   */
  readonly withCases?: boolean | undefined;
}

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
    const text = memoExportText(memo.title, memo.plainText);
    if (memo.targetId === null || !text) continue;
    const before = memos.get(memo.targetId);
    memos.set(memo.targetId, before ? `${before}\n\n${text}` : text);
  }
  return memos;
}

/**
 * How a quote is shown in a paper. French typography changes only spacing and quotation
 * marks (no-break spaces before : ; ! ?, « » for straight quotes), never a word, and only
 * in quotes from transcripts in French; a researcher who must quote character for
 * character asks for exact quotes.
 */
export function quoteShower(
  language: ExportLanguage,
  { quoteMarks = false, exactQuotes = false }: Pick<FormatOptions, 'quoteMarks' | 'exactQuotes'>,
): (quote: string, spokenIn: TextLanguage) => string {
  return (quote, spokenIn) => {
    // Only a French quote takes French spacing; the marks around it follow the paper.
    const french = language === 'fr' && spokenIn === 'fr' && !exactQuotes;
    const typeset = french ? frenchTypography(quote, { nested: quoteMarks }) : quote;
    return quoteMarks ? betweenQuotationMarks(typeset, language) : typeset;
  };
}

/**
 * A speaker's label before their part: "Marie :" in French (no-break space), "Marie:" in
 * English. Made once per speaker: a project has a few speakers and tens of thousands of
 * parts, and typesetting each part's label was a sixth of a CSV export, which never writes
 * it (profiled).
 */
function speakerLabel(language: ExportLanguage): (speaker: string) => string {
  const typeset = typesetFor(language);
  const labels = new Map<string, string>();
  return (speaker) => {
    let label = labels.get(speaker);
    if (label === undefined) {
      label = typeset(printable(language === 'fr' ? `${speaker} :` : `${speaker}:`));
      labels.set(speaker, label);
    }
    return label;
  };
}

/** One part of a quote as an excerpt of its own, to cite it with its own speaker, time and turn. */
function turnAlone(excerpt: Excerpt, turn: QuoteTurn): Excerpt {
  const { codingId, codeId, codeName, documentId, documentName, coder } = excerpt;
  const { speaker, timestamp, segmentOrdinal, start, end, quote } = turn;
  // Named one by one: a spread of the excerpt per part cost more than the citation (profiled).
  return {
    codingId,
    codeId,
    codeName,
    documentId,
    documentName,
    start,
    end,
    quote,
    coder,
    segmentOrdinal,
    speaker,
    timestamp,
    turns: null,
  };
}

/** Enough of a transcript's start to tell its language. */
const LANGUAGE_SAMPLE = 20_000;

/**
 * Turns excerpts into model excerpts: citation line (case and attributes), memo, the quote
 * as shown. An unknown cited attribute is an error, not an empty citation. A document's
 * language is told the first time one of its excerpts needs it.
 *
 * `shown` is computed when a writer first reads it: CSV writes the exact quote and never
 * does, so a CSV export neither reads each document's opening to tell its language nor
 * typesets every quote (a third of a 20,000-excerpt CSV export's time, profiled).
 */
export function excerptFormatter(
  db: Db,
  options: FormatOptions,
): { readonly toModel: (excerpt: Excerpt) => ModelExcerpt; readonly attributeNames: readonly string[] } {
  const { language, parts } = options;
  const attributeNames = parts.filter((part) => part.startsWith('attr:')).map((part) => part.slice(5));
  const cited = parts.some((part) => part === 'case' || part.startsWith('attr:'));
  // One copied excerpt need not read every case of the project when it cites none.
  const cases: CasesTable =
    (options.withCases ?? false) || cited ? casesTable(db) : { attributes: [], cases: [] };
  const contexts = caseContexts(cases);
  const known = new Set(cases.attributes.map((attribute) => attribute.name));
  const unknown = attributeNames.find((name) => !known.has(name));
  if (unknown !== undefined)
    throw new AppError('NOT_FOUND', `There is no case attribute «${unknown}» in this project.`, {
      key: 'caseAttributeNotFound',
      params: { name: unknown },
    });
  const memos = options.includeMemos ? codingMemos(db) : new Map<number, string>();
  const show = quoteShower(language, options);
  const languages = new Map<number, TextLanguage>();
  const openingOf = documentOpeningReader(db, LANGUAGE_SAMPLE);
  const spokenIn = (documentId: number): TextLanguage => {
    if (language !== 'fr') return 'unknown';
    let found = languages.get(documentId);
    if (found === undefined) {
      found = guessTextLanguage(openingOf(documentId));
      languages.set(documentId, found);
    }
    return found;
  };
  const label = speakerLabel(language);
  // The cited attributes are the document's case's: one map per document, not per excerpt.
  const attributesOf = new Map<number, ReadonlyMap<string, string>>();
  const citedAttributes = (documentId: number, context: CaseContext | undefined) => {
    let values = attributesOf.get(documentId);
    if (values === undefined) {
      values = new Map(attributeNames.map((name) => [name, context?.values.get(name) ?? '']));
      attributesOf.set(documentId, values);
    }
    return values;
  };
  const format: Formatting = {
    typeset: (quote, documentId) => show(quote, spokenIn(documentId)),
    cite: (excerpt, turn) =>
      printable(
        citationOf(
          turn === null ? excerpt : turnAlone(excerpt, turn),
          language,
          parts,
          contexts.get(excerpt.documentId),
        ),
      ),
  };
  const toModel = (excerpt: Excerpt): ModelExcerpt => {
    const context = contexts.get(excerpt.documentId);
    const memo = memos.get(excerpt.codingId);
    const turns =
      excerpt.turns?.map(
        (turn) =>
          new ModelTurnPart(
            turn,
            printable(turn.quote),
            turn.speaker === null ? null : label(turn.speaker),
            excerpt,
            format,
          ),
      ) ?? null;
    const added = {
      quote: printable(excerpt.quote),
      turns,
      caseName: context?.caseName ?? null,
      attributes: citedAttributes(excerpt.documentId, context),
      memo: memo === undefined ? null : printable(memo),
    };
    return new ModelExcerptItem(excerpt, added, format);
  };
  return { toModel, attributeNames };
}
