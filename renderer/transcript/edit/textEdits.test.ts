import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextEdits, mapRangeThroughEdits, textEditsBetween } from './textEdits.ts';

const pieces = fc.constantFrom(
  'la',
  'tâche',
  ' ',
  '\n',
  '\n\n',
  'é',
  'e\u0301',
  '😅',
  '😀',
  ',',
  'refusée',
  'Marie',
);
const text = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

describe('textEditsBetween', () => {
  it('gives sorted, non-overlapping edits that rebuild the new text', () => {
    fc.assert(
      fc.property(text, text, (original, current) => {
        const edits = textEditsBetween(original, current);
        expect(applyTextEdits(original, edits)).toBe(current);
        edits.forEach((edit, index) => {
          expect(edit.start).toBeLessThanOrEqual(edit.end);
          if (index > 0) expect(edit.start).toBeGreaterThanOrEqual(edits[index - 1]?.end ?? 0);
          // No edit cuts a surrogate pair in two.
          expect(/^[\uDC00-\uDFFF]/u.test(original.slice(edit.start))).toBe(false);
          expect(/^[\uDC00-\uDFFF]/u.test(original.slice(edit.end))).toBe(false);
        });
      }),
    );
  });

  it('keeps two far-apart corrections as two small edits', () => {
    const original = 'Je commence tôt le matin.\n\nOn ne sait jamais pourquoi une tâche est refusée.';
    const current = 'Je commence tard le matin.\n\nOn ne sait jamais pourquoi une tâche est rejetée.';
    expect(textEditsBetween(original, current)).toEqual([
      { start: 13, end: 15, text: 'ard' },
      { start: original.indexOf('fus'), end: original.indexOf('fus') + 3, text: 'jet' },
    ]);
  });

  it('says nothing changed for the same text', () => {
    expect(textEditsBetween('même texte', 'même texte')).toEqual([]);
  });
});

describe('mapRangeThroughEdits', () => {
  it('shifts ranges after an edit, resizes those containing it, drops those deleted', () => {
    const edits = [{ start: 4, end: 6, text: 'abcd' }];
    expect(mapRangeThroughEdits({ start: 0, end: 4 }, edits)).toEqual({ start: 0, end: 4 });
    expect(mapRangeThroughEdits({ start: 6, end: 9 }, edits)).toEqual({ start: 8, end: 11 });
    expect(mapRangeThroughEdits({ start: 2, end: 8 }, edits)).toEqual({ start: 2, end: 10 });
    expect(mapRangeThroughEdits({ start: 4, end: 6 }, [{ start: 3, end: 7, text: '' }])).toBeNull();
  });

  it('keeps the quote of every range the edits do not touch', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (original, current, a, b) => {
        const start = Math.min(a, b) % (original.length + 1);
        const end = Math.max(a, b) % (original.length + 1);
        if (start >= end) return;
        const edits = textEditsBetween(original, current);
        const untouched = edits.every((edit) => edit.end < start || edit.start > end);
        const mapped = mapRangeThroughEdits({ start, end }, edits);
        if (untouched)
          expect(mapped && current.slice(mapped.start, mapped.end)).toBe(original.slice(start, end));
      }),
    );
  });
});

describe('textEditsBetween at word boundaries', () => {
  it('deletes a whole word rather than keep letters it shares with its neighbour', () => {
    const original = 'je fais mes micro-tâches sur la plateforme';
    const current = '\n\nje fais mes sur la plateforme';
    const coding = { start: original.indexOf('micro'), end: original.indexOf(' sur') };
    expect(mapRangeThroughEdits(coding, textEditsBetween(original, current))).toBeNull();
  });
});
