import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCanonicalDocument, normaliseRawText, SEGMENT_SEPARATOR } from './canonical.ts';
import { splitIntoTurns } from './speakers.ts';

describe('canonical text', () => {
  it('strips the BOM, turns CRLF and CR into LF and composes accents (NFC)', () => {
    expect(normaliseRawText('\uFEFFa\r\nb\rc\u0065\u0301')).toBe('a\nb\ncé');
  });

  it('joins segments with the separator and records their offsets', () => {
    const doc = buildCanonicalDocument([
      { text: '  Bonjour.\n\n\nÇa va ?  ', speaker: 'Enquêteur', timestamp: null },
      { text: '   ', speaker: 'Marie', timestamp: null },
      { text: 'Oui 😀.', speaker: ' Marie ', timestamp: '00:01' },
    ]);
    expect(doc.text).toBe(`Bonjour.\nÇa va ?${SEGMENT_SEPARATOR}Oui 😀.`);
    expect(doc.segments).toEqual([
      { ordinal: 0, start: 0, end: 16, speaker: 'Enquêteur', timestamp: null },
      { ordinal: 1, start: 18, end: 25, speaker: 'Marie', timestamp: '00:01' },
    ]);
  });

  it('keeps every segment slice equal to its normalised text, and never the separator inside (property)', () => {
    const piece = fc.string({
      unit: fc.constantFrom('a', 'é', 'e\u0301', '😀', '\r\n', '\n', ' ', 'Ω', '\r'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const doc = buildCanonicalDocument(pieces.map((text) => ({ text, speaker: null, timestamp: null })));
        let previousEnd = -SEGMENT_SEPARATOR.length;
        for (const segment of doc.segments) {
          const slice = doc.text.slice(segment.start, segment.end);
          expect(slice.length).toBeGreaterThan(0);
          expect(slice.includes(SEGMENT_SEPARATOR)).toBe(false);
          expect(slice.includes('\r')).toBe(false);
          expect(slice).toBe(slice.normalize('NFC'));
          expect(segment.start).toBe(previousEnd + SEGMENT_SEPARATOR.length);
          previousEnd = segment.end;
        }
        expect(doc.text.length).toBe(Math.max(0, previousEnd));
      }),
    );
  });

  it('is idempotent: canonical text split into paragraphs rebuilds the same text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('x', 'ü', '😀', '\n', '\r\n', ' '), maxLength: 60 }),
        (raw) => {
          const once = buildCanonicalDocument(splitIntoTurns(normaliseRawText(raw)));
          const twice = buildCanonicalDocument(splitIntoTurns(normaliseRawText(once.text)));
          expect(twice.text).toBe(once.text);
        },
      ),
    );
  });
});
