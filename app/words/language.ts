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

/**
 * A document's language, guessed from its words: the language whose shipped stop words
 * are the more frequent among them (French on a tie, the users' language). Transcripts
 * carry no language of their own; stop words are a third to a half of spoken words, so a
 * few hundred words suffice.
 */
export function detectLanguage(forms: Iterable<string>): WordLanguage {
  let best: WordLanguage = 'fr';
  const hits = { fr: 0, en: 0 };
  for (const form of forms)
    for (const language of WORD_LANGUAGES) if (DEFAULT_SETS[language].has(form)) hits[language]++;
  for (const language of WORD_LANGUAGES) if (hits[language] > hits[best]) best = language;
  return best;
}
