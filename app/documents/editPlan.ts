/**
 * An edit in place as the researcher makes it (text edits, then turn operations, then
 * unplaced codings placed again), reduced to one rewrite of the document: the final text,
 * turns and where each coding lands. Pure; app/documents/storeRewrite.ts stores it.
 */

import type { ParsedInputOf } from '../contract/api.ts';
import { AppError } from '../errors.ts';
import { SEGMENT_SEPARATOR } from '../text/canonical.ts';
import { applyEdits, checkEdits, editSize, type TextEdit } from '../text/textEdits.ts';
import { segmentsAfterEdits, type DocumentContent, type SegmentPlace } from './rewriteDocument.ts';
import { reanchorCoding, type CodingOutcome, type CodingSpan } from '../text/reanchor.ts';

type EditInput = ParsedInputOf<'documents/edit'>;
type TurnOperation = EditInput['turns'][number];

export interface PlannedEdit extends DocumentContent {
  readonly codings: readonly CodingOutcome[];
  readonly removed: number;
  readonly inserted: number;
}

interface State extends DocumentContent {
  /** Each coding's current place, or null once unplaced. */
  readonly places: ReadonlyMap<number, CodingSpan | null>;
  readonly removed: number;
  readonly inserted: number;
}

/**
 * A turn whose whole text was deleted goes with the blank line before it (after it, for the
 * first turn): its neighbour's turn takes the place, as when a researcher deletes a turn.
 */
function withoutEmptyTurns(state: State): State {
  const empty = state.segments.findIndex((segment) => segment.start === segment.end);
  if (empty < 0) return state;
  if (state.segments.length === 1) {
    throw new AppError(
      'INVALID_INPUT',
      'This edit would delete the whole text; delete the document instead.',
      { key: 'editDeletesAll' },
    );
  }
  const segment = state.segments[empty] as SegmentPlace;
  const separator =
    empty === 0
      ? { start: segment.end, end: (state.segments[1] as SegmentPlace).start }
      : { start: (state.segments[empty - 1] as SegmentPlace).end, end: segment.start };
  return withEdits(state, [{ ...separator, text: '' }]);
}

function withEdits(state: State, edits: readonly TextEdit[]): State {
  if (edits.length === 0) return state;
  const text = applyEdits(state.text, edits);
  const places = new Map<number, CodingSpan | null>();
  for (const [id, place] of state.places) {
    const outcome = place && reanchorCoding(edits, text, place);
    places.set(id, outcome && outcome.status !== 'unplaced' ? outcome.after : null);
  }
  const size = editSize(edits);
  return withoutEmptyTurns({
    text,
    segments: segmentsAfterEdits(state.segments, edits, text),
    places,
    removed: state.removed + size.removed,
    inserted: state.inserted + size.inserted,
  });
}

function turnAt(state: State, ordinal: number): SegmentPlace {
  const segment = state.segments[ordinal];
  if (!segment) {
    throw new AppError(
      'INVALID_INPUT',
      `The document has ${state.segments.length} turns; there is no turn ${ordinal + 1}.`,
      { key: 'noSuchTurn', params: { count: state.segments.length, turn: ordinal + 1 } },
    );
  }
  return segment;
}

function relabel(state: State, change: (segment: SegmentPlace, ordinal: number) => SegmentPlace): State {
  return { ...state, segments: state.segments.map(change) };
}

/** A split replaces the spaces around `offset` by a blank line, the separator of turns. */
function splitEdit(state: State, offset: number): TextEdit {
  const inside = state.segments.find((segment) => segment.start < offset && offset < segment.end);
  if (!inside) {
    throw new AppError(
      'INVALID_INPUT',
      `Character ${offset} is not inside a turn: a turn is split inside its text.`,
      { key: 'splitOutsideTurn' },
    );
  }
  let start = offset;
  let end = offset;
  while (start > inside.start && /[^\S\n]/u.test(state.text[start - 1] ?? '')) start--;
  while (end < inside.end && /[^\S\n]/u.test(state.text[end] ?? '')) end++;
  return { start, end, text: SEGMENT_SEPARATOR };
}

function applyTurn(state: State, operation: TurnOperation): State {
  switch (operation.op) {
    case 'split':
      return withEdits(state, checkEdits(state.text, [splitEdit(state, operation.offset)]));
    case 'join': {
      const first = turnAt(state, operation.ordinal);
      const next = turnAt(state, operation.ordinal + 1);
      // The turns' texts become two lines of one turn.
      return withEdits(state, [{ start: first.end, end: next.start, text: '\n' }]);
    }
    case 'setSpeaker':
      turnAt(state, operation.ordinal);
      return relabel(state, (segment, ordinal) =>
        ordinal === operation.ordinal ? { ...segment, speaker: operation.speaker || null } : segment,
      );
    case 'setTimestamp':
      turnAt(state, operation.ordinal);
      return relabel(state, (segment, ordinal) =>
        ordinal === operation.ordinal ? { ...segment, timestamp: operation.timestamp || null } : segment,
      );
    case 'renameSpeaker':
      return relabel(state, (segment) =>
        segment.speaker === (operation.from || null)
          ? { ...segment, speaker: operation.to || null }
          : segment,
      );
  }
}

/** The final place of each coding compared with where it was. */
function outcomes(
  codings: readonly CodingSpan[],
  places: ReadonlyMap<number, CodingSpan | null>,
): CodingOutcome[] {
  return codings.map((before) => {
    const after = places.get(before.id);
    if (!after) return { status: 'unplaced', before };
    if (after.quote !== before.quote) return { status: 'changed', before, after };
    const same = after.start === before.start && after.end === before.end;
    return { status: same ? 'kept' : 'moved', before, after };
  });
}

/** Text edits (offsets of the current text), then the turn operations one after the other. */
export function planEdit(
  document: DocumentContent,
  codings: readonly CodingSpan[],
  input: Pick<EditInput, 'edits' | 'turns'>,
): PlannedEdit {
  let state: State = {
    ...document,
    places: new Map(codings.map((coding) => [coding.id, coding])),
    removed: 0,
    inserted: 0,
  };
  state = withEdits(state, checkEdits(document.text, input.edits));
  for (const operation of input.turns) state = applyTurn(state, operation);
  return {
    text: state.text,
    segments: state.segments,
    codings: outcomes(codings, state.places),
    removed: state.removed,
    inserted: state.inserted,
  };
}
