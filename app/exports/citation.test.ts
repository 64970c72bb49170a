import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../contract/types.ts';
import { citationOf, parseCitationParts, type CaseContext } from './citation.ts';
import { NBSP } from './frenchTypography.ts';

const excerpt: Excerpt = {
  codingId: 7,
  codeId: 2,
  codeName: 'triple journée',
  documentId: 3,
  documentName: 'entretien-3',
  start: 10,
  end: 40,
  quote: 'Je fais des tâches le soir',
  coder: 'alice',
  segmentOrdinal: 0,
  speaker: 'Marie',
  timestamp: '00:12:31',
  turns: null,
};

const participant: CaseContext = {
  caseName: 'Participante 3',
  values: new Map([
    ['Âge', '34 ans'],
    ['Plateforme', 'Foule Factory'],
  ]),
};

describe('citation line', () => {
  it('shows the chosen parts in the chosen order (the example of the issue)', () => {
    const parts = parseCitationParts(['case', 'attr:Âge', 'attr:Plateforme', 'timestamp']);
    expect(citationOf(excerpt, 'fr', parts, participant)).toBe(
      'Participante 3, 34 ans, Foule Factory, 00:12:31',
    );
    expect(citationOf(excerpt, 'en', ['timestamp', 'case'], participant)).toBe('00:12:31, Participante 3');
  });

  it('numbers segments from 1 and leaves out parts without a value', () => {
    expect(citationOf(excerpt, 'en', ['document', 'segment', 'code'])).toBe(
      'entretien-3, segment 1, triple journée',
    );
    const bare = { ...excerpt, speaker: null, timestamp: null, segmentOrdinal: null };
    expect(citationOf(bare, 'en', ['case', 'speaker', 'timestamp', 'segment', 'attr:Âge', 'document'])).toBe(
      'entretien-3',
    );
  });

  it('keeps times intact in French but spaces a colon in a name', () => {
    const named = { ...excerpt, documentName: 'Entretien: Marie' };
    expect(citationOf(named, 'fr', ['document', 'timestamp'])).toBe(`Entretien${NBSP}: Marie, 00:12:31`);
    expect(citationOf(named, 'en', ['document', 'timestamp'])).toBe('Entretien: Marie, 00:12:31');
  });

  it('trims parts and refuses unknown ones and empty attribute names', () => {
    expect(parseCitationParts([' case ', 'attr:Âge', 'segment'])).toEqual(['case', 'attr:Âge', 'segment']);
    expect(() => parseCitationParts(['case', 'cas'])).toThrow(/"cas" is not a citation part/u);
    expect(() => parseCitationParts(['attr:'])).toThrow(/not a citation part/u);
  });
});
