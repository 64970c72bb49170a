import { describe, expect, it } from 'vitest';
import { guessTextLanguage } from './textLanguage.ts';

describe('guessTextLanguage', () => {
  it('tells a French interview from an English one', () => {
    expect(
      guessTextLanguage(
        "Enquêteur : Vous travaillez le soir ? Marie : Oui, parce que la journée est déjà pleine, c'est le travail, les enfants et la maison.",
      ),
    ).toBe('fr');
    expect(
      guessTextLanguage(
        'Interviewer: Do you work at night? Kelly: Yes, because the day is already full, with the job and the kids, so I do it when they sleep.',
      ),
    ).toBe('en');
  });

  it('counts elisions with a typographic apostrophe', () => {
    expect(
      guessTextLanguage('J’ai dit qu’il l’a vu, c’est sûr, j’en suis là, qu’on m’a dit, d’accord.'),
    ).toBe('fr');
  });

  it('says unknown when the text is too short or mixed', () => {
    expect(guessTextLanguage('Oui.')).toBe('unknown');
    expect(guessTextLanguage('the and is le la les de et the and is le la les')).toBe('unknown');
    expect(guessTextLanguage('Ja, ich arbeite nachts, weil der Tag schon voll ist.')).toBe('unknown');
  });
});
