import {
  codingQuoteReader,
  codingsByIdsReader,
  integerColumns,
  listCodeIdsNoCase,
  listCoderNames,
  listCodes,
  listDocumentNamesNoCase,
  listSegmentsByDocument,
  type CodingKeyRow,
  type CodingOwnRow,
  type Db,
  type SegmentRow,
} from '../../db/index.ts';
import type { GroupBy } from '../contract/enums.ts';
import { AppError } from '../errors.ts';
import { casesTable } from '../cases/casesTable.ts';
import { mayMixSpeakers, quoteTurns, turnAt } from '../text/quoteTurns.ts';
import type { Excerpt } from '../contract/types.ts';
import { DEFAULT_CITATION, type CitationPart, type ExportLanguage } from './citation.ts';
import { codebookOrder } from './codebookExport.ts';
import { caseContexts, excerptFormatter, type ModelExcerpt } from './excerptFormat.ts';

export interface PlanOptions {
  readonly language: ExportLanguage;
  readonly groupBy?: GroupBy | undefined;
  /** Only these codes (none given: every code). */
  readonly codeIds?: readonly number[] | undefined;
  /** The citation parts in order; absent: document, speaker, timestamp, segment (+ code when not grouped by code). */
  readonly parts?: readonly CitationPart[] | undefined;
  readonly includeMemos?: boolean | undefined;
  readonly quoteMarks?: boolean | undefined;
  readonly exactQuotes?: boolean | undefined;
}

/** One group of an export: its title and its codings' ids, in the order they are written. */
export interface PlannedGroup {
  /** The code, case or document name the group is about. */
  readonly title: string;
  /** How deep the group's code is in the codebook (0: top level, and every case or document group). */
  readonly depth: number;
  readonly codingIds: readonly number[];
}

/**
 * What an excerpt export writes, without the excerpts themselves: the groups in order and
 * the ids of their codings in order, so that a writer reads and lays out a few hundred
 * excerpts at a time (`read`) and never holds them all.
 */
export interface ExcerptPlan {
  readonly projectName: string;
  readonly language: ExportLanguage;
  readonly groupBy: GroupBy;
  /** The one code an export of one code is of (its file and title are named after it); else null. */
  readonly codeName: string | null;
  /** Attribute names cited (the `attr:` parts, in order): CSV gives them their own columns. */
  readonly attributeNames: readonly string[];
  readonly includeMemos: boolean;
  readonly groups: readonly PlannedGroup[];
  readonly total: number;
  /** Whether an excerpt mixes speakers (a CSV then has its `part` column). */
  readonly withParts: boolean;
  /** These codings as the writers show them, in this order. */
  readonly read: (codingIds: readonly number[]) => Iterable<ModelExcerpt>;
}

/**
 * The name of the one code chosen, whatever the grouping: an export of one code is named
 * and titled after it (several or every code: null).
 */
export function oneCodeName(
  codes: readonly { readonly id: number; readonly name: string }[],
  codeIds: Iterable<number> | null | undefined,
): string | null {
  const [only, ...others] = new Set(codeIds ?? []);
  if (only === undefined || others.length > 0) return null;
  return codes.find((code) => code.id === only)?.name ?? null;
}

const NO_CASE: Record<ExportLanguage, string> = { en: 'No case', fr: 'Sans cas' };

/** Names as a reader sorts them: accents and case aside, "entretien-2" before "entretien-10". */
const NAME_ORDER = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const NO_SEGMENTS: readonly SegmentRow[] = [];

/** Lexicographic comparison of two tuples of numbers. */
function compareTuples(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Plans an excerpt export in one pass over the codings' keys (ids, codes, documents,
 * ranges): groups in codebook order (by code) or by name (case, document), excerpts by
 * document name then place. Ties keep the order the excerpts were listed in before
 * (code name, document name, id), so files are as they always were.
 */
