import { describe, expect, it } from 'vitest';
import { quoteTurns, turnSpeakers, type TurnSpan } from './quoteTurns.ts';

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
