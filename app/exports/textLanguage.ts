/**
 * Tells French from English text by counting very common words, so that French typography
 * is applied only to quotes from French transcripts: an English interview quoted in a
 * French paper keeps its own spacing ("full: my job", not "full : my job"). Other
 * languages, and texts too short to tell, are "unknown" and left as they are.
 */
export type TextLanguage = 'fr' | 'en' | 'unknown';

// Short function words, frequent in speech and rare in the other language ("a", "on" and
// "est" are shared or ambiguous and left out).
const FRENCH = new Set(
  'le la les un une des du de et est je tu il elle nous vous ils elles que qui pas ne ce ça cette mais pour avec dans sur au aux très oui non alors donc parce'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and is i you he she we they that what not this but for with to of it was are be have do yes no so because very just'.split(
    ' ',
  ),
);

/** The first letters of the elisions counted below. */
const ELIDED_FIRST = new Set('jcldqnsm');

/** Fewer recognised words than this: too little to tell. */
const MIN_WORDS = 8;

export function guessTextLanguage(text: string): TextLanguage {
  let french = 0;
  let english = 0;
  // Elisions (j', c’, l', qu’: straight or typographic apostrophe) count as French words.
  for (const word of text.toLowerCase().split(/[^\p{L}'’]+/u)) {
    // Most words start with no elision's letter: the test is skipped for them (profiled).
    if (ELIDED_FIRST.has(word.charAt(0)) && /^(?:j|c|l|d|qu|n|s|m)['’]/u.test(word)) french += 1;
    else if (FRENCH.has(word)) french += 1;
    else if (ENGLISH.has(word)) english += 1;
  }
  if (french + english < MIN_WORDS) return 'unknown';
  if (french >= 2 * english) return 'fr';
  if (english >= 2 * french) return 'en';
  return 'unknown';
}
