import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reanchorCoding } from './reanchor.ts';
import { applyEdits, editsBetween } from './textEdits.ts';

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
  'micro-tâches',
);
const text = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

describe('editsBetween', () => {
  it('gives sorted, non-overlapping edits that rebuild the new text, never cutting an emoji', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = editsBetween(before, after);
        expect(applyEdits(before, edits)).toBe(after);
        edits.forEach((edit, index) => {
          expect(edit.start).toBeLessThanOrEqual(edit.end);
          if (index > 0) expect(edit.start).toBeGreaterThanOrEqual(edits[index - 1]?.end ?? 0);
          expect(/^[\uDC00-\uDFFF]/u.test(before.slice(edit.start))).toBe(false);
          expect(/^[\uDC00-\uDFFF]/u.test(before.slice(edit.end))).toBe(false);
        });
      }),
    );
  });

  it('keeps two far-apart corrections as two edits of a word each', () => {
    const before = 'Je commence tôt le matin.\n\nOn ne sait jamais pourquoi une tâche est refusée.';
    const after = 'Je commence tard le matin.\n\nOn ne sait jamais pourquoi une tâche est rejetée.';
    expect(editsBetween(before, after)).toEqual([
      { start: before.indexOf('tôt'), end: before.indexOf('tôt') + 3, text: 'tard' },
      { start: before.indexOf('refusée'), end: before.indexOf('refusée') + 7, text: 'rejetée' },
    ]);
  });

  it('says nothing changed for the same text', () => {
    expect(editsBetween('même texte', 'même texte')).toEqual([]);
  });

  it('replaces whole words where the versions share letters at their ends', () => {
    // Trimming the common ends character by character would align "es" of "tâches" with
    // the "es" of "mes" and leave a coding of the deleted word on those two letters.
    const before = 'je fais mes micro-tâches sur la plateforme';
    const after = 'je fais mes sur la plateforme';
    const [edit] = editsBetween(before, after);
    expect(before.slice(edit?.start, edit?.end).trim()).toBe('micro-tâches');
  });
});

describe('reanchorCoding', () => {
  const coding = (text: string, quote: string) => ({
    id: 1,
    start: text.indexOf(quote),
    end: text.indexOf(quote) + quote.length,
    quote,
  });

  it('unplaces a coding whose whole text is deleted', () => {
    const before = 'je fais mes micro-tâches sur la plateforme';
    const after = '\n\nje fais mes sur la plateforme';
    const outcome = reanchorCoding(editsBetween(before, after), after, coding(before, 'micro-tâches'));
    expect(outcome.status).toBe('unplaced');
  });

  it('grows a coding over the replacement of its last word', () => {
    const before = 'On ne sait jamais pourquoi une tâche est refusée.';
    const after = 'On ne sait jamais pourquoi une tâche est rejetée sans appel.';
    const outcome = reanchorCoding(
      editsBetween(before, after),
      after,
      coding(before, 'une tâche est refusée'),
    );
    expect(outcome.status === 'unplaced' ? null : outcome.after.quote).toBe(
      'une tâche est rejetée sans appel',
    );
  });

  it('keeps the quote of every coding the edits do not touch', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (before, after, a, b) => {
        const start = Math.min(a, b) % (before.length + 1);
        const end = Math.max(a, b) % (before.length + 1);
        if (start >= end) return;
        const edits = editsBetween(before, after);
        const untouched = edits.every((edit) => edit.end < start || edit.start > end);
        const outcome = reanchorCoding(edits, after, { id: 1, start, end, quote: before.slice(start, end) });
        if (untouched)
          expect(outcome.status === 'unplaced' ? null : outcome.after.quote).toBe(before.slice(start, end));
      }),
    );
  });
});
