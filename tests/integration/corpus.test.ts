import mammoth from 'mammoth';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSource, SUPPORTED_EXTENSIONS } from '../../app/importers/importFile.ts';
import { guessTextLanguage } from '../../app/exports/textLanguage.ts';
import { requireTool, sharedMaterial } from '../support/requiredTool.ts';
import { repoRoot } from '../support/tempDir.ts';

const corpus = join(repoRoot, '..', 'shared', 'corpus');
const CORPUS = sharedMaterial(corpus);

const read = (name: string) => parseSource(name, readFileSync(join(corpus, name)));
const speakers = async (name: string) =>
  (await read(name)).canonical.segments.map((segment) => segment.speaker);
const HEADER = /^\[(Chercheur|Interviewe)\] \(\d+:\d+\s*[-–]\s*\d+:\d+\)\s*$/u;

describe('real transcripts from ../shared/corpus', () => {
  beforeEach((context) => requireTool(context, CORPUS));

  it('tells the language of every transcript, as its file name says (fr_, en_)', async () => {
    const named = readdirSync(corpus).filter((name) => /^(fr|en)_/u.test(name) && !/README/u.test(name));
    expect(named.length).toBeGreaterThanOrEqual(6);
    for (const name of named) {
      const { canonical } = await read(name);
      expect({ name, language: guessTextLanguage(canonical.text.slice(0, 20_000)) }).toEqual({
        name,
        language: name.slice(0, 2),
      });
    }
  });

  it('reads the French artisan interviews as [Chercheur]/[Interviewe] turns with timestamps', async () => {
    for (const file of [
      'fr_artisans_entretien-24.10.03-01.derived.txt',
      'fr_artisans_entretien-25.01.08.derived.txt',
    ]) {
      const raw = readFileSync(join(corpus, file), 'utf8');
      const headers = raw.split('\n').filter((line) => HEADER.test(line));
      const parsed = await read(file);
      const turns = parsed.canonical.segments.filter((segment) => segment.speaker !== null);
      expect(turns.length).toBe(headers.length);
      expect(new Set(turns.map((turn) => turn.speaker))).toEqual(new Set(['Chercheur', 'Interviewe']));
      expect(turns.every((turn) => /^\d+:\d+$/u.test(turn.timestamp ?? ''))).toBe(true);
      // The title line stays a paragraph without speaker.
      expect(parsed.canonical.segments[0]?.speaker).toBeNull();
      expect(parsed.canonical.text.includes('[Chercheur]')).toBe(false);
    }
    const first = await read('fr_artisans_entretien-25.01.08.derived.txt');
    const second = first.canonical.segments[2];
    expect(second && first.canonical.text.slice(second.start, second.end)).toBe('Oui.');
  });

  it('reads the artisan .docx files with the same turns as a person reads in them', async () => {
    for (const [docx, derived] of [
      ['fr_artisans_entretien-24.10.03-01.docx', 'fr_artisans_entretien-24.10.03-01.derived.txt'],
      ['fr_artisans_entretien-25.01.08.docx', 'fr_artisans_entretien-25.01.08.derived.txt'],
    ] as const) {
      const fromDocx = await read(docx);
      const fromText = await read(derived);
      expect(fromDocx.canonical).toEqual(fromText.canonical);
    }
    // The third has no derived text: count its turn headers with an independent reader.
    const raw = (
      await mammoth.extractRawText({ path: join(corpus, 'fr_artisans_entretien-24.10.04-04.docx') })
    ).value;
    const headers = raw.split('\n').filter((line) => HEADER.test(line.trim()));
    const turns = (await speakers('fr_artisans_entretien-24.10.04-04.docx')).filter(
      (speaker) => speaker !== null,
    );
    expect(turns.length).toBe(headers.length);
  });

  it('reads the Sheffield interviews (.txt and .docx) as Researcher/participant turns after a header line', async () => {
    for (const [file, participant] of [
      ['en_sheffield-orda_Sam.txt', 'Sam'],
      ['en_sheffield-orda_Jessica.txt', 'Jessica'],
      ['en_sheffield-orda_Kelly.docx', 'Kelly'],
    ] as const) {
      const raw = file.endsWith('.docx')
        ? (await mammoth.extractRawText({ path: join(corpus, file) })).value
        : readFileSync(join(corpus, file), 'utf8');
      const turnLines = raw
        .split('\n')
        .filter((line) => new RegExp(`^(Researcher \\d|${participant}):`, 'u').test(line.trim()));
      const found = await speakers(file);
      expect(found[0]).toBeNull();
      expect(found.slice(1).length).toBe(turnLines.length);
      expect(new Set(found.slice(1))).toEqual(new Set(turnLines.map((line) => line.trim().split(':')[0])));
    }
  });

  it('reads the QualCoder focus group turns and the one-speaker .docx as paragraphs', async () => {
    const tags =
      readFileSync(join(corpus, 'en_qualcoder-example_focus-group_transcript.txt'), 'utf8').match(
        /^\[id\d\]/gmu,
      ) ?? [];
    expect(await speakers('en_qualcoder-example_focus-group_transcript.txt')).toEqual(
      tags.map((tag) => tag.slice(1, -1)),
    );
    const single = await read('en_qualcoder-example_ID1.docx');
    expect(single.canonical.segments.every((segment) => segment.speaker === null)).toBe(true);
    expect(single.canonical.text).toContain('€');
  });

  it('reads subtitle files cue by cue with start times', async () => {
    for (const file of ['format_lorem_subrip.srt', 'format_lorem_teams-style.vtt']) {
      const cues = readFileSync(join(corpus, file), 'utf8')
        .split('\n')
        .filter((line) => line.includes('-->')).length;
      const parsed = await read(file);
      expect(parsed.canonical.segments.length).toBe(cues);
      expect(
        parsed.canonical.segments.every((segment) => /^\d\d:\d\d:\d\d$/u.test(segment.timestamp ?? '')),
      ).toBe(true);
      expect(parsed.canonical.text).not.toMatch(/-->|WEBVTT|Kind:/u);
    }
  });

  it('imports every supported file of the corpus with segment slices that match the text', async () => {
    const files = readdirSync(corpus).filter((name) =>
      (SUPPORTED_EXTENSIONS as readonly string[]).includes(name.split('.').pop() ?? ''),
    );
    expect(files.length).toBeGreaterThanOrEqual(13);
    for (const file of files) {
      const { canonical } = await read(file);
      for (const segment of canonical.segments) {
        expect(canonical.text.slice(segment.start, segment.end).trim().length).toBeGreaterThan(0);
      }
    }
  });
});
