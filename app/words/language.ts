import englishStopWords from './data/stopwords-en.json' with { type: 'json' };
import frenchStopWords from './data/stopwords-fr.json' with { type: 'json' };
import { WORD_LANGUAGES, type WordLanguage } from '../contract/enums.ts';

/** The shipped stop-word lists (app/words/data), used when the project keeps none of its own. */
export const DEFAULT_STOP_WORDS: Readonly<Record<WordLanguage, readonly string[]>> = {
  fr: frenchStopWords,
  en: englishStopWords,
};

const DEFAULT_SETS: Readonly<Record<WordLanguage, ReadonlySet<string>>> = {
  fr: new Set(frenchStopWords),
  en: new Set(englishStopWords),
};

/** How many of a document's first words decide its language. */
export const LANGUAGE_SAMPLE = 2000;

/** 1 when `form` is a shipped French stop word, 2 an English one, 3 both, 0 neither. */
export function stopWordFlags(form: string): number {
  return (DEFAULT_SETS.fr.has(form) ? 1 : 0) | (DEFAULT_SETS.en.has(form) ? 2 : 0);
}

/**
 * A document's language, guessed from the stop words among its first words (LANGUAGE_SAMPLE,
 * counted by app/words/wordIndex.ts): the language whose shipped stop words were met more
 * often (French on a tie, the users' language). Transcripts carry no language of their own;
 * stop words are a third to a half of spoken words, so a few hundred words suffice.
 */
export function languageOfHits(hits: Readonly<Record<WordLanguage, number>>): WordLanguage {
  let best: WordLanguage = 'fr';
  for (const language of WORD_LANGUAGES) if (hits[language] > hits[best]) best = language;
  return best;
}
