import { describe, expect, it } from 'vitest';
import { englishPhrase } from './historyPhrases.ts';

describe('englishPhrase', () => {
  it('fills the values and chooses the plural by count', () => {
    expect(
      englishPhrase({ key: 'codeRename', values: { name: 'opacité', to: 'opacité algorithmique' } }),
    ).toBe('Rename code «opacité» to «opacité algorithmique»');
    expect(englishPhrase({ key: 'codingCreate', values: { count: 1, codes: '«éthique»' } })).toBe(
      'Code a passage with «éthique»',
    );
    expect(englishPhrase({ key: 'codingCreate', values: { count: 3, codes: '«éthique»' } })).toBe(
      'Code 3 passages with «éthique»',
    );
  });
});
