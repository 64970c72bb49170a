import { describe, expect, it } from 'vitest';
import { agreementExplanations } from './explanations.ts';

describe('explanations shown in the interface', () => {
  it('explain every unit in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      const words = agreementExplanations(language);
      expect(Object.keys(words.units).sort()).toEqual(['char', 'document', 'segment']);
      expect(Object.values(words.units).every((text) => text.length > 40)).toBe(true);
    }
    expect(agreementExplanations('fr').units.segment).not.toBe(agreementExplanations('en').units.segment);
  });
});
