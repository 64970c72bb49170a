import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { mappingToCsv, parseMappingCsv } from './mappingCsv.ts';

describe('mapping CSV', () => {
  const replacements = [
    { variants: ['Marie Dupont', 'Marie'], replacement: '[Participante 3]' },
    { variants: ['+33 6 12 34 56 78'], replacement: '[téléphone]' },
    { variants: ['Dupont, "la grande"'], replacement: '[P, 4]' },
  ];

  it('writes one line per variant under a header, and reads it back linked by replacement', () => {
    const csv = mappingToCsv(replacements);
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFvariant,replacement',
      'Marie Dupont,[Participante 3]',
      'Marie,[Participante 3]',
    ]);
    expect(parseMappingCsv(csv)).toEqual(replacements);
  });

  it('reads semicolons, LF line ends, blank lines and files without a header', () => {
    expect(parseMappingCsv('Marie;[P1]\n\nMarie Dupont ; [P1]\nLyon;[ville]')).toEqual([
      { variants: ['Marie', 'Marie Dupont'], replacement: '[P1]' },
      { variants: ['Lyon'], replacement: '[ville]' },
    ]);
  });

  it('refuses incomplete lines and empty files with the line number', () => {
    expect(() => parseMappingCsv('variant,replacement\nMarie,\n')).toThrow(/Line 2/u);
    expect(() => parseMappingCsv('a,b,c\n')).toThrow(AppError);
    expect(() => parseMappingCsv('variant,replacement\n')).toThrow(/no replacement/u);
    expect(() => parseMappingCsv('"Marie,[P1]\n')).toThrow(/never closed/u);
  });
});
