import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireTool, sharedMaterial } from '../support/requiredTool.ts';
import { parseSource } from '../../app/importers/importFile.ts';
import { repoRoot } from '../support/tempDir.ts';

/**
 * Captions from meeting tools: speakers are recognised (Zoom's suffixed names, Teams' voice
 * tags, Zoom's saved-captions .txt) and consecutive cues of one speaker become one turn.
 * The Teams-style .vtt and the .srt from ../shared are real exports (lorem ipsum text).
 */
const CORPUS = join(repoRoot, '..', 'shared', 'corpus');
const CORPUS_MATERIAL = sharedMaterial(CORPUS);

async function turns(name: string, text: string | Uint8Array) {
  const parsed = await parseSource(name, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  return {
    notes: parsed.notes,
    turns: parsed.canonical.segments.map((segment) => [
      segment.speaker,
      segment.timestamp,
      parsed.canonical.text.slice(segment.start, segment.end),
    ]),
  };
}

describe('captions from meeting tools', () => {
  it('reads Zoom .vtt speakers with suffixes after the name, and merges their consecutive cues', async () => {
    const vtt = [
      'WEBVTT',
      '',
      '1',
      '00:00:01.230 --> 00:00:04.560',
      'Ashlee Kupor (SL): Okay, so today we will talk',
      '',
      '2',
      '00:00:04.560 --> 00:00:06.000',
      'Ashlee Kupor (SL): about your evenings.',
      '',
      '3',
      '00:00:06.500 --> 00:00:09.000',
      'Jordan Lee (they/them): Sure, happy to.',
      '',
      '4',
      '00:00:09.100 --> 00:00:10.000',
      'Sam Host (Host): Recording is on.',
    ].join('\n');
    expect(await turns('zoom.vtt', vtt)).toEqual({
      notes: [],
      turns: [
        ['Ashlee Kupor (SL)', '00:00:01', 'Okay, so today we will talk\nabout your evenings.'],
        ['Jordan Lee (they/them)', '00:00:06', 'Sure, happy to.'],
        ['Sam Host (Host)', '00:00:09', 'Recording is on.'],
      ],
    });
  });

  it('reads Teams voice tags as speakers, one turn per run of cues', async () => {
    const vtt = [
      'WEBVTT',
      '',
      'a1b2/12-0',
      '00:00:00.000 --> 00:00:02.000',
      '<v Marie Dupont>Bonjour à tous.</v>',
      '',
      'a1b2/13-0',
      '00:00:02.000 --> 00:00:04.000',
      '<v Marie Dupont>On commence ?</v>',
      '',
      'a1b2/14-0',
      '00:00:04.000 --> 00:00:05.000',
      '<v Paul Martin>Oui.</v>',
    ].join('\n');
    expect((await turns('teams.vtt', vtt)).turns).toEqual([
      ['Marie Dupont', '00:00:00', 'Bonjour à tous.\nOn commence ?'],
      ['Paul Martin', '00:00:04', 'Oui.'],
    ]);
  });

  it("reads Zoom's saved captions .txt as turns, consecutive captions of one speaker merged", async () => {
    const txt = [
      '[Ashlee Kupor (SL)] 10:02:15',
      'Okay, so today we will talk',
      '',
      '[Ashlee Kupor (SL)] 10:02:19',
      'about your evenings.',
      '',
      '[Jordan Lee] 10:02:24',
      'Sure.',
      '',
      '[Ashlee Kupor (SL)] 10:02:26',
      'Great.',
      '',
    ].join('\n');
    expect((await turns('meeting_saved_closed_caption.txt', txt)).turns).toEqual([
      ['Ashlee Kupor (SL)', '10:02:15', 'Okay, so today we will talk\nabout your evenings.'],
      ['Jordan Lee', '10:02:24', 'Sure.'],
      ['Ashlee Kupor (SL)', '10:02:26', 'Great.'],
    ]);
  });

  // it.for, not it.each: it passes the test context, to skip without the shared material.
  it.for(['format_lorem_teams-style.vtt', 'format_lorem_subrip.srt'])(
    'keeps every cue of the real export %s, with no false report of damage',
    async (name, context) => {
      requireTool(context, CORPUS_MATERIAL);
      const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
      const raw = new TextDecoder().decode(bytes);
      const cueCount = raw.split('\n').filter((line) => line.includes('-->')).length;
      const { notes, turns: read } = await turns(name, bytes);
      expect(notes).toEqual([]);
      expect(read).toHaveLength(cueCount);
      expect(read[0]?.[2]).toMatch(/^Lorem ipsum dolor sit amet, consectetur/u);
    },
  );
});
