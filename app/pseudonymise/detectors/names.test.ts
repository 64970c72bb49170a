import { describe, expect, it } from 'vitest';
import { detectNames } from './names.ts';

const texts = (text: string) =>
  detectNames(text)
    .sort((a, b) => a.start - b.start)
    .map((finding) => finding.text);

describe('detectNames', () => {
  it('finds known first names, alone or with a surname', () => {
    expect(texts('Hier Marie Dupont a vu Jean-Pierre et Élodie LEFÈVRE avec Thomas.')).toEqual([
      'Marie Dupont',
      'Jean-Pierre',
      'Élodie LEFÈVRE',
      'Thomas',
    ]);
  });

  it('keeps French particles in surnames', () => {
    expect(texts('Je connais Charles de Gaulle et Anne Le Goff.')).toEqual([
      'Charles de Gaulle',
      'Anne Le Goff',
    ]);
  });

  it('finds any capitalised surname after a title', () => {
    expect(
      texts('M. Zarkowski, Mme Martin, Monsieur Durand, Mr Smith, Dr Nguyen et Madame Le Pen sont venus.'),
    ).toEqual(['M. Zarkowski', 'Mme Martin', 'Monsieur Durand', 'Mr Smith', 'Dr Nguyen', 'Madame Le Pen']);
  });

  it('reports the same word with each offset', () => {
    const text = 'Marie parle. Puis Marie se tait.';
    expect(detectNames(text).map((finding) => [finding.start, finding.end])).toEqual([
      [0, 5],
      [18, 23],
    ]);
  });

  it('does not flag speaker roles, months, days or sentence words after a name', () => {
    expect(texts('Enquêteur : Interviewer, Enquêtée. En Avril, Mai, Lundi et June.')).toEqual([]);
    expect(texts('Avec Marie Je pense que oui. Monsieur Le, Mme Et.')).toEqual(['Marie']);
  });

  it('does not flag unknown capitalised words, lower-case names or names inside words', () => {
    expect(texts('Grosse entreprise à Lyon, marie-toi, Mariette, Saint-Pierre, AMANDE.')).toEqual([]);
  });

  it('does not take the next line for a surname', () => {
    expect(texts('Marie\nDupont')).toEqual(['Marie']);
  });
});
