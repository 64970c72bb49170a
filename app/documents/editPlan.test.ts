import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { SEGMENT_SEPARATOR } from '../text/canonical.ts';
import { isCodePointBoundary } from '../text/offsets.ts';
import type { TextEdit } from '../text/textEdits.ts';
import { untouched } from './touchedRanges.ts';
import { planEdit } from './editPlan.ts';
import type { CodingSpan } from '../text/reanchor.ts';
import type { SegmentPlace } from './rewriteDocument.ts';

// Emoji (surrogate pairs), a combining accent NFC keeps apart, precomposed letters, spaces.
const UNITS = ['a', 'b', 'é', 'q\u0301', '😀', ' ', 'Ü', '\n'];
const unit = fc.constantFrom(...UNITS);
const turnText = fc
  .array(unit, { minLength: 0, maxLength: 12 })
  .map((units) => `w${units.join('').replace(/\n+/gu, '\n')}z`);

interface Sample {
  readonly text: string;
  readonly segments: SegmentPlace[];
  readonly codings: CodingSpan[];
  readonly edits: TextEdit[];
}

/** Code-point boundaries of a text: where edits and codings may start and end. */
function boundaries(text: string): number[] {
  const result: number[] = [];
  for (let offset = 0; offset <= text.length; offset++)
    if (isCodePointBoundary(text, offset)) result.push(offset);
  return result;
}

const sample: fc.Arbitrary<Sample> = fc.array(turnText, { minLength: 1, maxLength: 5 }).chain((turns) => {
  const text = turns.join(SEGMENT_SEPARATOR);
  const segments: SegmentPlace[] = [];
  let at = 0;
  turns.forEach((turn, index) => {
    segments.push({
      id: index + 1,
      start: at,
      end: at + turn.length,
      speaker: `S${index % 2}`,
      timestamp: null,
    });
    at += turn.length + SEGMENT_SEPARATOR.length;
  });
  const points = boundaries(text);
  const point = fc.constantFrom(...points);
  const coding = fc
    .tuple(point, point)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  const edit = fc.tuple(point, point, fc.array(unit, { maxLength: 6 })).map(([a, b, units]) => ({
    start: Math.min(a, b),
    end: Math.max(a, b),
    text: units.join('').replace(/\n+/gu, '\n'),
  }));
  return fc.record({
    text: fc.constant(text),
    segments: fc.constant(segments),
    codings: fc
      .array(coding, { maxLength: 8 })
      .map((spans) =>
        spans.map((span, index) => ({ id: index + 1, ...span, quote: text.slice(span.start, span.end) })),
      ),
    // Overlapping edits are dropped: an edit list never overlaps (checkEdits refuses it).
    edits: fc
      .array(edit, { maxLength: 4 })
      .map((edits) =>
        edits
          .sort((a, b) => a.start - b.start)
          .filter((edit, index, sorted) => sorted.slice(0, index).every((other) => other.end < edit.start)),
      ),
  });
});

/** The plan, or null when the edit is refused with a message (e.g. it would leave a turn empty). */
function plan(input: Sample) {
  try {
    return planEdit(input, input.codings, { edits: input.edits, turns: [] });
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT') return null;
    throw error;
  }
}

