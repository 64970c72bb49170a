import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, mapOffset } from '../text/textEdits.ts';
import { conflictingVariants, planReplacements, type Replacement } from './replace.ts';

const MARIE: Replacement = {
  variants: ['Marie', 'Marie Dupont', 'M. Dupont'],
  replacement: '[Participante 3]',
};

function replaceAll(text: string, replacements: readonly Replacement[]): string {
  return applyEdits(text, planReplacements(text, replacements));
}

describe('planReplacements and applyEdits', () => {
  it('replaces every linked spelling, the longest first', () => {
    expect(replaceAll('Marie Dupont dit que M. Dupont, alias Marie, viendra.', [MARIE])).toBe(
      '[Participante 3] dit que [Participante 3], alias [Participante 3], viendra.',
    );
  });

  it('matches whole words only, case-sensitively', () => {
    expect(replaceAll('Mariette, Marie-Claire, marie, MARIE, Maries, Marie.', [MARIE])).toBe(
      'Mariette, Marie-Claire, marie, MARIE, Maries, [Participante 3].',
    );
    expect(replaceAll("Marie's car, l'Marie, é-Marie", [MARIE])).toBe(
      "[Participante 3]'s car, l'[Participante 3], é-Marie",
    );
  });

  it('does not match a variant that continues with a combining accent', () => {
    expect(replaceAll('Marie\u0301 et Anne', [{ variants: ['Marie', 'Anne'], replacement: 'X' }])).toBe(
      'Marie\u0301 et X',
    );
  });

  it('matches NFD variants against NFC text', () => {
    expect(replaceAll('Élodie arrive', [{ variants: ['E\u0301lodie'], replacement: '[P1]' }])).toBe(
      '[P1] arrive',
    );
  });

  it('keeps several replacements apart and ignores blank variants', () => {
    const replacements = [MARIE, { variants: ['Bruno', ' '], replacement: '[Participant 4]' }];
    expect(replaceAll('Bruno et Marie', replacements)).toBe('[Participant 4] et [Participante 3]');
  });

  it('returns sorted, non-overlapping edits in original offsets', () => {
    const text = 'Marie Dupont et Marie';
    expect(planReplacements(text, [MARIE])).toEqual([
      { start: 0, end: 12, text: '[Participante 3]' },
      { start: 16, end: 21, text: '[Participante 3]' },
    ]);
  });

  it('finds variants linked to two different replacements', () => {
    expect(conflictingVariants([MARIE, { variants: ['Marie', 'Bruno'], replacement: '[P4]' }])).toEqual([
      'Marie',
    ]);
    expect(conflictingVariants([MARIE, { variants: ['Marie'], replacement: '[Participante 3]' }])).toEqual(
      [],
    );
  });
});

describe('mapOffset', () => {
  const text = 'Hier Marie Dupont est venue.';
  const edits = planReplacements(text, [MARIE]); // [5, 17) → '[Participante 3]' (16 units, +4)

  it('moves offsets before, after and at the edges of a replacement', () => {
    expect(mapOffset(edits, 0, 'start')).toBe(0);
    expect(mapOffset(edits, 5, 'start')).toBe(5);
    expect(mapOffset(edits, 5, 'end')).toBe(5);
    expect(mapOffset(edits, 17, 'start')).toBe(21);
    expect(mapOffset(edits, 17, 'end')).toBe(21);
    expect(mapOffset(edits, text.length, 'end')).toBe(text.length + 4);
  });

  it('moves an offset inside a replacement to its start or its end', () => {
    expect(mapOffset(edits, 8, 'start')).toBe(5);
    expect(mapOffset(edits, 8, 'end')).toBe(21);
  });

  it('keeps mapped ranges covering the same text outside replacements (property)', () => {
    const word = fc.constantFrom(
      'Marie',
      'Dupont',
      'Marie Dupont',
      'M. Dupont',
      'et',
      'Mariette',
      '🙂',
      ' ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), fc.nat(), fc.nat(), (words, a, b) => {
        const source = words.join(' ');
        const plan = planReplacements(source, [MARIE]);
        const result = applyEdits(source, plan);
        const start = Math.min(a, b) % (source.length + 1);
        const end = Math.max(start, Math.max(a, b) % (source.length + 1));
        const newStart = mapOffset(plan, start, 'start');
        const newEnd = mapOffset(plan, end, 'end');
        expect(newStart).toBeLessThanOrEqual(newEnd);
        expect(newEnd).toBeLessThanOrEqual(result.length);
        // With the replaced spans cut out, the range reads the same text before and after.
        const mask = (
          value: string,
          edits: readonly { start: number; end: number }[],
          from: number,
          to: number,
        ) => {
          let out = '';
          for (let index = from; index < to; index += 1) {
            if (!edits.some((edit) => index >= edit.start && index < edit.end)) out += value.charAt(index);
          }
          return out;
        };
        let shift = 0;
        const newSpans = plan.map((edit) => {
          const span = { start: edit.start + shift, end: edit.start + shift + edit.text.length };
          shift += edit.text.length - (edit.end - edit.start);
          return span;
        });
        expect(mask(result, newSpans, newStart, newEnd)).toBe(mask(source, plan, start, end));
      }),
    );
  });
});
