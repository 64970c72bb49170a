import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV', () => {
  it('quotes, escapes and guards against formula injection', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('ligne\nsuivante')).toBe('"ligne\nsuivante"');
    // Read with ; or tab as the separator, the formula stays inside one quoted cell.
    expect(csvCell('Cas;=2+3')).toBe('"Cas;=2+3"');
    expect(csvCell('a\t=1+1')).toBe('"a\t=1+1"');
  });

  it('writes a BOM and CRLF line ends (golden)', () => {
    expect(
      toCsv([
        ['code', 'n'],
        ['éthique', 3],
      ]),
    ).toBe('\uFEFFcode,n\r\néthique,3\r\n');
  });
});
