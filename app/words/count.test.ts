import { describe, expect, it } from 'vitest';
import { countWords, type WordCountOptions } from './count.ts';
import { DEFAULT_STOP_WORDS } from './language.ts';
import { tokenise } from './tokenise.ts';
import { indexWords } from './wordIndex.ts';

// A French passage counted by hand (docs/ANALYSIS.md "Word frequencies"): an interviewer
// turn, then the respondent's, with elisions in both apostrophes, hyphens, accents and case.
const QUESTION = "Et l'opacité, vous la vivez comment ?\n";
const ANSWER =
  "L'opacité de l'algorithme, c'est ça qu'on subit. Le micro-travail, on le fait la nuit ; " +
  'l’opacité nous isole. Les opacités du micro-travail… Été comme hiver, l’algorithme décide.';
const TEXT = QUESTION + ANSWER;

const index = indexWords([
  {
    id: 1,
    name: 'Entretien 1',
    text: TEXT,
    turns: [
      { start: 0, end: QUESTION.length, speaker: 'Enquêteur' },
      { start: QUESTION.length, end: TEXT.length, speaker: 'Enquêtée' },
    ],
  },
]);

const DEFAULTS: WordCountOptions = {
  stem: false,
  minLength: 3,
  allSpeakers: false,
  stopWords: { fr: new Set(DEFAULT_STOP_WORDS.fr), en: new Set(DEFAULT_STOP_WORDS.en) },
  documentIds: null,
  within: null,
};

function counts(options: Partial<WordCountOptions> = {}): Record<string, number> {
  const result = countWords(index, { ...DEFAULTS, ...options }, []);
  return Object.fromEntries(result.rows.map((row) => [row.word, row.count]));
}

describe('tokenise', () => {
  it('splits elisions with either apostrophe and keeps hyphenated words whole', () => {
    expect(tokenise("L'opacité qu’on micro-travail aujourd'hui jusqu'à 7h30 Été").map((t) => t.form)).toEqual(
      ['l', 'opacité', 'qu', 'on', 'micro-travail', "aujourd'hui", 'jusqu', 'à', 'h', 'été'],
    );
  });

  it('gives offsets of the word itself, after the elision', () => {
    const [, , opacity] = tokenise("xx l'opacité", 100);
    expect(opacity).toEqual({ form: 'opacité', start: 105, end: 112 });
  });
});

describe('countWords on a hand-counted French passage', () => {
  it('counts the respondent’s words, stop words and short words out, exact forms', () => {
    expect(counts()).toEqual({
      opacité: 2,
      algorithme: 2,
      'micro-travail': 2,
      subit: 1,
      nuit: 1,
      isole: 1,
      opacités: 1,
      hiver: 1,
      décide: 1,
    });
    const result = countWords(index, DEFAULTS, []);
    // 32 words in the answer: l opacité de l algorithme c est ça qu on subit le micro-travail
    // on le fait la nuit l opacité nous isole les opacités du micro-travail été comme hiver l
    // algorithme décide.
    expect(result.totalWords).toBe(32);
    expect(result.rows.map((row) => row.word).slice(0, 3)).toEqual([
      'algorithme',
      'micro-travail',
      'opacité',
    ]);
  });

  it('groups forms by stem and shows the most frequent form', () => {
    const result = countWords(index, { ...DEFAULTS, stem: true }, []);
    const opacity = result.rows.find((row) => row.word === 'opacité');
    expect(opacity).toMatchObject({ key: 'opac', count: 3, documents: 1 });
    expect(opacity?.forms).toEqual([
      { form: 'opacité', count: 2 },
      { form: 'opacités', count: 1 },
    ]);
    expect(result.rows[0]?.word).toBe('opacité');
  });

  it('counts the interviewer’s turn with all speakers', () => {
    expect(counts({ allSpeakers: true })).toMatchObject({ opacité: 3, vivez: 1 });
    expect(counts()).not.toHaveProperty('vivez');
  });

  it('keeps stop words when the list is empty and drops short words', () => {
    expect(counts({ stopWords: { fr: new Set(), en: new Set() }, minLength: 1 })).toMatchObject({
      l: 4,
      on: 2,
      été: 1,
    });
    expect(Object.keys(counts({ minLength: 6 })).sort()).toEqual(
      ['algorithme', 'décide', 'micro-travail', 'opacité', 'opacités'].sort(),
    );
  });

  it('counts within ranges and per group', () => {
    const start = TEXT.indexOf('Le micro-travail');
    const end = TEXT.indexOf(' Les opacités');
    const ranges = new Map([[1, [{ start, end }]]]);
    const result = countWords(index, { ...DEFAULTS, within: ranges }, [
      { id: 'code:1', label: 'Travail', parts: ranges },
    ]);
    expect(result.rows.map((row) => [row.word, row.count, row.counts[0]])).toEqual([
      ['isole', 1, 1],
      ['micro-travail', 1, 1],
      ['nuit', 1, 1],
      ['opacité', 1, 1],
    ]);
  });
});

describe('countWords by group, limited', () => {
  it('gives the first rows with their count in each group, and how many rows there are', () => {
    const two = indexWords([
      { id: 1, name: 'A', text: 'opacité opacité plateforme nuit', turns: [] },
      { id: 2, name: 'B', text: 'opacité plateforme plateforme plateforme', turns: [] },
    ]);
    const groups = [1, 2].map((id) => ({
      id: `document:${id}`,
      label: `${id}`,
      parts: new Map([[id, null]]),
    }));
    const result = countWords(two, DEFAULTS, groups, 2);
    expect(result.rows.map((row) => [row.word, row.count, row.counts])).toEqual([
      ['plateforme', 4, [1, 3]],
      ['opacité', 3, [2, 1]],
    ]);
    expect(result.distinctWords).toBe(3);
    expect(countWords(two, DEFAULTS, groups).rows.map((row) => row.counts)).toEqual([
      [1, 3],
      [2, 1],
      [1, 0],
    ]);
  });
});

describe('language of each document', () => {
  it('reads an English transcript with English stop words and stems', () => {
    const english = indexWords([
      {
        id: 2,
        name: 'Interview 2',
        text: "I don't know why the platforms reject tasks. The platform rejected my task and it's the opacity.",
        turns: [],
      },
    ]);
    expect(english.documents[0]?.language).toBe('en');
    const result = countWords(english, { ...DEFAULTS, stem: true }, []);
    expect(Object.fromEntries(result.rows.map((row) => [row.word, row.count]))).toEqual({
      platform: 2,
      task: 2,
      reject: 2,
      opacity: 1,
    });
    expect(index.documents[0]?.language).toBe('fr');
  });
});
