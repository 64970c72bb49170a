import { WORD_LANGUAGES, type WordLanguage } from '../contract/enums.ts';
import { stemOf } from './stems.ts';
import type { IndexedDocument, WordIndex } from './wordIndex.ts';

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface WordCountOptions {
  /** Group words by their Snowball stem rather than their exact form. */
  readonly stem: boolean;
  /** Words shorter than this (in characters) are left out. */
  readonly minLength: number;
  /** Count interviewer turns too (by default only the respondents' turns count). */
  readonly allSpeakers: boolean;
  /** Words left out, per language (an empty set keeps every word). */
  readonly stopWords: Readonly<Record<WordLanguage, ReadonlySet<string>>>;
  /** The documents counted (null: all). */
  readonly documentIds: ReadonlySet<number> | null;
  /** Only the words inside these ranges of each document count (null: whole documents). */
  readonly within: ReadonlyMap<number, readonly TextRange[]> | null;
}

/** A column of the breakdown: a document, case, attribute value or code, and the text it covers. */
export interface WordGroup {
  readonly id: string;
  readonly label: string;
  /** Per document id: the ranges it covers, or null for the whole document. */
  readonly parts: ReadonlyMap<number, readonly TextRange[] | null>;
}

export interface WordFormCount {
  readonly form: string;
  readonly count: number;
}

export interface WordCountRow {
  /** The word shown: the most frequent form of its group. */
  readonly word: string;
  /** What groups the forms: the stem, or the form itself. */
  readonly key: string;
  readonly count: number;
  /** In how many documents the word occurs. */
  readonly documents: number;
  /** The forms counted, most frequent first. */
  readonly forms: readonly WordFormCount[];
  /** Count in each group, in the order of the groups (empty without a breakdown). */
  readonly counts: readonly number[];
}

export interface WordCounts {
  /** The most frequent words first, at most `limit` of them. */
  readonly rows: readonly WordCountRow[];
  /** Words in the text counted, before stop words and the minimum length. */
  readonly totalWords: number;
  /** How many distinct words (rows) there are, `limit` aside. */
  readonly distinctWords: number;
}

/** Each form's key (stem or form) per language, or −1 when the form is left out. */
export interface WordKeys {
  readonly keys: readonly string[];
  readonly keyOf: Readonly<Record<WordLanguage, Int32Array>>;
}

export function wordKeys(index: WordIndex, options: WordCountOptions): WordKeys {
  const keys: string[] = [];
  const ids = new Map<string, number>();
  const languages = new Set(index.documents.map((document) => document.language));
  const keyOf = {} as Record<WordLanguage, Int32Array>;
  for (const language of WORD_LANGUAGES) {
    const of = new Int32Array(languages.has(language) ? index.vocabulary.length : 0).fill(-1);
    keyOf[language] = of;
    const stopWords = options.stopWords[language];
    const stems = index.stems[language];
    for (let form = 0; form < of.length; form++) {
      const text = index.vocabulary[form] ?? '';
      if (stopWords.has(text) || [...text].length < options.minLength) continue;
      // Each form is stemmed once per index (the Snowball stemmer is the slow part of a count).
      const key = options.stem ? (stems[form] ??= stemOf(text, language)) : text;
      let id = ids.get(key);
      if (id === undefined) {
        id = keys.length;
        keys.push(key);
        ids.set(key, id);
      }
      of[form] = id;
    }
  }
  return { keys, keyOf };
}

