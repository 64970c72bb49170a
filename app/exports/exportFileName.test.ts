import { describe, expect, it } from 'vitest';
import { exportFileName } from './excerptsFile.ts';

describe('exportFileName', () => {
  it('names the file in the export’s language', () => {
    expect(exportFileName('Étude terrain', 'excerpts', 'fr', 'docx')).toBe('Étude-terrain-extraits.docx');
    expect(exportFileName('Étude terrain', 'excerpts', 'en', 'docx')).toBe('Étude-terrain-excerpts.docx');
    expect(exportFileName('study', 'codebook', 'fr', 'md')).toBe('study-grille-de-codes.md');
    expect(exportFileName('study', 'codebook', 'en', 'md')).toBe('study-codebook.md');
  });

  it('names a one-code export after the code, in any language', () => {
    expect(exportFileName('study', { name: 'travail de nuit' }, 'fr', 'md')).toBe('study-travail-de-nuit.md');
  });
});
