import { describe, expect, it } from 'vitest';
import { betweenQuotationMarks, frenchTypography, NBSP, NNBSP } from './frenchTypography.ts';

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

  it('treats a run of marks as one and collapses the spaces before it', () => {
    expect(frenchTypography('Quoi?!')).toBe(`Quoi${NNBSP}?!`);
    expect(frenchTypography('Quoi ?!')).toBe(`Quoi${NNBSP}?!`);
    expect(frenchTypography('Non!!!')).toBe(`Non${NNBSP}!!!`);
    expect(frenchTypography('Vraiment  ?')).toBe(`Vraiment${NNBSP}?`);
    expect(frenchTypography('Note  : rien')).toBe(`Note${NBSP}: rien`);
  });

  it('leaves times and URLs alone', () => {
    expect(frenchTypography('à 00:12:31 sur https://exemple.fr/a?b=1')).toBe(
      'à 00:12:31 sur https://exemple.fr/a?b=1',
    );
  });
});

describe('quotes within an excerpt between guillemets', () => {
  it('uses “ ” for the inner quotation and keeps the spacing rules', () => {
    expect(frenchTypography('Il dit "jamais" : voilà', { nested: true })).toBe(
      `Il dit “jamais”${NBSP}: voilà`,
    );
  });

  it('wraps an excerpt in the marks of its language', () => {
    expect(betweenQuotationMarks('oui', 'fr')).toBe(`«${NNBSP}oui${NNBSP}»`);
    expect(betweenQuotationMarks('yes', 'en')).toBe('“yes”');
  });
});
