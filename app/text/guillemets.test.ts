import { describe, expect, it } from 'vitest';
import { spaceGuillemets } from './guillemets.ts';

describe('guillemets in French', () => {
  it('get one narrow no-break space inside, whatever spaces were there', () => {
    expect(spaceGuillemets('Supprimer le code «opacité»')).toBe('Supprimer le code «\u202fopacité\u202f»');
    expect(spaceGuillemets('« a »,«\u00a0b\u00a0», «\u202fc\u202f»')).toBe(
      '«\u202fa\u202f»,«\u202fb\u202f», «\u202fc\u202f»',
    );
    expect(spaceGuillemets('sans guillemets')).toBe('sans guillemets');
  });
});
