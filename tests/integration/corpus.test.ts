import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../app/importers/importFile.ts';
import { repoRoot } from '../support/tempDir.ts';

const corpus = join(repoRoot, '..', 'shared', 'corpus');
const available = existsSync(corpus);
if (!available) {
  // Loud on purpose: a machine without ../shared does not run these interop tests.
  console.warn(`\n*** INTEROP TESTS DID NOT RUN: ${corpus} is missing. ***\n`);
}

describe.runIf(available)('real transcripts from ../shared/corpus', () => {
  const read = (name: string) => parseSource(name, readFileSync(join(corpus, name)));
  const speakers = (name: string) => read(name).canonical.segments.map((segment) => segment.speaker);

  it('reads the French artisan interviews as [Chercheur]/[Interviewe] turns with timestamps', () => {
    for (const file of [
      'fr_artisans_entretien-24.10.03-01.derived.txt',
      'fr_artisans_entretien-25.01.08.derived.txt',
    ]) {
      const raw = readFileSync(join(corpus, file), 'utf8');
      const headers = raw
        .split('\n')
        .filter((line) => /^\[(Chercheur|Interviewe)\] \(\d+:\d+\s*-\s*\d+:\d+\)\s*$/u.test(line));
      const parsed = read(file);
      const turns = parsed.canonical.segments.filter((segment) => segment.speaker !== null);
      expect(turns.length).toBe(headers.length);
      expect(new Set(turns.map((turn) => turn.speaker))).toEqual(new Set(['Chercheur', 'Interviewe']));
      expect(turns.every((turn) => /^\d+:\d+$/u.test(turn.timestamp ?? ''))).toBe(true);
      // The title line stays a paragraph without speaker.
      expect(parsed.canonical.segments[0]?.speaker).toBeNull();
      expect(parsed.canonical.text.includes('[Chercheur]')).toBe(false);
    }
    const first = read('fr_artisans_entretien-25.01.08.derived.txt');
    const second = first.canonical.segments[2];
    expect(second && first.canonical.text.slice(second.start, second.end)).toBe('Oui.');
  });

  it('reads the Sheffield interviews as Researcher/participant turns after a header line', () => {
    for (const [file, participant] of [
      ['en_sheffield-orda_Sam.txt', 'Sam'],
      ['en_sheffield-orda_Jessica.txt', 'Jessica'],
    ] as const) {
      const raw = readFileSync(join(corpus, file), 'utf8');
      const turnLines = raw
        .split('\n')
        .filter((line) => new RegExp(`^(Researcher \\d|${participant}):`, 'u').test(line));
      const found = speakers(file);
      expect(found[0]).toBeNull();
      expect(found.slice(1).length).toBe(turnLines.length);
      expect(new Set(found.slice(1))).toEqual(new Set(turnLines.map((line) => line.split(':')[0])));
    }
  });

  it('reads the QualCoder focus group', () => {
    const parsed = read('en_qualcoder-example_focus-group_transcript.txt');
    expect(parsed.canonical.segments.length).toBeGreaterThan(0);
    expect(parsed.canonical.text.length).toBeGreaterThan(100);
  });

  it('imports every .txt of the corpus with segment slices that match the text', () => {
    const files = readdirSync(corpus).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const { canonical } = read(file);
      for (const segment of canonical.segments) {
        expect(canonical.text.slice(segment.start, segment.end).trim().length).toBeGreaterThan(0);
      }
    }
  });
});
