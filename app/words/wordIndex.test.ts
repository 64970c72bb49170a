import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, type WordCountOptions } from './count.ts';
import { tokenise } from './tokenise.ts';
import { indexWords, type WordIndex, type WordSource } from './wordIndex.ts';

/** A document's words as the index keeps them, in the shape tokenise gives. */
function indexedTokens(index: WordIndex, position: number): { form: string; start: number; end: number }[] {
  const document = index.documents[position];
  if (!document) return [];
  return Array.from(document.forms, (form, i) => ({
    form: index.vocabulary[form] ?? '',
    start: document.starts[i] ?? 0,
    end: document.ends[i] ?? 0,
  }));
}

// Letters that lower-case to two code units (İ), a capital sigma (its lower case depends on
// what follows), an astral capital (Deseret), combining marks, every apostrophe and hyphen.
const PIECES = [
  'a', 'B', 'é', 'É', 'e\u0301', 'ß', 'ẞ', 'ǅ', 'İ', 'Σ', 'ς', '𐐀', 'l', 'L', 'qu', "'", '’', 'ʼ',
  '-', '‐', '‑', ' ', '.', ',', '7', '\n', 'Œ', 'ÿ', 'Ÿ',
] as const; // prettier-ignore

describe('indexWords', () => {
  it('gives each document the words tokenise gives, one id per folded form across documents', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (texts) => {
          const index = indexWords(texts.map((text, id) => ({ id, name: `d${id}`, text, turns: [] })));
          texts.forEach((text, position) => expect(indexedTokens(index, position)).toEqual(tokenise(text)));
          expect(new Set(index.vocabulary).size).toBe(index.vocabulary.length);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps each folded form once, whatever apostrophe, hyphen or case it was written with', () => {
    const words = fc.constantFrom(
      "aujourd'hui", 'aujourd’hui', 'AUJOURDʼHUI', "l'Été", 'L’été', 'micro-travail', 'Micro‐Travail',
      'MICRO‑TRAVAIL', 'ΟΔΟΣ', 'οδος', 'İci', 'ici', 'ß', 'ẞ', "qu'on", 'QU’ON',
    ); // prettier-ignore
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.constantFrom(' ', '. ', ', '), (list, separator) => {
        const text = list.join(separator);
        const index = indexWords([{ id: 1, name: 'A', text, turns: [] }]);
        expect(indexedTokens(index, 0)).toEqual(tokenise(text));
        expect([...index.vocabulary].sort()).toEqual([...new Set(tokenise(text).map((t) => t.form))].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('folds every apostrophe, hyphen and case to one form', () => {
    const index = indexWords([
      {
        id: 1,
        name: 'A',
        text: "Aujourd'hui aujourd’hui AUJOURDʼHUI micro-travail micro‐travail Micro‑Travail",
        turns: [],
      },
    ]);
    expect(index.vocabulary).toEqual(["aujourd'hui", 'micro-travail']);
  });

  it('reuses the words of unchanged documents and splits changed ones again', () => {
    const a: WordSource = { id: 1, name: 'A', text: "L'opacité de l'algorithme.", turns: [] };
    const b: WordSource = {
      id: 2,
      name: 'B',
      text: 'La plateforme décide.',
      turns: [{ start: 0, end: 21, speaker: 'Marie' }],
    };
    const c: WordSource = { id: 3, name: 'C', text: 'Le micro-travail.', turns: [] };
    const before = indexWords([a, b, c]);
    const after = indexWords(
      [
        { ...a, name: 'A renamed' },
        { ...b, turns: [{ start: 0, end: 21, speaker: 'Enquêteur' }] },
        { ...c, text: 'Le micro-travail, la nuit.' },
        { id: 4, name: 'D', text: "L'opacité encore.", turns: [] },
      ],
      before,
    );
    // Same text and turns: the same words (renamed only).
    expect(after.documents[0]?.forms).toBe(before.documents[0]?.forms);
    expect(after.documents[0]?.name).toBe('A renamed');
    // Other turns or text: split again.
    expect(after.documents[1]?.forms).not.toBe(before.documents[1]?.forms);
    expect(after.documents[1]?.interviewer[0]).toBe(1);
    expect(indexedTokens(after, 2)).toEqual(tokenise('Le micro-travail, la nuit.'));
    // Forms keep their ids: a new document's known word is the same form.
    expect(indexedTokens(after, 3).map((token) => token.form)).toEqual(['l', 'opacité', 'encore']);
    const options: WordCountOptions = {
      stem: true,
      minLength: 3,
      allSpeakers: true,
      stopWords: { fr: new Set(), en: new Set() },
      documentIds: null,
      within: null,
    };
    const rows = countWords(after, options, []).rows;
    expect(rows.find((row) => row.word === 'opacité')).toMatchObject({ count: 2, documents: 2 });
    // Each form is stemmed once per index, and the stems are kept for the next count.
    expect(after.stems.fr[after.vocabulary.indexOf('opacité')]).toBe('opac');
  });
});
