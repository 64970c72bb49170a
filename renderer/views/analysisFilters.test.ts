import { describe, expect, it } from 'vitest';
import { NO_FILTER, toAnalysisFilters } from './analysisFilters.ts';

describe('toAnalysisFilters', () => {
  it('filters nothing when the bar is empty', () => {
    expect(toAnalysisFilters(NO_FILTER)).toEqual({});
  });

  it('turns each field into the contract filter', () => {
    expect(
      toAnalysisFilters({
        setId: 4,
        attributeId: 2,
        value: 'Femme',
        speakers: ' Marie, R ,',
        coder: ' lea ',
      }),
    ).toEqual({
      setIds: [4],
      where: [{ attributeId: 2, value: 'Femme' }],
      speakers: ['Marie', 'R'],
      coders: ['lea'],
    });
  });

  it('ignores an attribute without a value', () => {
    expect(toAnalysisFilters({ ...NO_FILTER, attributeId: 2 })).toEqual({});
  });
});
