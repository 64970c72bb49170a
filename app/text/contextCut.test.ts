import { describe, expect, it } from 'vitest';
import { contextBounds } from './contextCut.ts';

const TEXT =
  'Je commence tôt. Ensuite je fais mes micro-tâches sur la plateforme, puis le ménage. Le tarif baisse encore pour tout le monde, sans prévenir personne. Alors je recommence le soir.';
const turn = { start: 0, end: TEXT.length };
const quote = 'Le tarif baisse encore';
const range = { start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length };

function shown(chars: number): string {
  const { from, to } = contextBounds(TEXT, range, turn, chars);
  return TEXT.slice(from, to);
}

describe('contextBounds', () => {
  it('shows the whole turn when it is within reach', () => {
    expect(shown(500)).toBe(TEXT);
  });
  it('cuts at the sentence boundary that gives the most context', () => {
    // 70 characters before reach into "Ensuite…", a sentence start.
    expect(shown(70)).toMatch(/^Ensuite je fais/u);
    expect(shown(70)).toMatch(/personne\.$/u);
  });
  it('falls back to a word boundary, never mid-word', () => {
    const { from, to } = contextBounds(TEXT, range, turn, 20);
    expect(TEXT.slice(from, range.start)).toBe('puis le ménage. ');
    expect(TEXT.slice(range.end, to)).toBe(' pour tout le monde,');
    for (const chars of [5, 11, 23, 37, 41]) {
      const bounds = contextBounds(TEXT, range, turn, chars);
      expect(bounds.from === range.start || /\s/u.test(TEXT.charAt(bounds.from - 1)), `from, ${chars}`).toBe(
        true,
      );
      expect(bounds.to === range.end || /\s/u.test(TEXT.charAt(bounds.to)), `to, ${chars}`).toBe(true);
    }
  });
  it('shows nothing on a side with no boundary in reach', () => {
    expect(contextBounds(TEXT, range, turn, 2)).toEqual({ from: range.start, to: range.end });
  });
  it('stays inside the turn', () => {
    expect(contextBounds(TEXT, range, { start: range.start - 4, end: range.end + 3 }, 100)).toEqual({
      from: range.start - 4,
      to: range.end + 3,
    });
  });
});
