import { describe, expect, it } from 'vitest';
import { parseViewValue, viewValue } from './codingView.ts';

describe('coding view choices', () => {
  it('round-trips every choice through the select value', () => {
    for (const choice of [
      { view: 'all' },
      { view: 'mine' },
      { view: 'differ' },
      { view: 'coder', coder: 'Léa: co-codeuse' },
    ] as const) {
      expect(parseViewValue(viewValue(choice))).toEqual(choice);
    }
    expect(parseViewValue('nonsense')).toEqual({ view: 'all' });
  });
});
