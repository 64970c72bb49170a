import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import type { WordLanguage } from '../contract/enums.ts';

const STEMMERS: Readonly<Record<WordLanguage, (word: string) => string>> = {
  fr: frenchStemmer,
  en: englishStemmer,
};

/**
 * The Snowball stem of a folded word in its document's language (travaillaient → travaill).
 * A hyphenated word keeps its first parts and has its last part stemmed
 * (micro-entreprises → micro-entrepris), so that it stays one word, apart from entreprise.
 */
export function stemOf(form: string, language: WordLanguage): string {
  const hyphen = form.lastIndexOf('-');
  const stem = STEMMERS[language];
  return hyphen < 0 ? stem(form) : form.slice(0, hyphen + 1) + stem(form.slice(hyphen + 1));
}
