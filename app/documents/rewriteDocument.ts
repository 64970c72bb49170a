/**
 * A document's text rewritten by a list of edits (app/text/textEdits.ts), with everything
 * that points into it moved: its segments (turns) and its codings. Pure: the callers
 * (edits in place, updates from a new version, pseudonymisation) store the result.
 */

import { AppError } from '../errors.ts';
import { SEGMENT_SEPARATOR } from '../text/canonical.ts';
import { reanchorCoding, type CodingOutcome, type CodingSpan } from '../text/reanchor.ts';
import { mapOffset, type TextEdit } from '../text/textEdits.ts';

/** A turn: `id` is that of the stored segment it continues, null for a new one. */
export interface SegmentPlace {
  readonly id: number | null;
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

/** A separator between two turns survives an edit that neither overlaps it nor inserts inside it. */
function survives(edits: readonly TextEdit[], start: number, end: number): boolean {
  return !edits.some((edit) => edit.start < end && edit.end > start);
}

/**
 * A turn's text is not blank and neither begins nor ends with a line break. A turn whose
 * whole text was deleted may be empty (`emptied`): the caller removes it with its separator
 * (editPlan.ts); a turn an inserted blank line splits off may not.
 */
function checkTurn(text: string, start: number, end: number, ordinal: number, emptied: boolean): void {
  const body = text.slice(start, end);
  if (body.length === 0 && emptied) return;
  if (body.trim().length === 0 || body.startsWith('\n') || body.endsWith('\n')) {
    throw new AppError(
      'INVALID_INPUT',
      `After this edit, turn ${ordinal + 1} would be blank or begin or end with a line break; delete the line break with its text, or join the turn with its neighbour.`,
      { key: 'blankTurn', params: { turn: ordinal + 1 } },
    );
  }
}

/**
 * The turns of the edited text. A separator an edit overlaps is gone: the turns on both
 * sides join (the first keeps its speaker and timestamp). A blank line inside a turn's new
 * text splits it: the new turn keeps the speaker, without a timestamp.
 */
export function segmentsAfterEdits(
  segments: readonly SegmentPlace[],
  edits: readonly TextEdit[],
  text: string,
): SegmentPlace[] {
  if (segments.length === 0) return [];
  // The turns tile the text: what is inserted before the first or after the last joins it.
  const pieces: { start: number; from: SegmentPlace }[] = [{ start: 0, from: segments[0] as SegmentPlace }];
  const ends: number[] = [];
  for (let index = 1; index < segments.length; index++) {
    const previous = segments[index - 1] as SegmentPlace;
    const segment = segments[index] as SegmentPlace;
    if (!survives(edits, previous.end, segment.start)) continue;
    const separatorStart = mapOffset(edits, previous.end, 'start');
    ends.push(separatorStart);
    pieces.push({ start: separatorStart + (segment.start - previous.end), from: segment });
  }
  ends.push(text.length);
  const result: SegmentPlace[] = [];
  pieces.forEach((piece, index) => {
    const end = ends[index] as number;
    let start = piece.start;
    let first = true;
    for (
      let at = text.indexOf(SEGMENT_SEPARATOR, start);
      at !== -1 && at + SEGMENT_SEPARATOR.length <= end;
    ) {
      checkTurn(text, start, at, result.length, false);
      result.push(turn(piece.from, start, at, first));
      first = false;
      start = at + SEGMENT_SEPARATOR.length;
      at = text.indexOf(SEGMENT_SEPARATOR, start);
    }
    checkTurn(text, start, end, result.length, first);
    result.push(turn(piece.from, start, end, first));
  });
  return result;
}

function turn(from: SegmentPlace, start: number, end: number, first: boolean): SegmentPlace {
  return first ? { ...from, start, end } : { id: null, start, end, speaker: from.speaker, timestamp: null };
}

export interface DocumentContent {
  readonly text: string;
  readonly segments: readonly SegmentPlace[];
}

export interface RewrittenDocument extends DocumentContent {
  readonly edits: readonly TextEdit[];
  readonly codings: readonly CodingOutcome[];
}

/**
 * Applies sorted, non-overlapping edits: the new text, its turns (moved, or those of the new
 * version of the file when `segments` is given) and where each coding lands.
 */
export function rewriteDocument(
  document: DocumentContent,
  codings: readonly CodingSpan[],
  edits: readonly TextEdit[],
  text: string,
  segments?: readonly SegmentPlace[],
): RewrittenDocument {
  return {
    text,
    edits,
    segments: segments ?? segmentsAfterEdits(document.segments, edits, text),
    codings: codings.map((coding) => reanchorCoding(edits, text, coding)),
  };
}