/** Ranges sorted and merged, so that a word inside two overlapping ones counts once. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** The first word starting at or after `offset`. */
function firstWordFrom(document: IndexedDocument, offset: number): number {
  let low = 0;
  let high = document.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((document.starts[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Calls `visit(word, key)` for each counted word of `document`: in the turns counted, wholly
 * inside one of `ranges` (merged; null: the whole document), not left out.
 */
export function forEachCountedWord(
  document: IndexedDocument,
  keyOf: Int32Array,
  allSpeakers: boolean,
  ranges: readonly TextRange[] | null,
  visit: (word: number, key: number) => void,
): void {
  const spans = ranges ?? [{ start: 0, end: Number.MAX_SAFE_INTEGER }];
  for (const span of spans) {
    for (let i = firstWordFrom(document, span.start); i < document.forms.length; i++) {
      if ((document.ends[i] ?? 0) > span.end) break;
      if (!allSpeakers && document.interviewer[i] === 1) continue;
      visit(i, keyOf[document.forms[i] ?? 0] ?? -1);
    }
  }
}

/** Ties in French alphabetical order (été before zone), whatever the language. */
const WORD_ORDER = new Intl.Collator('fr');

function byCountThenWord(a: WordCountRow, b: WordCountRow): number {
  return b.count - a.count || WORD_ORDER.compare(a.word, b.word) || (a.word < b.word ? -1 : 1);
}

/**
 * Ranked word counts (docs/ANALYSIS.md "Word frequencies"), the first `limit` rows (all
 * without it), each with its count per group.
 */
export function countWords(
  index: WordIndex,
  options: WordCountOptions,
  groups: readonly WordGroup[],
  limit?: number,
): WordCounts {
  const { keys, keyOf } = wordKeys(index, options);
  const totals = new Int32Array(keys.length);
  const documentCounts = new Int32Array(keys.length);
  const lastDocument = new Int32Array(keys.length).fill(-1);
  const formCounts = new Map<WordLanguage, Int32Array>();
  let totalWords = 0;
  const counted = index.documents.filter(
    (document) => options.documentIds === null || options.documentIds.has(document.id),
  );
  counted.forEach((document, d) => {
    const ranges = options.within === null ? null : options.within.get(document.id);
    if (ranges === undefined) return;
    let forms = formCounts.get(document.language);
    if (!forms) {
      forms = new Int32Array(index.vocabulary.length);
      formCounts.set(document.language, forms);
    }
    const formsOfLanguage = forms;
    const merged = ranges === null ? null : mergeRanges(ranges);
    forEachCountedWord(document, keyOf[document.language], options.allSpeakers, merged, (word, key) => {
      totalWords++;
      if (key < 0) return;
      totals[key] = (totals[key] ?? 0) + 1;
      const form = document.forms[word] ?? 0;
      formsOfLanguage[form] = (formsOfLanguage[form] ?? 0) + 1;
      if (lastDocument[key] !== d) {
        lastDocument[key] = d;
        documentCounts[key] = (documentCounts[key] ?? 0) + 1;
      }
    });
  });

  const forms = new Map<number, Map<string, number>>();
  for (const [language, counts] of formCounts) {
    const of = keyOf[language];
    counts.forEach((count, form) => {
      if (count === 0) return;
      const key = of[form] ?? -1;
      let list = forms.get(key);
      if (!list) {
        list = new Map();
        forms.set(key, list);
      }
      const text = index.vocabulary[form] ?? '';
      list.set(text, (list.get(text) ?? 0) + count);
    });
  }

  const ranked: { row: WordCountRow; key: number }[] = [];
  totals.forEach((count, key) => {
    if (count === 0) return;
    const formList = [...(forms.get(key) ?? new Map<string, number>())]
      .map(([form, n]) => ({ form, count: n }))
      .sort((a, b) => b.count - a.count || WORD_ORDER.compare(a.form, b.form));
    const row = {
      word: formList[0]?.form ?? keys[key] ?? '',
      key: keys[key] ?? '',
      count,
      documents: documentCounts[key] ?? 0,
      forms: formList,
      counts: [],
    };
    ranked.push({ row, key });
  });
  ranked.sort((a, b) => byCountThenWord(a.row, b.row));
  const shown = limit === undefined ? ranked : ranked.slice(0, limit);
  const counts = groupCounts(
    index,
    options,
    groups,
    counted,
    keyOf,
    shown.map(({ key }) => key),
    keys.length,
  );
  return {
    rows: shown.map(({ row }, r) => ({ ...row, counts: counts[r] ?? [] })),
    totalWords,
    distinctWords: ranked.length,
  };
}

/**
 * The count of each shown key (`shownKeys`, in the rows' order) in each group: per row, one
 * count per group. Each group counts into one typed array (no map per word) and only the
 * shown rows are read back, so a breakdown by 200 documents of a 30,000-word vocabulary
 * costs its words, not 30,000 × 200 look-ups.
 */
function groupCounts(
  index: WordIndex,
  options: WordCountOptions,
  groups: readonly WordGroup[],
  counted: readonly IndexedDocument[],
  keyOf: Readonly<Record<WordLanguage, Int32Array>>,
  shownKeys: readonly number[],
  keyCount: number,
): number[][] {
  const rowOfKey = new Int32Array(keyCount).fill(-1);
  shownKeys.forEach((key, row) => (rowOfKey[key] = row));
  const counts = shownKeys.map(() => new Array<number>(groups.length).fill(0));
  if (groups.length === 0) return counts;
  const byId = new Map(counted.map((document) => [document.id, document]));
  const scratch = new Int32Array(keyCount);
  const touched: number[] = [];
  groups.forEach((group, g) => {
    for (const [documentId, ranges] of group.parts) {
      const document = byId.get(documentId);
      const within = options.within === null ? null : options.within.get(documentId);
      if (!document || within === undefined) continue;
      // A group's text is its own ranges within the text counted (for codes, both are codings).
      const merged = ranges === null ? (within === null ? null : mergeRanges(within)) : mergeRanges(ranges);
      forEachCountedWord(document, keyOf[document.language], options.allSpeakers, merged, (_word, key) => {
        if (key < 0) return;
        if (scratch[key] === 0) touched.push(key);
        scratch[key] = (scratch[key] ?? 0) + 1;
      });
    }
    for (const key of touched) {
      const row = rowOfKey[key] ?? -1;
      const list = counts[row];
      if (list) list[g] = scratch[key] ?? 0;
      scratch[key] = 0;
    }
    touched.length = 0;
  });
  return counts;
}
