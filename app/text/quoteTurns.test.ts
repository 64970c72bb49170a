import { describe, expect, it } from 'vitest';
import { mayMixSpeakers, quoteTurns, turnAt, turnSpeakers, type TurnSpan } from './quoteTurns.ts';

// "Et le soir ?" (0–12), "\n\n", "Oui, tard." (14–24), "\n\n", "Toujours." (26–35).
const TEXT = 'Et le soir ?\n\nOui, tard.\n\nToujours.';
const turn = (ordinal: number, start: number, end: number, speaker: string | null): TurnSpan => ({
  ordinal,
  start,
  end,
  speaker,
  timestamp: null,
});
const SEGMENTS = [turn(0, 0, 12, 'Enquêtrice'), turn(1, 14, 24, 'P3'), turn(2, 26, 35, 'P3')];
const range = (start: number, end: number) => ({ start, end, quote: TEXT.slice(start, end) });

describe('quoteTurns', () => {
  it('splits a quote that mixes speakers by turn, leaving out the joins between turns', () => {
    expect(quoteTurns(range(6, 18), SEGMENTS)).toEqual([
      { speaker: 'Enquêtrice', timestamp: null, segmentOrdinal: 0, start: 6, end: 12, quote: 'soir ?' },
      { speaker: 'P3', timestamp: null, segmentOrdinal: 1, start: 14, end: 18, quote: 'Oui,' },
    ]);
  });

  it('gives no parts for one speaker’s words, in one turn or in consecutive turns', () => {
    expect(quoteTurns(range(14, 18), SEGMENTS)).toBeNull();
    expect(quoteTurns(range(14, 35), SEGMENTS)).toBeNull();
    expect(quoteTurns(range(0, 5), [])).toBeNull();
  });

  it('leaves out blank parts, so that a blank turn does not make a quote mixed', () => {
    const segments = [turn(0, 0, 12, 'A'), turn(1, 12, 14, 'B'), turn(2, 14, 24, 'P3'), turn(3, 26, 35, 'A')];
    expect(quoteTurns(range(12, 24), segments)).toBeNull();
    expect(quoteTurns(range(12, 35), segments)?.map((part) => [part.speaker, part.quote])).toEqual([
      ['P3', 'Oui, tard.'],
      ['A', 'Toujours.'],
    ]);
  });

  it('names each speaker once, in speaking order', () => {
    const parts = quoteTurns(range(0, 35), SEGMENTS) ?? [];
    expect(turnSpeakers(parts)).toEqual(['Enquêtrice', 'P3']);
  });
});

describe('mayMixSpeakers', () => {
  it('is true whenever quoteTurns splits a quote, for every range of the text', () => {
    const segments = [turn(0, 0, 12, 'A'), turn(1, 12, 14, 'B'), turn(2, 14, 24, 'P3'), turn(3, 26, 35, 'A')];
    let mixed = 0;
    for (let start = 0; start <= TEXT.length; start++) {
      for (let end = start; end <= TEXT.length; end++) {
        const split = quoteTurns(range(start, end), segments) !== null;
        if (split) mixed++;
        // Never false for a quote that is split: the export would lose its `part` column.
        if (split) expect(mayMixSpeakers({ start, end }, segments)).toBe(true);
      }
    }
    expect(mixed).toBeGreaterThan(0);
    expect(mayMixSpeakers({ start: 14, end: 35 }, SEGMENTS)).toBe(false);
    // Ends where the next speaker's turn starts: no part of theirs.
    expect(mayMixSpeakers({ start: 0, end: 14 }, SEGMENTS)).toBe(false);
    expect(mayMixSpeakers({ start: 0, end: 15 }, SEGMENTS)).toBe(true);
  });
});

describe('turnAt', () => {
  it('finds the turn an offset falls in, and none between turns or past the last', () => {
    expect(turnAt(SEGMENTS, 0)?.ordinal).toBe(0);
    expect(turnAt(SEGMENTS, 11)?.ordinal).toBe(0);
    expect(turnAt(SEGMENTS, 12)).toBeUndefined();
    expect(turnAt(SEGMENTS, 14)?.ordinal).toBe(1);
    expect(turnAt(SEGMENTS, 34)?.ordinal).toBe(2);
    expect(turnAt(SEGMENTS, 35)).toBeUndefined();
    expect(turnAt([], 3)).toBeUndefined();
  });
});
