import { describe, expect, it } from 'vitest';
import { excerpt, fileBaseName, normaliseSourceText } from './sourceText.ts';

describe('fileBaseName', () => {
  it.each([
    ['internal://ABC.txt', 'ABC.txt'],
    ['internal://Sources/ABC.TXT', 'ABC.TXT'],
    ['relative:///GUID.mp4', 'GUID.mp4'],
    ['absolute:///C:/PROJECT/interview.txt', 'interview.txt'],
    ['absolute:///etc/passwd', 'passwd'],
    ['absolute://C:\\Users\\lea\\entretien.txt', 'entretien.txt'],
    ['board_2017.txt', 'board_2017.txt'],
    ['  internal://x.txt ', 'x.txt'],
  ])('finds the file name of %s', (path, name) => {
    expect(fileBaseName(path)).toBe(name);
  });
});

describe('excerpt', () => {
  it('keeps the first words on one line and says when there is more', () => {
    expect(excerpt('  Bonjour\n\nà  tous, et merci. ', 3)).toBe('Bonjour à tous,…');
    expect(excerpt('Bonjour à tous', 3)).toBe('Bonjour à tous');
    expect(excerpt('', 3)).toBe('');
  });

  it('cuts a long first word by code points, never inside an emoji', () => {
    const label = excerpt(`${'a'.repeat(59)}😀😀 fin`, 6);
    expect(label).toBe(`${'a'.repeat(59)}😀…`);
  });
});

describe('normaliseSourceText', () => {
  it('drops the BOM and CRs, mapping file offsets onto the text', () => {
    const { text, map } = normaliseSourceText('\uFEFFun\r\ndeux\rtrois');
    expect(text).toBe('un\ndeux\ntrois');
    // "deux" starts at 4 in the file (BOM not counted, CRLF counted 2), at 3 in the text.
    expect(map(4)).toBe(3);
    expect(map(99)).toBe(text.length);
  });

  it('puts the text in NFC and moves the offsets after each composed character', () => {
    // "e" + combining acute composes to "é" (one unit less); क + nukta composes too.
    const raw = 'Cafe\u0301 \u0915\u093c x';
    const { text, map } = normaliseSourceText(raw);
    expect(text).toBe('Café \u0958 x'.normalize('NFC'));
    expect(text).toBe(text.normalize('NFC'));
    const at = (word: string) => raw.indexOf(word);
    expect(text.slice(map(at('\u0915')), map(at(' x')))).toBe('\u0915\u093c'.normalize('NFC'));
    expect(text.slice(map(at(' x') + 1))).toBe('x');
    expect(text.slice(map(0), map(at(' \u0915')))).toBe('Café');
  });

  it('leaves a text unchanged when composing by chunks would differ (Hangul jamo)', () => {
    const jamo = '\u1100\u1161 x';
    const { text, map } = normaliseSourceText(jamo);
    expect(text).toBe(jamo);
    expect(map(3)).toBe(3);
  });
});
