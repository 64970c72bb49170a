import type { SegmentDraft } from './canonical.ts';

/**
 * Speaker-turn detection for plain text. A line opens a turn when it starts with a speaker
 * label, optionally with a timestamp before or after it:
 *   `Enquêteur : …`, `Interviewer: …`, `Q: …`, `R : …`, `[00:12:31] Marie : …`,
 *   `Marie (00:12): …`, `[Chercheur] (0:01 - 0:07)` (label alone, text on the next lines).
 * A label is accepted when it opens at least two lines of the document, or is a common
 * interview role (Q, R, Interviewer…): a lone "Note: …" stays part of the text.
 */

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const TIME_GROUP = String.raw`[\[(]\s*(${TIME})(?:\s*[-–]\s*${TIME})?\s*[\])]|(${TIME})`;
const LABEL = String.raw`[\p{L}][\p{L}\p{M}\p{N} .'’_-]{0,38}?`;

// `[ts] Label (ts) : rest`, the colon (ASCII or full-width) followed by a space or line end.
const COLON_LINE = new RegExp(
  String.raw`^(?:(?:${TIME_GROUP})\s*)?(${LABEL})\s*(?:(?:${TIME_GROUP})\s*)?[:：](?:\s+(.*))?$`,
  'u',
);
// `[Label] (ts) rest` where the label does not start with a digit (that is a timestamp).
const BRACKET_LINE = new RegExp(
  String.raw`^(?:(?:${TIME_GROUP})\s*)?\[(\p{L}[^\]]{0,38})\]\s*(?:(?:${TIME_GROUP})\s*)?(.*)$`,
  'u',
);

// `E1 — rest` / `Marie – rest`: a short capitalised label and a dash (em, en, or a hyphen
// between spaces). Stricter than the colon form, since dashes also occur inside sentences.
const DASH_LINE = new RegExp(
  String.raw`^(?:(?:${TIME_GROUP})\s*)?(\p{Lu}[\p{L}\p{M}\p{N}.'’_-]{0,20}(?: \p{Lu}?[\p{L}\p{M}\p{N}.'’_-]{1,20}){0,2})\s*(?:(?:${TIME_GROUP})\s*)?(?:—|–|\s-)\s+(.*)$`,
  'u',
);
// `Speaker 1 00:00:05` or `Marie (00:12)` alone on its line, the turn's text on the next
// lines (the export format of several transcription services).
const LABEL_TIME_LINE = new RegExp(String.raw`^(${LABEL})\s+(?:${TIME_GROUP})$`, 'u');

const KNOWN_ROLES = new Set(
  [
    'q',
    'r',
    'i',
    'e',
    'interviewer',
    'interviewee',
    'respondent',
    'participant',
    'researcher',
    'enquêteur',
    'enquêtrice',
    'enquêté',
    'enquêtée',
    'intervieweur',
    'intervieweuse',
    'interviewé',
    'interviewée',
    'interviewe',
    'chercheur',
    'chercheuse',
    'répondant',
    'répondante',
    'speaker',
    'locuteur',
    'locutrice',
    'intervenant',
    'intervenante',
  ].map((role) => role.normalize('NFC')),
);

export interface SpeakerLine {
  readonly speaker: string;
  readonly timestamp: string | null;
  readonly rest: string;
}

function firstDefined(...values: (string | undefined)[]): string | null {
  for (const value of values) if (value !== undefined && value !== '') return value;
  return null;
}

