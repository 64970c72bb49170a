import { z } from 'zod';
import type { ProjectSnapshot } from '../../../db/index.ts';
import { checkRange } from '../../text/offsets.ts';
import { normaliseGuid } from './values.ts';

/**
 * REFI-QDA has no place for speaker turns, so a .qdpx written by Verbatim carries them in
 * one extra file beside project.qde. Other tools ignore files they do not name; Verbatim
 * reads it back, so a project keeps its turns (speakers, timestamps) through an exchange.
 * Offsets are UTF-16 units of the exported text, which is exactly the document's text.
 */
export const TURNS_ENTRY = 'verbatim-turns.json';

export interface Turn {
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
}

const Sidecar = z.object({
  format: z.literal('verbatim-turns'),
  version: z.literal(1),
  documents: z.record(
    z.string(),
    z.object({
      /** SHA-256 of the text the turns belong to: a text changed by another tool drops them. */
      sha256: z.string(),
      turns: z.array(
        z.tuple([
          z.number().int().min(0),
          z.number().int().min(0),
          z.string().nullable(),
          z.string().nullable(),
        ]),
      ),
    }),
  ),
});

/** The side file's text before its documents; `TURNS_CLOSING` after them. */
export const TURNS_OPENING = '{"format":"verbatim-turns","version":1,"documents":{';
export const TURNS_CLOSING = '}}';

/**
 * One document's member of the side file's `documents` (`"guid":{…}`), or null when none of
 * its turns has a speaker or a timestamp. The members are joined by commas, in document
 * order, between TURNS_OPENING and TURNS_CLOSING; a file without any has no side file.
 */
export function turnsSidecarMember(
  document: { readonly guid: string; readonly checksum: string },
  turns: readonly Pick<ProjectSnapshot['segments'][number], 'start' | 'end' | 'speaker' | 'timestamp'>[],
): string | null {
  if (!turns.some((turn) => turn.speaker !== null || turn.timestamp !== null)) return null;
  const entry: z.infer<typeof Sidecar>['documents'][string] = {
    // A document's checksum is the SHA-256 of its text.
    sha256: document.checksum,
    turns: turns.map((turn) => [turn.start, turn.end, turn.speaker, turn.timestamp]),
  };
  return `${JSON.stringify(document.guid)}:${JSON.stringify(entry)}`;
}

export interface SidecarRead {
  /** The turns of each document by normalised GUID, with the hash of their text. */
  readonly byGuid: ReadonlyMap<string, { sha256: string; turns: readonly Turn[] }>;
  readonly problem: string | null;
}

export function readTurnsSidecar(json: string | null): SidecarRead {
  if (json === null) return { byGuid: new Map(), problem: null };
  let parsed: z.infer<typeof Sidecar>;
  try {
    parsed = Sidecar.parse(JSON.parse(json));
  } catch {
    return {
      byGuid: new Map(),
      problem: `${TURNS_ENTRY} is unreadable: speaker turns were not restored; texts are split into paragraphs.`,
    };
  }
  return {
    byGuid: new Map(
      Object.entries(parsed.documents).map(([guid, entry]) => [
        normaliseGuid(guid),
        {
          sha256: entry.sha256,
          turns: entry.turns.map(([start, end, speaker, timestamp]) => ({ start, end, speaker, timestamp })),
        },
      ]),
    ),
    problem: null,
  };
}

/**
 * The turns of `text` (whose SHA-256 is `sha256`) if they fit it exactly (same text, in
 * order, not overlapping, each a valid range), else null: turns that do not fit are not guessed.
 */
export function turnsOfText(
  text: string,
  sha256: string,
  entry: { sha256: string; turns: readonly Turn[] } | undefined,
): readonly Turn[] | null {
  if (!entry || entry.sha256 !== sha256) return null;
  let previousEnd = 0;
  for (const turn of entry.turns) {
    if (turn.start < previousEnd || checkRange(text, turn.start, turn.end) !== null) return null;
    previousEnd = turn.end;
  }
  return entry.turns;
}
