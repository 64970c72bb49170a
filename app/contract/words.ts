import { z } from 'zod';
import { op } from './operation.ts';
import { WORD_LANGUAGES, WORDS_BY, type WordLanguage, type WordsBy } from './enums.ts';
import { AnalysisFiltersInput, Empty, Id } from './shared.ts';

/** The word-frequency operations of the contract (app/words, docs/ANALYSIS.md "Word frequencies"). */

export const MAX_STOP_WORDS = 5000;

const WordOptions = {
  /** Group words by their Snowball stem (default: exact forms). */
  stem: z.boolean().default(false),
  /** Count interviewer turns too (default: respondents' turns only). */
  allSpeakers: z.boolean().default(false),
  filters: AnalysisFiltersInput.optional(),
};

export const WordFrequenciesInput = z
  .object({
    by: z.enum(WORDS_BY).default('all'),
    /** The attribute whose values are the groups, with by: 'attribute'. */
    attributeId: Id.optional(),
    minLength: z.number().int().min(1).max(50).default(3),
    /** Leave out the project's stop words (default: yes). */
    stopWords: z.boolean().default(true),
    /** Only the most frequent rows (default: all). */
    limit: z.number().int().min(1).max(1_000_000).optional(),
    ...WordOptions,
  })
  .strict()
  .refine((input) => input.by !== 'attribute' || input.attributeId !== undefined, {
    message: 'by attribute needs attributeId',
  });

export const KeywordsInContextInput = z
  .object({
    /** The row's key: its stem with stem: true, else its form. */
    key: z.string().min(1).max(200),
    /** Characters of context on each side (cut at a word or sentence edge). */
    context: z.number().int().min(10).max(1000).default(80),
    limit: z.number().int().min(1).max(100_000).default(1000),
    ...WordOptions,
  })
  .strict();

export const SetStopWordsInput = z
  .object({
    language: z.enum(WORD_LANGUAGES),
    /** The new list; null puts the shipped list back. */
    words: z.array(z.string().trim().min(1).max(100)).max(MAX_STOP_WORDS).nullable(),
  })
  .strict();

export interface WordFrequencyRow {
  /** The word shown: the most frequent form of its group. */
  readonly word: string;
  /** Its stem (stem: true) or form: what keywords in context are asked for. */
  readonly key: string;
  readonly count: number;
  /** Documents in which it occurs. */
  readonly documents: number;
  /** The forms counted, most frequent first. */
  readonly forms: readonly { readonly form: string; readonly count: number }[];
  /** Count per group, in the order of `groups` (empty with by: 'all'). */
  readonly counts: readonly number[];
}

export interface WordFrequencies {
  readonly by: WordsBy;
  readonly groups: readonly { readonly id: string; readonly label: string }[];
  readonly rows: readonly WordFrequencyRow[];
  /** Words in the text counted, before stop words and the minimum length. */
  readonly totalWords: number;
  /** Rows before `limit`. */
  readonly distinctWords: number;
  /** How many documents were read as French or English (by their stop words). */
  readonly languages: Readonly<Record<WordLanguage, number>>;
}

export interface KeywordInContext {
  readonly documentId: number;
  readonly documentName: string;
  /** The word's offsets. */
  readonly start: number;
  readonly end: number;
  /** The line's offsets (context included, within the turn): what coding the line codes. */
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly before: string;
  readonly match: string;
  readonly after: string;
  readonly speaker: string | null;
}

export interface KeywordsInContext {
  /** Every occurrence, beyond `limit`. */
  readonly total: number;
  readonly lines: readonly KeywordInContext[];
}

export interface StopWordLists {
  readonly lists: Readonly<Record<WordLanguage, readonly string[]>>;
  /** Whether the project keeps its own list (false: the shipped one). */
  readonly edited: Readonly<Record<WordLanguage, boolean>>;
}

export const wordsOperations = {
  'words/frequencies': op<WordFrequencies>()(WordFrequenciesInput),
  'words/inContext': op<KeywordsInContext>()(KeywordsInContextInput),
  'words/stopWords': op<StopWordLists>()(Empty),
  'words/setStopWords': op<StopWordLists>()(SetStopWordsInput),
} as const;