export function planExcerpts(db: Db, projectName: string, options: PlanOptions): ExcerptPlan {
  const { language } = options;
  const groupBy = options.groupBy ?? 'code';
  const ordered = codebookOrder(listCodes(db));
  const codes = ordered.map(({ code }) => code);
  // A sub-code's group is headed one level below its parent's in the files (Markdown, HTML, Word).
  const depthOfCode = new Map(ordered.map(({ code, depth }) => [code.id, depth]));
  const wanted = options.codeIds && options.codeIds.length > 0 ? new Set(options.codeIds) : null;
  for (const id of wanted ?? []) {
    if (!codes.some((code) => code.id === id))
      throw new AppError('NOT_FOUND', `There is no code with id ${id} in this project.`, {
        key: 'codeNotFound',
        params: { id },
      });
  }
  // Grouped by case or document, each excerpt must say its code.
  const parts =
    options.parts ?? (groupBy === 'code' ? DEFAULT_CITATION : ['code' as const, ...DEFAULT_CITATION]);
  const format = excerptFormatter(db, { ...options, parts, withCases: true });

  const documents = listDocumentNamesNoCase(db);
  const nameOf = new Map(documents.map((document) => [document.id, document.name]));
  const noCaseRank = new Map(documents.map((document, index) => [document.id, index]));
  const placeRank = new Map(
    [...documents]
      .sort((a, b) => NAME_ORDER.compare(a.name, b.name) || a.id - b.id)
      .map((document, index) => [document.id, index]),
  );
  const codeRankOf = new Map(listCodeIdsNoCase(db).map((id, index) => [id, index]));
  const contexts = groupBy === 'case' ? caseContexts(casesTable(db)) : new Map();

  // Group keys: a code id, a case name or a document name.
  const groupIndex = new Map<number | string, number>();
  const titles: string[] = [];
  const depths: number[] = [];
  const firstListed: number[][] = [];
  if (groupBy === 'code') {
    for (const code of codes) {
      if (wanted !== null && !wanted.has(code.id)) continue;
      groupIndex.set(code.id, titles.length);
      titles.push(code.name);
      depths.push(depthOfCode.get(code.id) ?? 0);
    }
  }
  const keyOf = (codeId: number, documentId: number): number | string => {
    if (groupBy === 'code') return codeId;
    if (groupBy === 'case') {
      const context = contexts.get(documentId) as { caseName: string } | undefined;
      return context?.caseName ?? NO_CASE[language];
    }
    return nameOf.get(documentId) ?? '';
  };

  // Each row's group and sort keys in columns, sorted through an index: an object and an
  // array per coding were a large part of planning 200,000 (profiled).
  const ids: number[] = [];
  const groups: number[] = [];
  const places: number[] = [];
  const starts: number[] = [];
  const codeRanks: number[] = [];
  const listed = [0, 0, 0, 0, 0];
  let withParts = false;
  const segments = listSegmentsByDocument(db);
  const segmentsOf = (documentId: number): readonly SegmentRow[] => segments.get(documentId) ?? NO_SEGMENTS;
  // Whether a quote mixes speakers needs its text, read only for a range across speakers'
  // turns, and no more once one is found.
  const quoteOf = codingQuoteReader(db);
  // The keys as columns in table order (integerColumns): nothing below depends on the order
  // rows come in, since groups and excerpts are sorted after.
  const [keyIds = [], keyCodes = [], keyDocuments = [], keyStarts = [], keyEnds = []] = integerColumns(
    db,
    'codings',
    ['id', 'code_id', 'document_id', 'start', 'end'],
  );
  for (let index = 0; index < keyIds.length; index++) {
    const row: CodingKeyRow = {
      id: keyIds[index] ?? 0,
      codeId: keyCodes[index] ?? 0,
      documentId: keyDocuments[index] ?? 0,
      start: keyStarts[index] ?? 0,
      end: keyEnds[index] ?? 0,
    };
    if (wanted !== null && !wanted.has(row.codeId)) continue;
    const key = keyOf(row.codeId, row.documentId);
    let group = groupIndex.get(key);
    if (group === undefined) {
      group = titles.length;
      groupIndex.set(key, group);
      titles.push(String(key));
    }
    const codeRank = codeRankOf.get(row.codeId) ?? 0;
    if (groupBy !== 'code') {
      listed[0] = codeRank;
      listed[1] = noCaseRank.get(row.documentId) ?? 0;
      listed[2] = row.documentId;
      listed[3] = row.start;
      listed[4] = row.id;
      const before = firstListed[group];
      if (before === undefined || compareTuples(listed, before) < 0) firstListed[group] = [...listed];
    }
    const spans = segmentsOf(row.documentId);
    if (!withParts && mayMixSpeakers(row, spans))
      withParts = quoteTurns({ ...row, quote: quoteOf(row.id) }, spans) !== null;
    ids.push(row.id);
    groups.push(group);
    places.push(placeRank.get(row.documentId) ?? 0);
    starts.push(row.start);
    codeRanks.push(codeRank);
  }

  let order = titles.map((_, index) => index);
  if (groupBy !== 'code') {
    order = order.sort(
      (a, b) =>
        NAME_ORDER.compare(titles[a] ?? '', titles[b] ?? '') ||
        compareTuples(firstListed[a] ?? [], firstListed[b] ?? []),
    );
  }
  const members: number[][] = titles.map(() => []);
  const sorted = Array.from(ids.keys()).sort(
    (a, b) =>
      (places[a] ?? 0) - (places[b] ?? 0) ||
      (starts[a] ?? 0) - (starts[b] ?? 0) ||
      (codeRanks[a] ?? 0) - (codeRanks[b] ?? 0) ||
      (ids[a] ?? 0) - (ids[b] ?? 0),
  );
  for (const index of sorted) members[groups[index] ?? 0]?.push(ids[index] ?? 0);

  const codeName = new Map(codes.map((code) => [code.id, code.name]));
  const coderName = listCoderNames(db);
  const codingsOf = codingsByIdsReader(db);
  // An excerpt from the coding's own row: names from the small tables, its turn and its
  // parts across turns from the document's segments read above.
  const excerptOf = (row: CodingOwnRow): Excerpt => {
    const spans = segmentsOf(row.documentId);
    const turn = turnAt(spans, row.start);
    return {
      codingId: row.id,
      codeId: row.codeId,
      codeName: codeName.get(row.codeId) ?? '',
      documentId: row.documentId,
      documentName: nameOf.get(row.documentId) ?? '',
      start: row.start,
      end: row.end,
      quote: row.quote,
      coder: coderName.get(row.coderId) ?? '',
      segmentOrdinal: turn?.ordinal ?? null,
      speaker: turn?.speaker ?? null,
      timestamp: turn?.timestamp ?? null,
      // Most quotes are one turn's: told from the turns alone, without slicing the quote.
      turns: mayMixSpeakers(row, spans) ? quoteTurns(row, spans) : null,
    };
  };

  return {
    projectName,
    language,
    groupBy,
    codeName: oneCodeName(codes, wanted),
    attributeNames: format.attributeNames,
    includeMemos: options.includeMemos ?? false,
    groups: order.map((index) => ({
      title: titles[index] ?? '',
      depth: groupBy === 'code' ? (depths[index] ?? 0) : 0,
      codingIds: members[index] ?? [],
    })),
    total: ids.length,
    withParts,
    // The rows of a chunk are read at once; each excerpt is laid out when the writer asks.
    read: function* (codingIds) {
      for (const row of codingsOf(codingIds)) yield format.toModel(excerptOf(row));
    },
  };
}
