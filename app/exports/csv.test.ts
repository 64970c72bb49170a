import { describe, expect, it } from 'vitest';
import { csvCell, csvDialect, toCsv } from './csv.ts';

describe('CSV', () => {
  it('quotes and escapes, and keeps the exact text by default', () => {
    expect(csvCell('plain', 'exact')).toBe('plain');
    expect(csvCell('a, "b"', 'exact')).toBe('"a, ""b"""');
    expect(csvCell('+Government', 'exact')).toBe('+Government');
    expect(csvCell('-1+2', 'exact')).toBe('-1+2');
    expect(csvCell(-1.5, 'exact')).toBe('-1.5');
    expect(csvCell(null, 'exact')).toBe('');
    expect(csvCell('ligne\nsuivante', 'exact')).toBe('"ligne\nsuivante"');
    // Read with ; or tab as the separator, the cell stays one quoted cell.
    expect(csvCell('Cas;=2+3', 'exact')).toBe('"Cas;=2+3"');
  });

  it('guards formulas with an apostrophe when asked to be safe for spreadsheets', () => {
    expect(csvCell('+Government', 'spreadsheet')).toBe("'+Government");
    expect(csvCell('=HYPERLINK("http://x")', 'spreadsheet')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('-1+2', 'spreadsheet')).toBe("'-1+2");
    expect(csvCell(-1.5, 'spreadsheet')).toBe('-1.5');
    expect(csvCell('Cas;=2+3', 'spreadsheet')).toBe('"Cas;=2+3"');
    expect(csvCell('a\t=1+1', 'spreadsheet')).toBe('"a\t=1+1"');
  });

  it('writes a BOM and CRLF line ends (golden)', () => {
    expect(
      toCsv(
        [
          ['code', 'n'],
          ['éthique', 3],
        ],
        'exact',
      ),
    ).toBe('\uFEFFcode,n\r\néthique,3\r\n');
  });

  it('separates cells with semicolons, columns in French, only for a spreadsheet in French', () => {
    expect(csvDialect('spreadsheet', 'fr')).toEqual({ separator: ';', headers: 'fr' });
    expect(csvDialect('spreadsheet', 'en')).toEqual({ separator: ',', headers: 'en' });
    expect(csvDialect('exact', 'fr')).toEqual({ separator: ',', headers: 'en' });
    // A cell holding the separator stays one cell.
    expect(toCsv([['Cas 1; suite', 2]], 'spreadsheet', ';')).toBe('\uFEFF"Cas 1; suite";2\r\n');
  });
});
