import type { ImportNote } from '../../contract/types.ts';
import type { SegmentDraft } from '../../text/canonical.ts';
import { importNote, lineList } from '../notes.ts';
import { parseSpeakerLine } from '../../text/speakers.ts';

/**
 * WebVTT and SubRip: each cue becomes a segment with its start time (HH:MM:SS). The speaker
 * comes from a `<v Name>` voice tag (Teams) or a `Name:` prefix, where Zoom adds a suffix in
 * brackets (`Ashlee Kupor (SL):`, `(Host)`, pronouns); consecutive cues of one speaker
 * merge into one segment, keeping the first cue's time. Other tags are removed. A block
 * with text but no valid timing line is left out and counted, never dropped silently.
 */

const CUE_TIMING =
  /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)/u;

/** Blocks of a WebVTT file that are not cues: its header and NOTE, STYLE, REGION blocks. */
const NOT_A_CUE = /^(?:WEBVTT|NOTE|STYLE|REGION)(?:\s|$)/u;

/** A Zoom speaker: a name of one to four words, then a bracketed suffix that is not a time. */
const SUFFIXED_SPEAKER =
  /^(\p{L}[\p{L}\p{M}\p{N}.'’_-]*(?: [\p{L}\p{M}\p{N}.'’_-]+){0,3} \([^()\d:][^():]{0,30}\))\s*[:：]\s+(.+)$/u;

function normaliseTime(raw: string): string {
  const [clock = '0:00'] = raw.split(/[.,]/u);
  const parts = clock.split(':').map((part) => part.padStart(2, '0'));
  while (parts.length < 3) parts.unshift('00');
  return parts.join(':');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&nbsp;/gu, '\u00a0')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');
}

interface Cue {
  readonly time: string;
  readonly speaker: string | null;
  readonly text: string;
}

function readCue(lines: readonly string[], time: string): Cue {
  let speaker: string | null = null;
  const body = lines
    .map((line) => {
      const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/u.exec(line);
      if (voice?.[1]) speaker = voice[1].trim();
      return decodeEntities(line.replace(/<[^>]*>/gu, '')).trim();
    })
    .filter((line) => line.length > 0);
  const suffixed = speaker === null && body[0] ? SUFFIXED_SPEAKER.exec(body[0]) : null;
  if (suffixed?.[1] && suffixed[2]) {
    speaker = suffixed[1];
    body[0] = suffixed[2];
  } else if (speaker === null && body[0]) {
    const prefix = parseSpeakerLine(body[0]);
    // Only a short label with text after it: "Marie: bonjour".
    if (prefix && prefix.rest.length > 0 && prefix.timestamp === null) {
      speaker = prefix.speaker;
      body[0] = prefix.rest;
    }
  }
  return { time, speaker, text: body.join('\n') };
}

/** The blocks of a file (runs of non-blank lines), each with the number of its first line. */
function blocksOf(text: string): { line: number; lines: string[] }[] {
  const blocks: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | null = null;
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') current = null;
    else if (current) current.lines.push(line);
    else {
      current = { line: index + 1, lines: [line] };
      blocks.push(current);
    }
  });
  return blocks;
}

/** A cue number (SubRip) or identifier (WebVTT) alone: no text lost with it. */
const isCueIdentifier = (lines: readonly string[]): boolean =>
  lines.length === 1 && !/\s/u.test(lines[0] ?? ' ');

export interface CueReading {
  readonly cues: Cue[];
  /** First line (in the file) of each block left out because it has no valid timing line. */
  readonly dropped: number[];
}

/** Cues of a .vtt or .srt file (text already decoded, LF line ends). */
export function readCues(text: string): CueReading {
  const cues: Cue[] = [];
  const dropped: number[] = [];
  for (const block of blocksOf(text)) {
    const timingIndex = block.lines.findIndex((line) => CUE_TIMING.test(line));
    if (timingIndex < 0) {
      if (!NOT_A_CUE.test(block.lines[0] ?? '') && !isCueIdentifier(block.lines)) dropped.push(block.line);
      continue;
    }
    const timing = CUE_TIMING.exec(block.lines[timingIndex] ?? '');
    const cue = readCue(block.lines.slice(timingIndex + 1), normaliseTime(timing?.[1] ?? '0:00'));
    if (cue.text.length > 0) cues.push(cue);
  }
  return { cues, dropped };
}

/** One segment per turn: a cue, or consecutive cues of one speaker, with the first one's time. */
export function mergeConsecutiveTurns(drafts: readonly SegmentDraft[]): SegmentDraft[] {
  const merged: SegmentDraft[] = [];
  for (const draft of drafts) {
    const last = merged.at(-1);
    if (last && draft.speaker !== null && last.speaker === draft.speaker) {
      merged[merged.length - 1] = { ...last, text: `${last.text}\n${draft.text}` };
    } else merged.push(draft);
  }
  return merged;
}

export interface SubtitleReading {
  readonly drafts: SegmentDraft[];
  readonly notes: ImportNote[];
}

export function subtitleSegments(text: string): SubtitleReading {
  const { cues, dropped } = readCues(text);
  return {
    drafts: mergeConsecutiveTurns(
      cues.map((cue) => ({ text: cue.text, speaker: cue.speaker, timestamp: cue.time })),
    ),
    notes: dropped.length > 0 ? [importNote('droppedCues', dropped.length, lineList(dropped))] : [],
  };
}

/** `[Name] HH:MM:SS` alone on a line: the header of one of Zoom's saved captions. */
const CAPTION_HEADER = /^\[([^\]]{1,80})\] (\d{1,2}:\d{2}:\d{2})$/u;

/**
 * Zoom's saved captions (`meeting_saved_closed_caption.txt`): blocks opening with a
 * `[Name] HH:MM:SS` header, one block per caption. Such a file is subtitle-like: every
 * header names a speaker (even one heard once), and consecutive captions of one speaker
 * become one turn. Null when the text is not in that form.
 */
export function zoomCaptionSegments(text: string): SegmentDraft[] | null {
  const blocks = blocksOf(text);
  const headers = blocks.map((block) => CAPTION_HEADER.exec(block.lines[0]?.trim() ?? ''));
  if (blocks.length < 2 || headers.some((header) => header === null)) return null;
  return mergeConsecutiveTurns(
    blocks.map((block, index) => ({
      text: block.lines.slice(1).join('\n'),
      speaker: headers[index]?.[1]?.trim() ?? null,
      timestamp: headers[index]?.[2]?.padStart(8, '0') ?? null,
    })),
  );
}
