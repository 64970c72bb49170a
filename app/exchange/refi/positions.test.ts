import { describe, expect, it } from 'vitest';
import { utf16ToCodePoint } from '../../text/offsets.ts';
import { detectReading, positionMap, type PositionReading } from './positions.ts';

const reading = (unit: PositionReading['unit'], lineBreaks: PositionReading['lineBreaks']) => ({
  unit,
  lineBreaks,
});

// One emoji (two UTF-16 units) and one CRLF (two characters) before "Bonjour".
const BODY = 'Ah 😀\r\nBonjour monde.\r\nFin.';
const AT = BODY.indexOf('Bonjour');

describe('positionMap', () => {
  it('reads each position as the four readings count it', () => {
    expect(positionMap(BODY, reading('utf-16', 'as-in-file')).index(AT)).toBe(AT);
    expect(positionMap(BODY, reading('code-points', 'as-in-file')).index(AT - 1)).toBe(AT);
    expect(positionMap(BODY, reading('utf-16', 'crlf-as-one')).index(AT - 1)).toBe(AT);
    expect(positionMap(BODY, reading('code-points', 'crlf-as-one')).index(AT - 2)).toBe(AT);
  });

  it('knows where the text ends in each reading, and clamps beyond it', () => {
    const both = positionMap(BODY, reading('code-points', 'crlf-as-one'));
    expect(both.length).toBe(BODY.length - 3);
    expect(both.index(1000)).toBe(BODY.length);
    expect(both.index(-5)).toBe(0);
    expect(positionMap(BODY, reading('utf-16', 'as-in-file')).length).toBe(BODY.length);
  });

  it('agrees with utf16ToCodePoint', () => {
    const map = positionMap(BODY, reading('code-points', 'as-in-file'));
    expect(map.index(utf16ToCodePoint(BODY, AT))).toBe(AT);
  });
});

/** Selections of "Bonjour" and "Fin" with their ends counted by `count` (from a UTF-16 index). */
function selections(text: string, count: (utf16: number) => number) {
  return ['Bonjour', 'Fin'].map((word) => ({
    start: count(text.indexOf(word)),
    end: count(text.indexOf(word) + word.length),
  }));
}
const crlfBefore = (text: string, at: number): number => text.slice(0, at).split('\r\n').length - 1;

describe('detectReading', () => {
  it('finds CRLF counted as one (ATLAS.ti) by the word boundaries, whatever the origin', () => {
    const text = 'Premier.\r\nBonjour tout le monde.\r\nFin de ligne.';
    const detected = detectReading(
      [{ text, selections: selections(text, (at) => at - crlfBefore(text, at)) }],
      'x',
    );
    expect(detected).toEqual({ reading: reading('code-points', 'crlf-as-one'), decided: 'boundaries' });
  });

  it('keeps CRLF as two when the offsets count it so, even from ATLAS.ti', () => {
    const text = 'Premier.\r\nBonjour tout le monde.\r\nFin de ligne.';
    const detected = detectReading([{ text, selections: selections(text, (at) => at) }], 'ATLAS.ti 9');
    expect(detected).toEqual({ reading: reading('code-points', 'as-in-file'), decided: 'boundaries' });
  });

  it('combines both: UTF-16 units with CRLF counted as one', () => {
    const text = 'Ah 😀\r\nBonjour monde.\r\nFin.';
    const detected = detectReading(
      [{ text, selections: selections(text, (at) => at - crlfBefore(text, at)) }],
      '',
    );
    expect(detected).toEqual({ reading: reading('utf-16', 'crlf-as-one'), decided: 'boundaries' });
  });

  it('gives a tie to the origin: ATLAS.ti counts CRLF as one', () => {
    // Whole lines: every reading lands on a boundary (after a line break or at a word's end).
    const text = 'a\r\nb\r\nc';
    const tie = [{ text, selections: [{ start: 3, end: 4 }] }];
    expect(detectReading(tie, 'ATLAS.ti 23').reading.lineBreaks).toBe('crlf-as-one');
    expect(detectReading(tie, 'ATLAS.ti 23').decided).toBe('origin');
    expect(detectReading(tie, 'MAXQDA').reading.lineBreaks).toBe('as-in-file');
  });

  it('says "same" when no reading differs (no emoji, no CRLF), with the origin’s likely unit', () => {
    const texts = [{ text: 'Bonjour monde', selections: [{ start: 0, end: 7 }] }];
    expect(detectReading(texts, 'NVivo 14')).toEqual({
      reading: reading('utf-16', 'as-in-file'),
      decided: 'same',
    });
    expect(detectReading(texts, 'qc')).toEqual({
      reading: reading('code-points', 'as-in-file'),
      decided: 'same',
    });
  });
});
