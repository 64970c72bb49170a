import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ProjectSnapshot } from '../../../db/index.ts';
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

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The side file for a snapshot, or null when no document has a speaker or timestamp. */
export function writeTurnsSidecar(snapshot: ProjectSnapshot): string | null {
  const documents: z.infer<typeof Sidecar>['documents'] = {};
  for (const document of snapshot.documents) {
    const turns = snapshot.segments.filter((segment) => segment.documentId === document.id);
    if (!turns.some((turn) => turn.speaker !== null || turn.timestamp !== null)) continue;
    documents[document.guid] = {
      sha256: sha256(document.text),
      turns: turns.map((turn) => [turn.start, turn.end, turn.speaker, turn.timestamp]),
    };
  }
  if (Object.keys(documents).length === 0) return null;
  return JSON.stringify({ format: 'verbatim-turns', version: 1, documents });
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

const isLowSurrogate = (text: string, at: number): boolean => /[\uDC00-\uDFFF]/u.test(text.charAt(at));

/**
 * The turns of `text` if they fit it exactly (same text, in order, not overlapping, not
 * empty, never inside a surrogate pair), else null: turns that do not fit are not guessed.
 */
export function turnsOfText(
  text: string,
  entry: { sha256: string; turns: readonly Turn[] } | undefined,
): readonly Turn[] | null {
  if (!entry || entry.sha256 !== sha256(text)) return null;
  let previousEnd = 0;
  for (const turn of entry.turns) {
    const fits =
      turn.start >= previousEnd &&
      turn.end > turn.start &&
      turn.end <= text.length &&
      !isLowSurrogate(text, turn.start) &&
      !isLowSurrogate(text, turn.end);
    if (!fits) return null;
    previousEnd = turn.end;
  }
  return entry.turns;
}
