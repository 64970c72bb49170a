import type { SegmentDraft } from '../../text/canonical.ts';
import { parseSpeakerLine } from '../../text/speakers.ts';

/**
 * WebVTT and SubRip: each cue becomes a segment with its start time (HH:MM:SS). The speaker
 * comes from a `<v Name>` voice tag or a `Name:` prefix; consecutive cues of one speaker
 * merge into one segment, keeping the first cue's time. Other tags are removed.
 */

const CUE_TIMING =
  /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})/u;

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
  if (speaker === null && body[0]) {
    const prefix = parseSpeakerLine(body[0]);
    // Only a short label with text after it: "Marie: bonjour".
    if (prefix && prefix.rest.length > 0 && prefix.timestamp === null) {
      speaker = prefix.speaker;
      body[0] = prefix.rest;
    }
  }
  return { time, speaker, text: body.join('\n') };
}

/** Cues of a .vtt or .srt file (text already decoded, LF line ends). */
export function readCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const blocks = text.split(/\n\s*\n/u);
  for (const block of blocks) {
    const lines = block.split('\n');
    const timingIndex = lines.findIndex((line) => CUE_TIMING.test(line));
    if (timingIndex < 0) continue; // WEBVTT header, NOTE, STYLE, REGION blocks
    const timing = CUE_TIMING.exec(lines[timingIndex] ?? '');
    const cue = readCue(lines.slice(timingIndex + 1), normaliseTime(timing?.[1] ?? '0:00'));
    if (cue.text.length > 0) cues.push(cue);
  }
  return cues;
}

export function subtitleSegments(text: string): SegmentDraft[] {
  const drafts: { text: string; speaker: string | null; timestamp: string }[] = [];
  for (const cue of readCues(text)) {
    const last = drafts.at(-1);
    if (last && cue.speaker !== null && last.speaker === cue.speaker) {
      last.text += `\n${cue.text}`;
    } else {
      drafts.push({ text: cue.text, speaker: cue.speaker, timestamp: cue.time });
    }
  }
  return drafts;
}
