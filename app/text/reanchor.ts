/**
 * Where a coding lands when its document's text is rewritten: the one rule the backend
 * applies when an edit, an update or a pseudonymisation is saved, and the edit view
 * applies to paint codings while the text is being typed (so the preview is the save).
 */

import { isWhollyEdited, mapOffset, type TextEdit } from './textEdits.ts';

export interface CodingSpan {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/**
 * Where a coding lands: at the same offsets with the same quote (kept), elsewhere with the
 * same quote (moved), over text that changed (changed), or nowhere, its whole text removed
 * (unplaced: the caller keeps it apart, never drops it).
 */
export type CodingOutcome =
  | { readonly status: 'kept' | 'moved' | 'changed'; readonly before: CodingSpan; readonly after: CodingSpan }
  | { readonly status: 'unplaced'; readonly before: CodingSpan };

/**
 * A coding follows its text: before an edit it keeps its offsets, after it shifts, around
 * it grows or shrinks. A coding whose every character was removed is unplaced, unless its
 * text was replaced in place (the edits lie within it, e.g. a misheard word corrected):
 * then it covers the replacement. It never lands on words that were not its own.
 */
export function reanchorCoding(edits: readonly TextEdit[], text: string, coding: CodingSpan): CodingOutcome {
  if (isWhollyEdited(edits, coding)) {
    const covering = edits.filter((edit) => edit.start < coding.end && edit.end > coding.start);
    const inPlace = covering.every((edit) => edit.start >= coding.start && edit.end <= coding.end);
    if (!inPlace) return { status: 'unplaced', before: coding };
  }
  const start = mapOffset(edits, coding.start, 'start');
  const end = mapOffset(edits, coding.end, 'end');
  if (start >= end) return { status: 'unplaced', before: coding };
  const after = { id: coding.id, start, end, quote: text.slice(start, end) };
  if (after.quote !== coding.quote) return { status: 'changed', before: coding, after };
  const status = start === coding.start && end === coding.end ? 'kept' : 'moved';
  return { status, before: coding, after };
}
