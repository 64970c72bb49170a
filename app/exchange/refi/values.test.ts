import { describe, expect, it } from 'vitest';
import { isGuid, normaliseGuid, parseColour } from './values.ts';

describe('parseColour', () => {
  it.each([
    ['#336699', '#336699'],
    ['#ABCDEF', '#abcdef'],
    ['#36c', '#3366cc'],
    // CSS #RGBA: the alpha is last.
    ['#36c8', '#3366cc'],
    // Eight digits: alpha first (Qt, .NET), as #AARRGGBB…
    ['#FF336699', '#336699'],
    ['#80336699', '#336699'],
    // …unless only the last pair is an opaque alpha (CSS #RRGGBBAA).
    ['#336699ff', '#336699'],
    // Without the #: six or eight digits.
    ['112233', '#112233'],
    ['ff112233', '#112233'],
    [' #112233 ', '#112233'],
    ['rgb(255, 0, 10)', '#ff000a'],
    ['RGBA(300,1,2,0.5)', '#ff0102'],
  ])('reads %s as %s', (value, expected) => {
    expect(parseColour(value)).toBe(expected);
  });

  it.each(['', 'red', '#12', '#12345', '255', '#1234567', 'rgb(a,b,c)', '0x112233'])(
    'gives null for %j, which it cannot read',
    (value) => {
      expect(parseColour(value)).toBeNull();
    },
  );

  it('gives null for no colour', () => {
    expect(parseColour(undefined)).toBeNull();
  });
});

describe('GUIDs', () => {
  it('compares them lowercase and without braces', () => {
    expect(normaliseGuid(' {ABCDEF01-2345-6789-ABCD-EF0123456789} ')).toBe(
      'abcdef01-2345-6789-abcd-ef0123456789',
    );
  });

  it('tells a GUID from a name, whatever its case, braces or version bits', () => {
    expect(isGuid('66653866-6334-3535-3435-366637306566')).toBe(true);
    expect(isGuid('{CE15250D-46AD-42C2-B90F-A509B8D64EC8}')).toBe(true);
    expect(isGuid('Interview 66653866')).toBe(false);
    expect(isGuid('66653866-6334-3535-3435')).toBe(false);
    expect(isGuid('')).toBe(false);
  });
});
