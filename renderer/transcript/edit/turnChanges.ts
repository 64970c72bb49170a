import type { InputOf, Segment } from '../../../app/contract/index.ts';
import { editsBetween, type TextEdit } from '../../../app/text/textEdits.ts';

/**
 * Turns what the edit view holds into one `documents/edit` call: text edits against the
 * stored text, then turn operations, which the backend applies after the edits, one after the
 * other. Every edit stays inside one stored turn (never across the "\n\n" between turns), so
 * the turns change only through joins and splits: joins first (a joined turn meets the
 * previous one at a line break, as the backend joins), then splits, then speakers and times.
 */

/** One turn of the edit view. */
export interface EditedTurn {
  readonly speaker: string | null;
  readonly timestamp: string | null;
  /** The stored turn it started as; null for a turn made by splitting another. */
  readonly origin: number | null;
  /** Its text cut at the line breaks where stored turns were joined into it. */
  readonly parts: readonly string[];
  /** The stored turns joined into it, one per part after the first. */
  readonly joined: readonly number[];
}

/** A change to the turns, as `documents/edit` takes it. */
export type TurnOperation = NonNullable<InputOf<'documents/edit'>['turns']>[number];

export interface DocumentText {
  readonly text: string;
  readonly segments: readonly Segment[];
}

export type TurnChanges =
  | { readonly ok: true; readonly edits: TextEdit[]; readonly turns: TurnOperation[] }
  /** A turn left without text (index of the edit view's turn): the backend keeps no empty turn. */
  | { readonly ok: false; readonly emptyTurn: number };

/** A turn's text as import stores it: lines right-trimmed, blank lines dropped, trimmed. */
export function normaliseTurnText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .filter((line) => line.trim().length > 0)
    .join('\n')
    .trim();
}

interface Region {
  readonly ordinal: number;
  text: string;
}

export function turnChangesOf(stored: DocumentText, edited: readonly EditedTurn[]): TurnChanges {
  // An empty turn made by Enter is no turn at all.
  const turns = edited.filter(
    (turn) => turn.origin !== null || normaliseTurnText(turn.parts.join('\n')) !== '',
  );
  const regions: Region[] = [];
  // Where each edit-view turn starts: its region and the offset in that region's text.
  const splits: { region: number; offset: number }[] = [];
  for (const [index, turn] of turns.entries()) {
    const texts = turn.parts.map(normaliseTurnText);
    if (texts.some((text) => text === '')) return { ok: false, emptyTurn: edited.indexOf(turn) };
    texts.forEach((text, part) => {
      const ordinal = part === 0 ? turn.origin : (turn.joined[part - 1] ?? null);
      if (ordinal === null) {
        const region = regions.at(-1);
        if (!region) return;
        splits.push({ region: regions.length - 1, offset: region.text.length });
        region.text += text;
      } else regions.push({ ordinal, text });
    });
    if (index === 0 && turn.origin === null) return { ok: false, emptyTurn: 0 };
  }

  const edits: TextEdit[] = [];
  for (const region of regions) {
    const segment = stored.segments[region.ordinal];
    if (!segment) continue;
    const before = stored.text.slice(segment.start, segment.end);
    for (const edit of editsBetween(before, region.text))
      edits.push({ start: segment.start + edit.start, end: segment.start + edit.end, text: edit.text });
  }

  const operations: TurnOperation[] = [];
  // Joins, last first so that the ordinals before each one stay those of the stored turns.
  const joined = turns.flatMap((turn) => turn.joined).sort((a, b) => b - a);
  for (const ordinal of joined) operations.push({ op: 'join', ordinal: ordinal - 1 });

  // Offsets of the text after the joins: regions in order, "\n" inside a joined turn, "\n\n" between.
  const joinedSet = new Set(joined);
  const regionStarts: number[] = [];
  let length = 0;
  regions.forEach((region, index) => {
    if (index > 0) length += joinedSet.has(region.ordinal) ? 1 : 2;
    regionStarts.push(length);
    length += region.text.length;
  });
  const splitOffsets = splits.map((split) => (regionStarts[split.region] ?? 0) + split.offset);
  for (const offset of splitOffsets.sort((a, b) => b - a)) operations.push({ op: 'split', offset });

  // Speakers and times: a stored turn keeps its own through joins; a split's new turn is told.
  turns.forEach((turn, ordinal) => {
    const origin = turn.origin === null ? null : stored.segments[turn.origin];
    if (!origin || origin.speaker !== turn.speaker)
      operations.push({ op: 'setSpeaker', ordinal, speaker: turn.speaker });
    if (!origin || origin.timestamp !== turn.timestamp)
      operations.push({ op: 'setTimestamp', ordinal, timestamp: turn.timestamp });
  });
  return { ok: true, edits, turns: operations };
}
