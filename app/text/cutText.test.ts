import { describe, expect, it } from 'vitest';
import { cutText } from './cutText.ts';

describe('cutText', () => {
  it('never splits an emoji, a ZWJ sequence or an accent', () => {
    const text = `${'a'.repeat(59)}😅 and more`;
    expect(text.slice(0, 60)).not.toBe(cutText(text, 60));
    expect(cutText(text, 60)).toBe(`${'a'.repeat(59)}😅`);
    expect(cutText('👩‍👩‍👧 famille', 1)).toBe('👩‍👩‍👧');
    expect(cutText('e\u0301té', 1)).toBe('e\u0301');
    expect(cutText('court', 60)).toBe('court');
  });
});
