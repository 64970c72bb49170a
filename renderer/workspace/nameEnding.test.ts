import { describe, expect, it } from 'vitest';
import { splitNameEnding } from './nameEnding.ts';

describe('a long document name cut in the middle', () => {
  it('keeps the ending of a long name apart, a short one whole', () => {
    expect(splitNameEnding('fr_artisans_entretien-24.10.03-01.derived')).toEqual({
      head: 'fr_artisans_entretien-',
      ending: '24.10.03-01.derived',
    });
    expect(splitNameEnding('entretien-marie')).toEqual({ head: 'entretien-marie', ending: '' });
  });

  it('never cuts an emoji in two', () => {
    const { head, ending } = splitNameEnding('entretien-avec-une-longue-note-😅-finale');
    expect(head + ending).toBe('entretien-avec-une-longue-note-😅-finale');
    expect([...ending]).toHaveLength(19);
  });
});