/** Parses one line as the opening of a speaker turn, or returns null. */
export function parseSpeakerLine(line: string): SpeakerLine | null {
  const trimmed = line.trim();
  const bracket = BRACKET_LINE.exec(trimmed);
  if (bracket) {
    const [, ts1, ts2, label, ts3, ts4, rest] = bracket;
    if (label !== undefined) {
      return { speaker: label.trim(), timestamp: firstDefined(ts1, ts2, ts3, ts4), rest: rest ?? '' };
    }
  }
  const colon = COLON_LINE.exec(trimmed);
  if (colon) {
    const [, ts1, ts2, label, ts3, ts4, rest] = colon;
    if (label === undefined) return null;
    const speaker = label.trim();
    // More than four words is a sentence with a colon, not a speaker label.
    if (speaker.split(/\s+/u).length > 4) return null;
    return { speaker, timestamp: firstDefined(ts1, ts2, ts3, ts4), rest: rest ?? '' };
  }
  const dash = DASH_LINE.exec(trimmed);
  if (dash) {
    const [, ts1, ts2, label, ts3, ts4, rest] = dash;
    if (label !== undefined) {
      return { speaker: label.trim(), timestamp: firstDefined(ts1, ts2, ts3, ts4), rest: rest ?? '' };
    }
  }
  const labelTime = LABEL_TIME_LINE.exec(trimmed);
  if (labelTime) {
    const [, label, ts1, ts2] = labelTime;
    if (label !== undefined && label.trim().split(/\s+/u).length <= 3) {
      return { speaker: label.trim(), timestamp: firstDefined(ts1, ts2), rest: '' };
    }
  }
  return null;
}

function isKnownRole(label: string): boolean {
  return KNOWN_ROLES.has(label.toLowerCase().replace(/\s*\d+$/u, ''));
}

function paragraphs(lines: readonly string[]): SegmentDraft[] {
  const drafts: SegmentDraft[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.some((line) => line.trim().length > 0)) {
      drafts.push({ text: current.join('\n'), speaker: null, timestamp: null });
    }
    current = [];
  };
  for (const line of lines) {
    if (line.trim().length === 0) flush();
    else current.push(line);
  }
  flush();
  return drafts;
}

/**
 * Splits normalised text (LF line ends) into segment drafts: speaker turns when the text
 * has speaker labels, otherwise paragraphs separated by blank lines. Text before the first
 * turn (a title, a header line) becomes paragraphs without a speaker.
 */
export function splitIntoTurns(text: string): SegmentDraft[] {
  const lines = text.split('\n');
  const parsed = lines.map(parseSpeakerLine);
  const counts = new Map<string, number>();
  for (const line of parsed) if (line) counts.set(line.speaker, (counts.get(line.speaker) ?? 0) + 1);
  // A single repeated label that opens few lines ("ORCiD ID: …" twice in a README) is a
  // field name, not a speaker: interviews have two speakers or more, or one that dominates.
  const repeated = [...counts].filter(([label, count]) => count >= 2 && !isKnownRole(label));
  const nonEmpty = lines.filter((line) => line.trim().length > 0).length;
  const lone =
    repeated.length === 1 && (repeated[0]?.[1] ?? 0) < 0.3 * nonEmpty ? repeated[0]?.[0] : undefined;
  const accepted = (line: SpeakerLine | null): line is SpeakerLine =>
    line !== null &&
    line.speaker !== lone &&
    ((counts.get(line.speaker) ?? 0) >= 2 || isKnownRole(line.speaker));

  if (!parsed.some(accepted)) return paragraphs(lines);

  const drafts: SegmentDraft[] = [];
  let preamble: string[] = [];
  let turn: { speaker: string; timestamp: string | null; lines: string[] } | null = null;
  const flushTurn = (): void => {
    if (turn) drafts.push({ text: turn.lines.join('\n'), speaker: turn.speaker, timestamp: turn.timestamp });
    turn = null;
  };
  lines.forEach((line, index) => {
    const speakerLine = parsed[index] ?? null;
    if (accepted(speakerLine)) {
      if (!turn) {
        drafts.push(...paragraphs(preamble));
        preamble = [];
      }
      flushTurn();
      turn = { speaker: speakerLine.speaker, timestamp: speakerLine.timestamp, lines: [speakerLine.rest] };
    } else if (turn) {
      turn.lines.push(line);
    } else {
      preamble.push(line);
    }
  });
  if (!turn) drafts.push(...paragraphs(preamble));
  flushTurn();
  return drafts;
}
