import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP } from './frenchTypography.ts';

describe('frenchTypography', () => {
  it('puts guillemets with narrow no-break spaces for straight quotes', () => {
    expect(frenchTypography('Elle dit "jamais" et repart.')).toBe(
      `Elle dit «${NNBSP}jamais${NNBSP}» et repart.`,
    );
    expect(frenchTypography('« déjà »')).toBe(`«${NNBSP}déjà${NNBSP}»`);
  });

  it('adds no-break spaces before ; ! ? and :, without doubling them', () => {
    expect(frenchTypography('Pourquoi ? Parce que ! Voilà ; fin.')).toBe(
      `Pourquoi${NNBSP}? Parce que${NNBSP}! Voilà${NNBSP}; fin.`,
    );
    expect(frenchTypography('Participante 3 : oui')).toBe(`Participante 3${NBSP}: oui`);
    expect(frenchTypography('Marie: oui')).toBe(`Marie${NBSP}: oui`);
    expect(frenchTypography(frenchTypography('Pourquoi ?'))).toBe(`Pourquoi${NNBSP}?`);
  });

  it('leaves times and URLs alone', () => {
    expect(frenchTypography('à 00:12:31 sur https://exemple.fr/a?b=1')).toBe(
      'à 00:12:31 sur https://exemple.fr/a?b=1',
    );
  });
});
