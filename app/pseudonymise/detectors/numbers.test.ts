import { describe, expect, it } from 'vitest';
import { detectIbans, isValidIban } from './iban.ts';
import { detectNirs, isValidNir } from './nir.ts';
import { detectPostcodes } from './postcode.ts';

const texts = (findings: readonly { text: string }[]) => findings.map((finding) => finding.text);

describe('IBAN', () => {
  it('validates the ISO 13616 checksum', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(isValidIban('FR76')).toBe(false);
  });

  it('finds IBANs with or without spaces, and not the word after them', () => {
    const text = 'Virement sur FR76 3000 6000 0112 3456 7890 189 DANS la journée, ou DE89370400440532013000.';
    expect(texts(detectIbans(text))).toEqual(['FR76 3000 6000 0112 3456 7890 189', 'DE89370400440532013000']);
  });

  it('ignores look-alikes whose checksum fails', () => {
    expect(detectIbans('Réf FR76 3000 6000 0112 3456 7890 188 et AB12 CDEF GHIJ KLMN.')).toEqual([]);
  });
});

describe('NIR', () => {
  it('checks the key, Corsica included', () => {
    expect(isValidNir('1 85 05 78 006 084 91')).toBe(true);
    expect(isValidNir('185052A00608435')).toBe(true);
    expect(isValidNir('1 85 05 2B 006 084 62')).toBe(true);
    expect(isValidNir('1 85 05 78 006 084 90')).toBe(false);
    expect(isValidNir('3 85 05 78 006 084 91')).toBe(false);
  });

  it('finds numbers with or without spaces', () => {
    const text =
      'Sécu : 1 85 05 78 006 084 91, sa femme 269029934173285 ; né en Corse 1 85 05 2A 006 084 35.';
    expect(texts(detectNirs(text))).toEqual([
      '1 85 05 78 006 084 91',
      '269029934173285',
      '1 85 05 2A 006 084 35',
    ]);
  });

  it('ignores fifteen-digit runs with a wrong key and longer numbers', () => {
    expect(detectNirs('commande 185057800608490 et 18505780060849112')).toEqual([]);
  });
});

describe('postcodes with towns', () => {
  it('finds a code with a valid département and a capitalised town', () => {
    const text =
      'Elle habite 75011 Paris, puis 69003 Lyon, 13001 Marseille, 20000 Ajaccio, 97400 Saint-Denis, ' +
      '42000 Saint-Étienne, 76600 Le Havre et 92130 ISSY-LES-MOULINEAUX.';
    expect(texts(detectPostcodes(text))).toEqual([
      '75011 Paris',
      '69003 Lyon',
      '13001 Marseille',
      '20000 Ajaccio',
      '97400 Saint-Denis',
      '42000 Saint-Étienne',
      '76600 Le Havre',
      '92130 ISSY-LES-MOULINEAUX',
    ]);
  });

  it('ignores impossible départements, lower-case words, amounts and longer numbers', () => {
    const text =
      '00123 Paris, 96000 Lyon, 99000 Nice, 75011 habitants, 30000 Euros, 750110 Paris, 12,75011 Lyon';
    expect(detectPostcodes(text)).toEqual([]);
  });
});
