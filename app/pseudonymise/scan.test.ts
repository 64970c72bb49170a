import { describe, expect, it } from 'vitest';
import { scanText } from './scan.ts';

describe('scanText', () => {
  it('lists every kind, sorted by start, with offsets into the text', () => {
    const text =
      'Enquêteur : Vos coordonnées ?\n\nMarie Dupont : marie.dupont@exemple.fr, 06 12 34 56 78, ' +
      'https://blog.exemple.fr, FR76 3000 6000 0112 3456 7890 189, 1 85 05 78 006 084 91, 69003 Lyon 🙂 M. Zarkowski.';
    const found = scanText(text);
    expect(found.map((finding) => [finding.kind, finding.text])).toEqual([
      ['name', 'Marie Dupont'],
      ['email', 'marie.dupont@exemple.fr'],
      ['phone', '06 12 34 56 78'],
      ['url', 'https://blog.exemple.fr'],
      ['iban', 'FR76 3000 6000 0112 3456 7890 189'],
      ['nir', '1 85 05 78 006 084 91'],
      ['postcode', '69003 Lyon'],
      ['name', 'M. Zarkowski'],
    ]);
    for (const finding of found) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  });

  it('keeps the longer finding where two overlap', () => {
    // The name inside the address and the URL-like domain lose to the whole address.
    const found = scanText('Écrire à Marie.Dupont@www.exemple.fr demain');
    expect(found.map((finding) => [finding.kind, finding.text])).toEqual([
      ['email', 'Marie.Dupont@www.exemple.fr'],
    ]);
    // "Mme Martin" (a title) beats the first name "Martin" inside it.
    expect(scanText('Mme Martin arrive').map((finding) => finding.text)).toEqual(['Mme Martin']);
  });

  it('finds nothing in ordinary interview text', () => {
    const text =
      'Enquêteur : En 2019, vous gagniez combien ?\n\nEnquêtée : Environ 1 500 euros, le 12/03 à 10h30. ' +
      'Je travaillais à la Poste, lundi et mardi, avec 15 000 autres.';
    expect(scanText(text)).toEqual([]);
  });

  it('returns nothing for an empty text', () => {
    expect(scanText('')).toEqual([]);
  });
});
