import { describe, expect, it } from 'vitest';
import { detectEmails } from './email.ts';
import { detectPhones } from './phone.ts';
import { detectUrls } from './url.ts';

const texts = (findings: readonly { text: string }[]) => findings.map((finding) => finding.text);

describe('detectEmails', () => {
  it('finds addresses, accents included, with their offsets', () => {
    const text = 'Écrivez à marie.dupont@univ-lyon2.fr ou à élodie+test@exemple.com.';
    const found = detectEmails(text);
    expect(texts(found)).toEqual(['marie.dupont@univ-lyon2.fr', 'élodie+test@exemple.com']);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('marie.dupont@univ-lyon2.fr');
  });

  it('ignores what only looks like one', () => {
    expect(detectEmails('le score était 10@20, le compte @marie, a@b, x@y.z')).toEqual([]);
  });
});

describe('detectUrls', () => {
  it('finds http(s) and www addresses without the sentence punctuation after them', () => {
    const text = 'Voir https://exemple.fr/page?id=3, puis www.asso-lyon.org. Et (http://a.fr/x_(y)) aussi.';
    expect(texts(detectUrls(text))).toEqual([
      'https://exemple.fr/page?id=3',
      'www.asso-lyon.org',
      'http://a.fr/x_(y)',
    ]);
  });

  it('ignores bare words and schemes without a host', () => {
    expect(detectUrls('le site web, http:// et www. tout court, exemple.fr sans préfixe')).toEqual([]);
  });
});

describe('detectPhones', () => {
  it('finds French numbers in their usual forms', () => {
    const text =
      'Appelez le 06 12 34 56 78, le 06.12.34.56.78, le 0612345678, le 01-45-67-89-10, ' +
      'le +33 6 12 34 56 78, le +33 (0)6 12 34 56 78 ou le 0033 6 12 34 56 78.';
    expect(texts(detectPhones(text))).toEqual([
      '06 12 34 56 78',
      '06.12.34.56.78',
      '0612345678',
      '01-45-67-89-10',
      '+33 6 12 34 56 78',
      '+33 (0)6 12 34 56 78',
      '0033 6 12 34 56 78',
    ]);
  });

  it('finds international numbers with a + prefix', () => {
    expect(texts(detectPhones('London +44 20 7946 0958, SF +1 415 555 0100.'))).toEqual([
      '+44 20 7946 0958',
      '+1 415 555 0100',
    ]);
  });

  it('does not take dates, years, times, money or counts for numbers', () => {
    const text =
      'En 2019, le 12/03/2019 à 10h30, le 01.02.2019 12:30, 1 500 euros, 15 000 habitants, ' +
      'code 75011, réf. 12345678901, +3 degrés, 06 12 34 56 (incomplet), 1 234 567 890.';
    expect(detectPhones(text)).toEqual([]);
  });
});
