/**
 * What a word is (docs/ANALYSIS.md, "Word frequencies"): a run of letters (accents and
 * other combining marks included), possibly joined by hyphens or apostrophes inside it
 * (micro-travail, aujourd'hui). Digits and punctuation separate words. A French elision
 * at the start of a run is split off as a word of its own (l'opacité → l + opacité,
 * qu'on → qu + on), whichever apostrophe the transcript uses (' or ’). Words are folded
 * to lower case; accents are kept.
 */
const WORD = /[\p{L}\p{M}]+(?:['’ʼ\-‐‑][\p{L}\p{M}]+)*/gu;
const APOSTROPHE = /['’ʼ]/u;

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

/** Calls `visit` for each word of `text` in order; `offset` is added to the offsets. */
export function forEachToken(
  text: string,
  visit: (form: string, start: number, end: number) => void,
  offset = 0,
): void {
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    let word = match[0];
    let start = match.index;
    // Split elisions one after another (rare, but "jusqu'l'…" should not stay whole).
    for (let cut = word.search(APOSTROPHE); cut > 0; cut = word.search(APOSTROPHE)) {
      const head = foldWord(word.slice(0, cut));
      if (!ELIDED.has(head)) break;
      visit(head, offset + start, offset + start + cut);
      word = word.slice(cut + 1);
      start += cut + 1;
    }
    visit(foldWord(word), offset + start, offset + start + word.length);
  }
}

/** Every word of `text`, in order. */
export function tokenise(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (form, start, end) => tokens.push({ form, start, end }), offset);
  return tokens;
}