describe('planEdit (property)', () => {
  it('keeps the quote of every coding whose text the edits do not touch', () => {
    fc.assert(
      fc.property(sample, (input) => {
        const planned = plan(input);
        if (!planned) return;
        for (const outcome of planned.codings) {
          if (!untouched(input.edits, input.segments, outcome.before)) continue;
          expect(outcome.status === 'kept' || outcome.status === 'moved').toBe(true);
          if (outcome.status !== 'unplaced') expect(outcome.after.quote).toBe(outcome.before.quote);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stores for every placed coding the text at its range, on whole characters', () => {
    fc.assert(
      fc.property(sample, (input) => {
        const planned = plan(input);
        if (!planned) return;
        for (const outcome of planned.codings) {
          if (outcome.status === 'unplaced') continue;
          const { start, end, quote } = outcome.after;
          expect(start).toBeLessThan(end);
          expect(planned.text.slice(start, end)).toBe(quote);
          expect(isCodePointBoundary(planned.text, start) && isCodePointBoundary(planned.text, end)).toBe(
            true,
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('leaves turns that tile the new text, separated by blank lines', () => {
    fc.assert(
      fc.property(sample, (input) => {
        const planned = plan(input);
        if (!planned) return;
        let at = 0;
        planned.segments.forEach((segment, index) => {
          expect(segment.start).toBe(index === 0 ? 0 : at + SEGMENT_SEPARATOR.length);
          if (index > 0) expect(planned.text.slice(at, segment.start)).toBe(SEGMENT_SEPARATOR);
          expect(planned.text.slice(segment.start, segment.end)).not.toContain(SEGMENT_SEPARATOR);
          expect(segment.end).toBeGreaterThan(segment.start);
          at = segment.end;
        });
        expect(at).toBe(planned.text.length);
      }),
      { numRuns: 400 },
    );
  });

  // Removing an emptied turn takes its line breaks too: only letters and signs must be gone.
  it('unplaces a coding only when all its words are removed', () => {
    fc.assert(
      fc.property(sample, (input) => {
        const planned = plan(input);
        if (!planned) return;
        for (const outcome of planned.codings) {
          if (outcome.status !== 'unplaced') continue;
          const kept = [...outcome.before.quote].some((_char, index) => {
            const offset = outcome.before.start + index;
            if (/\s/u.test(outcome.before.quote[index] ?? '')) return false;
            return !input.edits.some((edit) => edit.start <= offset && offset < edit.end);
          });
          expect(kept).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('planEdit (examples)', () => {
  const text = 'Marie : le soir.\n\nOui, le soir je travaille.';
  const segments: SegmentPlace[] = [
    { id: 1, start: 0, end: 16, speaker: 'Marie', timestamp: '00:01' },
    { id: 2, start: 18, end: text.length, speaker: 'Enquêteur', timestamp: null },
  ];
  const at = (needle: string, id: number): CodingSpan => {
    const start = text.indexOf(needle);
    return { id, start, end: start + needle.length, quote: needle };
  };

  it('corrects a coded word in place, shifts what follows and unplaces a deleted passage', () => {
    const codings = [at('soir', 1), at('je travaille', 2), at('Oui', 3)];
    const planned = planEdit({ text, segments }, codings, {
      edits: [
        { start: 11, end: 15, text: 'matin' },
        { start: 18, end: 23, text: '' },
      ],
      turns: [],
    });
    expect(planned.text).toBe('Marie : le matin.\n\nle soir je travaille.');
    expect(
      planned.codings.map((outcome) => [
        outcome.status,
        outcome.status === 'unplaced' ? null : outcome.after.quote,
      ]),
    ).toEqual([
      ['changed', 'matin'],
      ['moved', 'je travaille'],
      ['unplaced', null],
    ]);
  });

  it('splits and joins turns, renames a speaker', () => {
    const split = planEdit({ text, segments }, [], {
      edits: [],
      turns: [
        { op: 'split', offset: 22 },
        { op: 'renameSpeaker', from: 'Enquêteur', to: 'Chercheuse' },
      ],
    });
    expect(
      split.segments.map((segment) => [split.text.slice(segment.start, segment.end), segment.speaker]),
    ).toEqual([
      ['Marie : le soir.', 'Marie'],
      ['Oui,', 'Chercheuse'],
      ['le soir je travaille.', 'Chercheuse'],
    ]);
    const joined = planEdit({ text, segments }, [at('soir.\n\nOui', 1)], {
      edits: [],
      turns: [{ op: 'join', ordinal: 0 }],
    });
    expect(joined.text).toBe('Marie : le soir.\nOui, le soir je travaille.');
    expect(joined.segments).toHaveLength(1);
    expect(joined.segments[0]?.timestamp).toBe('00:01');
    expect(joined.codings[0]?.status).toBe('changed');
  });

  it('refuses an edit cutting an emoji in two', () => {
    expect(() =>
      planEdit(
        { text: 'a😀b', segments: [{ id: 1, start: 0, end: 4, speaker: null, timestamp: null }] },
        [],
        {
          edits: [{ start: 2, end: 3, text: '' }],
          turns: [],
        },
      ),
    ).toThrow(/emoji/u);
  });
});
