import { describe, expect, it } from 'vitest';
import { buildCanonicalDocument, SEGMENT_SEPARATOR } from '../text/canonical.ts';
import { rewriteDocument } from './rewrite.ts';

const replacements = [
  { variants: ['Marie Dupont', 'Marie'], replacement: '[Participante 3]' },
  { variants: ['Lyon'], replacement: '[ville]' },
];

describe('rewriteDocument', () => {
  const canonical = buildCanonicalDocument([
    { text: 'Bonjour, vous êtes Marie Dupont ?', speaker: 'Enquêteur', timestamp: null },
    { text: 'Oui, Marie, de Lyon.', speaker: 'Marie Dupont', timestamp: '00:01' },
  ]);
  const segments = canonical.segments.map((segment, index) => ({ ...segment, id: index + 10 }));
  const at = (needle: string) => {
    const start = canonical.text.indexOf(needle);
    return { start, end: start + needle.length };
  };
  const codings = [
    { id: 1, ...at('Marie Dupont') },
    { id: 2, ...at('êtes Marie') },
    { id: 3, ...at('Dupont ?') },
    { id: 4, ...at('Oui, Marie, de Lyon.') },
  ];
  const result = rewriteDocument({ text: canonical.text, segments, codings }, replacements);

  it('rewrites the text and counts replacements, speaker labels included', () => {
    expect(result.text).toBe(
      `Bonjour, vous êtes [Participante 3] ?${SEGMENT_SEPARATOR}Oui, [Participante 3], de [ville].`,
    );
    expect(result.replaced).toBe(4);
  });

  it('keeps segments consistent with the canonical text model', () => {
    expect(result.segments.map((segment) => result.text.slice(segment.start, segment.end))).toEqual([
      'Bonjour, vous êtes [Participante 3] ?',
      'Oui, [Participante 3], de [ville].',
    ]);
    expect(result.segments.map((segment) => [segment.id, segment.speaker])).toEqual([
      [10, 'Enquêteur'],
      [11, '[Participante 3]'],
    ]);
    expect(result.segments.map((segment) => segment.start)).toEqual([
      0,
      (result.segments[0]?.end ?? 0) + SEGMENT_SEPARATOR.length,
    ]);
  });

  it('moves codings and re-reads their quotes, widening over a partly coded name', () => {
    expect(result.codings.map((coding) => [coding.id, coding.quote])).toEqual([
      [1, '[Participante 3]'],
      [2, 'êtes [Participante 3]'],
      [3, '[Participante 3] ?'],
      [4, 'Oui, [Participante 3], de [ville].'],
    ]);
    for (const coding of result.codings)
      expect(result.text.slice(coding.start, coding.end)).toBe(coding.quote);
  });
});
