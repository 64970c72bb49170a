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
/** Per UTF-16 code unit: 1 letter or mark, 2 not, 0 not yet known (filled as met). */
const letterTable = new Uint8Array(0x10000);

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let known = letterTable[code];
  if (known === 0) {
    // Surrogates (emoji, rare scripts) are not letters here: a lone half matches nothing.
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    letterTable[code] = known;
  }
  return known === 1;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2bc;
const isJoiner = (code: number): boolean =>
  isApostrophe(code) || code === 0x2d || code === 0x2010 || code === 0x2011;

/**
 * Calls `visit` for each word of `text` in order; `offset` is added to the offsets. A scan
 * by character codes rather than a regular expression: a project's million words are split
 * in a fraction of the time.
 */
export function forEachToken(
  text: string,
  visit: (form: string, start: number, end: number) => void,
  offset = 0,
): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = i;
    let plain = true;
    let firstApostrophe = -1;
    i++;
    for (;;) {
      while (i < length && isLetter(text.charCodeAt(i))) i++;
      const joiner = i < length ? text.charCodeAt(i) : 0;
      if (i + 1 < length && isJoiner(joiner) && isLetter(text.charCodeAt(i + 1))) {
        if (joiner !== 0x27 && joiner !== 0x2d) plain = false;
        if (firstApostrophe < 0 && isApostrophe(joiner)) firstApostrophe = i;
        i += 2;
        continue;
      }
      break;
    }
    // Split French elisions one after another (l'opacité, jusqu'à l'…).
    while (firstApostrophe > 0) {
      const head = foldWord(text.slice(start, firstApostrophe));
      if (!ELIDED.has(head)) break;
      visit(head, offset + start, offset + firstApostrophe);
      start = firstApostrophe + 1;
      firstApostrophe = -1;
      for (let at = start; at < i; at++)
        if (isApostrophe(text.charCodeAt(at))) {
          firstApostrophe = at;
          break;
        }
    }
    const word = text.slice(start, i);
    const form = plain ? word.toLowerCase() : foldWord(word);
    visit(form, offset + start, offset + i);
  }
}

/** Every word of `text`, in order. */
export function tokenise(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (form, start, end) => tokens.push({ form, start, end }), offset);
  return tokens;
}
