/**
 * The one mechanism that rewrites a document's text and moves the offsets pointing into it
 * (pseudonymisation, edits in place, updates from a new version of the file): a list of
 * edits on the original text, and where each original offset lands in the new text.
 */

import { diffArrays } from 'diff';
import { AppError } from '../errors.ts';
import { isCodePointBoundary } from './offsets.ts';

/** Replace original [start, end) by `text` (UTF-16 units). Lists are sorted and do not overlap. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let from = 0;
  for (const edit of edits) {
    result += text.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return result + text.slice(from);
}

/**
 * Where an offset of the original text lands in the edited text. An offset strictly inside
 * a replaced span moves to the start of its replacement (side 'start') or to its end (side
 * 'end'), so a range that touches an edit grows over its replacement; text inserted exactly
 * at a range's boundary stays outside it.
 */
export function mapOffset(edits: readonly TextEdit[], offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const edit of edits) {
    // Text inserted exactly at a range's start goes before it (the range shifts), at its end after it.
    const insertion = edit.start === edit.end;
    if (offset < edit.start || (offset === edit.start && !(insertion && side === 'start'))) break;
    if (offset < edit.end) return edit.start + shift + (side === 'start' ? 0 : edit.text.length);
    shift += edit.text.length - (edit.end - edit.start);
  }
  return offset + shift;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Moves a range of the original text onto the edited text, growing it over any edit it touches. */
export function mapSpan<S extends Span>(edits: readonly TextEdit[], span: S): S {
  return { ...span, start: mapOffset(edits, span.start, 'start'), end: mapOffset(edits, span.end, 'end') };
}

/** True when the edits remove every character of [start, end) (replaced or deleted). */
export function isWhollyEdited(edits: readonly TextEdit[], span: Span): boolean {
  let covered = span.start;
  for (const edit of edits) {
    if (edit.end <= covered) continue;
    if (edit.start > covered) return false;
    covered = edit.end;
    if (covered >= span.end) return true;
  }
  return covered >= span.end;
}

/** UTF-16 units removed and inserted by the edits. */
export function editSize(edits: readonly TextEdit[]): { removed: number; inserted: number } {
  let removed = 0;
  let inserted = 0;
  for (const edit of edits) {
    removed += edit.end - edit.start;
    inserted += edit.text.length;
  }
  return { removed, inserted };
}

/**
 * The edits sorted, checked against the text they apply to (in range, not overlapping, not
 * cutting an emoji's surrogate pair) and without no-ops; throws an AppError saying which is wrong.
 */
export function checkEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let previousEnd = -1;
  for (const edit of sorted) {
    if (edit.start > edit.end || edit.end > text.length) {
      throw new AppError(
        'INVALID_INPUT',
        `An edit of characters ${edit.start}–${edit.end} is outside the text (${text.length} characters). Reload the document and edit again.`,
        { key: 'editOutsideText' },
      );
    }
    if (edit.start < previousEnd || (edit.start === previousEnd && edit.start === edit.end)) {
      throw new AppError(
        'INVALID_INPUT',
        `Two edits overlap at character ${edit.start}; send them as one edit.`,
        { key: 'editsOverlap' },
      );
    }
    if (!isCodePointBoundary(text, edit.start) || !isCodePointBoundary(text, edit.end)) {
      throw new AppError(
        'INVALID_INPUT',
        `An edit at characters ${edit.start}–${edit.end} cuts a character (an emoji) in two.`,
        { key: 'editCutsCharacter' },
      );
    }
    previousEnd = edit.end;
  }
  return sorted.filter((edit) => edit.text !== text.slice(edit.start, edit.end));
}

/** Words, runs of spaces and single punctuation or line breaks: the units two versions are aligned on. */
const TOKEN = /[\p{L}\p{M}\p{N}_'’-]+|[^\S\n]+|\n|[\s\S]/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_'’-]/u;

function isWordAt(text: string, index: number): boolean {
  return WORD_CHARACTER.test(text.charAt(index));
}

/**
 * The common start and end of two versions, backed off so that neither ends inside a word
 * or an emoji: "mes micro-tâches sur" → "mes sur" must not align the "es" of "tâches" with
 * the "es" of "mes". Trimming them first keeps a keystroke's diff of a long transcript to
 * the few words around it.
 */
function commonEnds(before: string, after: string): { prefix: number; suffix: number } {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && (isWordAt(before, prefix - 1) || !isCodePointBoundary(before, prefix))) prefix--;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  while (
    suffix > 0 &&
    (isWordAt(before, before.length - suffix) || !isCodePointBoundary(before, before.length - suffix))
  )
    suffix--;
  return { prefix, suffix };
}

/**
 * The edits that turn `before` into `after`, from a word-level alignment (jsdiff's Myers
 * diff on tokens) of what lies between their common ends: unchanged words keep their place,
 * so every range over them is moved, not changed. Consecutive removed and added tokens form
 * one replacement.
 */
export function editsBetween(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const { prefix, suffix } = commonEnds(before, after);
  const edits: TextEdit[] = [];
  let at = prefix;
  let pending: { start: number; end: number; text: string } | null = null;
  const flush = () => {
    if (pending) edits.push(pending);
    pending = null;
  };
  const middleBefore = before.slice(prefix, before.length - suffix);
  const middleAfter = after.slice(prefix, after.length - suffix);
  for (const part of diffArrays(tokens(middleBefore), tokens(middleAfter))) {
    const joined = part.value.join('');
    if (!part.added && !part.removed) {
      flush();
      at += joined.length;
      continue;
    }
    pending ??= { start: at, end: at, text: '' };
    if (part.removed) {
      pending.end += joined.length;
      at += joined.length;
    } else pending.text += joined;
  }
  flush();
  return edits;
}
