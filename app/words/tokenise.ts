/**
 * What a word is (docs/ANALYSIS.md, "Word frequencies"): a run of letters (accents and
 * other combining marks included), possibly joined by hyphens or apostrophes inside it
 * (micro-travail, aujourd'hui). Digits and punctuation separate words. A French elision
 * at the start of a run is split off as a word of its own (l'opacité → l + opacité,
 * qu'on → qu + on), whichever apostrophe the transcript uses (' or ’). Words are folded
 * to lower case; accents are kept.
 */

/** French words elided before a vowel: split off their apostrophe. */
const ELIDED = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'ç',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
]);

export interface Token {
  /** The word folded to lower case, with ' for any apostrophe. */
  readonly form: string;
  /** Offsets in the text (UTF-16 code units, as the project's offsets). */
  readonly start: number;
  readonly end: number;
}

/** A word folded for counting: lower case, one apostrophe, accents kept. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/[’ʼ]/gu, "'").replace(/[‐‑]/gu, '-');
}

const LETTER = /^[\p{L}\p{M}]$/u;

/** letterFold's answer for a code unit that is not a letter. */
const NOT_LETTER = 1;

/**
 * Per UTF-16 code unit: 0 not yet known (filled as met), NOT_LETTER, or the letter (or mark)
 * folded as foldWord folds it: one look-up tells whether a code is a letter and what it
 * counts as. ASCII is filled at once.
 */
const letterFolds = new Uint16Array(0x10000);
for (let code = 0; code < 0x80; code++)
  letterFolds[code] =
    code >= 0x61 && code <= 0x7a ? code : code >= 0x41 && code <= 0x5a ? code | 0x20 : NOT_LETTER;

function learnLetter(code: number): number {
  // Surrogates (emoji, rare scripts) are not letters here: a lone half matches nothing.
  let folded = NOT_LETTER;
  if (LETTER.test(String.fromCharCode(code))) {
    // ʼ (U+02BC) is a letter, counted as '.
    const lower = code === 0x2bc ? "'" : String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  letterFolds[code] = folded;
  return folded;
}

/** A code unit's folded letter, or NOT_LETTER. */
function letterFold(code: number): number {
  const known = letterFolds[code] ?? 0;
  return known === 0 ? learnLetter(code) : known;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2bc;
const isJoiner = (code: number): boolean =>
  isApostrophe(code) || code === 0x2d || code === 0x2010 || code === 0x2011;

/** The longest French elision (lorsqu, puisqu, quoiqu, presqu). */
const LONGEST_ELISION = 6;

/**
 * A code unit folded as foldWord folds words: lower case, ’ and ʼ as ', ‐ and ‑ as -. Folding
 * a word unit by unit gives foldWord's form except where lower case takes more than the
 * character (İ becomes two units, Σ depends on what follows it): see foldsByUnit.
 */
export function foldedCode(code: number): number {
  const letter = letterFold(code);
  if (letter !== NOT_LETTER) return letter;
  if (code === 0x2019) return 0x27;
  if (code === 0x2010 || code === 0x2011) return 0x2d;
  return code;
}

/** Whether foldedCode, unit by unit, folds every word of `text` as foldWord does. */
export function foldsByUnit(text: string): boolean {
  return !text.includes('İ') && !text.includes('Σ');
}

/** FNV-1a over 16-bit codes: the hash a word's range is interned by (app/words/formTable.ts). */
export const HASH_START = 0x811c9dc5;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/** The hash of the folded codes of `text` from `start` to `end`. */
export function hashOfRange(text: string, start: number, end: number): number {
  let hash = HASH_START;
  for (let i = start; i < end; i++) hash = hashStep(hash, foldedCode(text.charCodeAt(i)));
  return hash;
}

/**
 * Calls `visit(start, end, hash)` for each word of `text` in order (offsets in `text`),
 * French elisions split off; `hash` is hashOfRange(text, start, end), computed on the way.
 * A scan by character codes rather than a regular expression, with no string made per word
 * (only a short head before an apostrophe is read as a string): a project's million words
 * are split in a fraction of the time, and word counts intern each word by its hash without
 * slicing it (app/words/formTable.ts).
 */
export function forEachWordRange(
  text: string,
  visit: (start: number, end: number, hash: number) => void,
): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let letter = letterFold(text.charCodeAt(i));
    if (letter === NOT_LETTER) {
      i++;
      continue;
    }
    let start = i;
    let firstApostrophe = -1;
    let hash = hashStep(HASH_START, letter);
    i++;
    for (;;) {
      while (i < length && (letter = letterFold(text.charCodeAt(i))) !== NOT_LETTER) {
        hash = hashStep(hash, letter);
        i++;
      }
      const joiner = i < length ? text.charCodeAt(i) : 0;
      if (
        i + 1 < length &&
        isJoiner(joiner) &&
        (letter = letterFold(text.charCodeAt(i + 1))) !== NOT_LETTER
      ) {
        if (firstApostrophe < 0 && isApostrophe(joiner)) firstApostrophe = i;
        hash = hashStep(hashStep(hash, foldedCode(joiner)), letter);
        i += 2;
        continue;
      }
      break;
    }
    // Split French elisions one after another (l'opacité, jusqu'à l'…).
    let split = false;
    while (firstApostrophe > 0 && firstApostrophe - start <= LONGEST_ELISION) {
      if (!ELIDED.has(foldWord(text.slice(start, firstApostrophe)))) break;
      visit(start, firstApostrophe, hashOfRange(text, start, firstApostrophe));
      split = true;
      start = firstApostrophe + 1;
      firstApostrophe = -1;
      for (let at = start; at < i; at++)
        if (isApostrophe(text.charCodeAt(at))) {
          firstApostrophe = at;
          break;
        }
    }
    visit(start, i, split ? hashOfRange(text, start, i) : hash);
  }
}

/** Calls `visit` for each word of `text` in order, folded; `offset` is added to the offsets. */
export function forEachToken(
  text: string,
  visit: (form: string, start: number, end: number) => void,
  offset = 0,
): void {
  forEachWordRange(text, (start, end) =>
    visit(foldWord(text.slice(start, end)), offset + start, offset + end),
  );
}

/** Every word of `text`, in order. */
export function tokenise(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (form, start, end) => tokens.push({ form, start, end }), offset);
  return tokens;
}
