import { describe, expect, it } from 'vitest';
import { groupBy } from './groupBy.ts';

describe('groupBy', () => {
  it('groups by key, keeping the order of the items', () => {
    const groups = groupBy(['opacité', 'éthique', 'isolement', 'ennui'], (word) => word.length);
    expect([...groups]).toEqual([
      [7, ['opacité', 'éthique']],
      [9, ['isolement']],
      [5, ['ennui']],
    ]);
  });
});
