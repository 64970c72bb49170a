/**
 * Consistent replacement of the identifiers a user accepted, as plain edits on the original
 * text, so that the caller can move every offset that points into it (app/text/textEdits.ts).
 */

import type { Replacement } from '../contract/types.ts';
import type { TextEdit } from '../text/textEdits.ts';

// The spellings the user linked to one person or thing (e.g. ['Marie Dupont', 'M. Dupont',
// 'Marie']) and what replaces all of them; declared in the contract, as it crosses the wire.
export type { Replacement };

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** The code point ending just before `offset` (a whole surrogate pair if there is one). */
function charBefore(text: string, offset: number): string {
  const code = text.codePointAt(offset - 2);
  return offset >= 2 && code !== undefined && code > 0xffff
    ? text.slice(offset - 2, offset)
    : text.slice(offset - 1, offset);
}

function charAfter(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * True when text[start, end) is not part of a longer word: no letter, digit or combining
 * mark touches it, nor a hyphen joined to a letter ("Marie" is not replaced inside
 * "Mariette", nor inside the compound first name "Marie-Claire"). An apostrophe is a
 * boundary, so "Marie's" and "d'Anne" are replaced.
 */
function isWholeWord(text: string, start: number, end: number): boolean {
  const before = charBefore(text, start);
  const after = charAfter(text, end);
  const startsWithWord = LETTER_OR_DIGIT.test(charAfter(text, start));
  const endsWithWord = LETTER_OR_DIGIT.test(charBefore(text, end));
  if (startsWithWord) {
    if (LETTER_OR_DIGIT.test(before)) return false;
    if (before === '-' && LETTER_OR_DIGIT.test(charBefore(text, start - 1))) return false;
  }
  if (endsWithWord) {
    if (LETTER_OR_DIGIT.test(after)) return false;
    if (after === '-' && LETTER_OR_DIGIT.test(charAfter(text, end + 1))) return false;
  }
  return true;
}

/** Variant → replacement, NFC, blank variants dropped; the first replacement of a variant wins. */
function variantTable(replacements: readonly Replacement[]): [string, string][] {
  const table = new Map<string, string>();
  for (const { variants, replacement } of replacements) {
    for (const raw of variants) {
      const variant = raw.normalize('NFC').trim();
      if (variant.length > 0 && !table.has(variant)) table.set(variant, replacement.normalize('NFC'));
    }
  }
  // Longest first, so that "Marie Dupont" is replaced as a whole before "Marie" is looked for.
  return [...table].sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Variants linked to two different replacements: the user must choose. */
export function conflictingVariants(replacements: readonly Replacement[]): string[] {
  const seen = new Map<string, string>();
  const conflicts = new Set<string>();
  for (const { variants, replacement } of replacements) {
    for (const raw of variants) {
      const variant = raw.normalize('NFC').trim();
      const previous = seen.get(variant);
      if (previous !== undefined && previous !== replacement.normalize('NFC')) conflicts.add(variant);
      seen.set(variant, replacement.normalize('NFC'));
    }
  }
  return [...conflicts];
}

/**
 * The edits that replace every whole-word, case-sensitive occurrence of every variant in
 * `text` (expected in NFC, as canonical document text is). Longer variants are placed first;
 * a shorter one never matches inside a span already replaced.
 */
export function planReplacements(text: string, replacements: readonly Replacement[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const overlaps = (start: number, end: number) => edits.some((edit) => start < edit.end && edit.start < end);
  for (const [variant, insert] of variantTable(replacements)) {
    for (let at = text.indexOf(variant); at !== -1; at = text.indexOf(variant, at + 1)) {
      const end = at + variant.length;
      if (isWholeWord(text, at, end) && !overlaps(at, end)) edits.push({ start: at, end, text: insert });
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}
